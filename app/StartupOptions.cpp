#include "StartupOptions.h"

#include "checks/Catalog.h"
#include "checks/Check.h"
#include "checks/CloudProfile.h"
#include "checks/FileReading.h"
#include "checks/errors/AgentErrors.h"
#include "checks/network/ProxyRoutes.h"
#include "checks/network/SystemProbe.h"
#include "checks/report/AtomicWrite.h"
#include "wizard/MainWizard.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace mars {

bool wantsCommandLineMode(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--check" || argument == "--probe-endpoints-as-system" || argument == "-check" || argument == "--help" || argument == "--help-all" || argument == "-h" ||
            argument == "--version" || argument == "-v" || argument == "-?" || argument == "--fleet-report" ||
            argument.startsWith("--fleet-report="))
            return true;
    }
    return false;
}

std::optional<StartupOptions> StartupOptionsParser::parse(const QStringList& arguments, QString* error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Checks and fixes what stops the Azure Recovery Services (MARS) agent from "
                                        "installing or registering."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption logFile(QStringLiteral("log-file"), tr("Write the log to <file> instead of the default place."),
                                     tr("file"));
    const QStringList pages = MainWizard::pageNames();
    const QCommandLineOption page(QStringLiteral("page"), tr("Open on <page>: %1.").arg(pages.join(QStringLiteral(", "))), tr("page"),
                                  QStringLiteral("welcome"));
    const QCommandLineOption cloud(QStringLiteral("cloud"), tr("The vault's cloud: china (default), public or usgov."), tr("cloud"),
                                   QStringLiteral("china"));
    const QCommandLineOption profile(QStringLiteral("profile"), tr("Use the custom cloud profile <file> (JSON, like the built-in "
                                                                   "ones: private endpoints, a new region) instead of --cloud."),
                                     tr("file"));
    const QCommandLineOption fix(QStringLiteral("fix"), tr("Apply this fix (with --check), or offer it again in the wizard, once its "
                                                           "check has run and still offers it. Repeatable. Known fixes: %1.")
                                                            .arg(knownFixes().join(QStringLiteral(", "))),
                                 tr("check/fix"));
    const QCommandLineOption check(QStringLiteral("check"), tr("Run every check without a window, print a report and exit: "
                                                               "0 when all pass, 1 when any warns, 2 when any fails or cannot run."));
    const QCommandLineOption json(QStringLiteral("json"), tr("With --check: print the report as JSON."));
    const QCommandLineOption text(QStringLiteral("text"), tr("With --check: print the report as text (the default)."));
    const QCommandLineOption tempFolder(QStringLiteral("temp-folder"), tr("Check <folder> for .tmp files instead of the Windows "
                                                                          "temporary folders."), tr("folder"));
    const QCommandLineOption installFolder(QStringLiteral("install-folder"), tr("Check <folder> as the agent's installation folder "  // the option, not a check id
                                                                                "instead of where it is installed."), tr("folder"));
    const QCommandLineOption vaultCredentials(QStringLiteral("vault-credentials"),  // the option, not a check id
                                              tr("Check <file>, the vault credentials file you will give the agent; with "
                                                 "--check, also test the sign-in it makes (nothing is registered)."),
                                              tr("file"));
    const QCommandLineOption language(QStringLiteral("language"), tr("The window's language: en or zh_CN (default: MARS_LANGUAGE, "
                                                                     "else the system's)."), tr("language"));
    const QCommandLineOption reportLanguage(QStringLiteral("report-language"), tr("With --check: write the report in en or zh_CN."),
                                            tr("language"));
    const QCommandLineOption out(QStringLiteral("out"), tr("With --check: also write the JSON report to <file>, atomically (a "
                                                           "half-written file is never left, even on a share)."), tr("file"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), tr("With --check: print nothing but errors (the exit code says the rest)."));
    const QCommandLineOption summaryLine(QStringLiteral("summary-line"), tr("With --check: print one line of at most 2,048 "
                                                                            "characters instead of the report (for Intune)."));
    const QCommandLineOption compare(QStringLiteral("compare"), tr("With --check: say per check what changed since the earlier "
                                                                   "JSON report <file> (Fail to Pass, new warnings, evidence)."), tr("file"));
    const QCommandLineOption fleetReport(QStringLiteral("fleet-report"), tr("Merge every JSON report in <folder> into one HTML page "
                                                                            "(to --out, else printed); runs no check."), tr("folder"));
    const QCommandLineOption proxy(QStringLiteral("proxy"), tr("Also probe the service through the HTTP proxy <host:port>: the one "
                                                               "the agent is given, or is about to be."), tr("host:port"));
    const QCommandLineOption agentError(QStringLiteral("error"), tr("Start from the error the agent showed: its ID (such as 34513 or "
                                                                    "0x1FC07) or its message. The checks of its causes run first "
                                                                    "and the report says which were found."),
                                        tr("error"));
    parser.addOptions({check, json, text, fix, cloud, profile, page, installFolder, tempFolder, vaultCredentials, logFile, language, reportLanguage, out, quiet,
                       summaryLine, agentError, proxy, compare, fleetReport});
    const QCommandLineOption bundle(QStringLiteral("bundle"), tr("With --check: also write a support bundle to <file> (a zip: the report "
                                                                 "in English and Chinese, the logs, the settings read; never a secret)."),
                                    tr("file"));
    const QCommandLineOption redact(QStringLiteral("redact"), tr("With --bundle: mask user names, the computer name and paths under the "
                                                                 "user's profile in every file of the bundle."));
    parser.addOptions({bundle, redact});
    // What the one-shot SYSTEM task starts (checks/network/SystemProbe.h); not for people, so not in --help.
    QCommandLineOption probeAsSystem(QString::fromLatin1(kProbeAsSystemOption), QString(), QStringLiteral("file"));
    QCommandLineOption probeRequest(QString::fromLatin1(kProbeRequestOption), QString(), QStringLiteral("file"));
    probeAsSystem.setFlags(QCommandLineOption::HiddenFromHelp);
    probeRequest.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({probeAsSystem, probeRequest});

    StartupOptions options;
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        // "-check" reads as the short options c, h, e, c, k: name the long option the user meant.
        QStringList longNames = {QStringLiteral("help"), QStringLiteral("help-all"), QStringLiteral("version")};
        for (const QCommandLineOption& option : {check, json, text, fix, cloud, page, tempFolder, logFile})
            longNames << option.names();
        for (const QString& argument : arguments.mid(1)) {
            const QString name = argument.mid(1).section(QLatin1Char('='), 0, 0);
            if (argument.startsWith(QLatin1Char('-')) && !argument.startsWith(QLatin1String("--")) && longNames.contains(name)) {
                *error = tr("Long options take two dashes: did you mean --%1?").arg(name);
                break;
            }
        }
        return std::nullopt;
    }
    options.helpText = parser.helpText();
    // --help-all is Qt's (addHelpOption adds it): this program has no hidden options, so it is the same help, plus
    // where Qt's own options are documented.
    options.showHelp = parser.isSet(help) || parser.isSet(QStringLiteral("help-all"));
    if (parser.isSet(QStringLiteral("help-all")))
        options.helpText += QLatin1Char('\n') + tr("The wizard also takes Qt's own options (such as -platform and -style): "
                                                   "https://doc.qt.io/qt-6/qapplication.html#QApplication");
    options.showVersion = parser.isSet(version);
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("Unexpected argument: %1").arg(parser.positionalArguments().first());
        return std::nullopt;
    }

    options.page = parser.value(page);
    if (!pages.contains(options.page)) {
        *error = tr("Unknown page \"%1\"; use one of: %2.").arg(options.page.left(40), pages.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    options.cloud = parser.value(cloud);
    if (!CloudProfiles::find(options.cloud)) {
        *error = tr("Unknown cloud \"%1\"; use china, public or usgov.").arg(options.cloud.left(40));
        return std::nullopt;
    }
    if (parser.isSet(profile)) {
        if (parser.isSet(cloud)) {
            *error = tr("Choose one of --cloud and --profile.");
            return std::nullopt;
        }
        // Absolute, so the path means the same after an elevated restart (whose working folder may differ).
        const QString file = QFileInfo(parser.value(profile)).absoluteFilePath();
        QString reason;
        options.profile = CloudProfiles::load(file, &reason);
        if (!options.profile) {
            *error = tr("--profile: %1").arg(escapeControl(reason));
            return std::nullopt;
        }
        options.cloud = options.profile->id;
    }
    for (const QString& value : parser.values(fix)) {
        if (!knownFixes().contains(value)) {
            *error = tr("Unknown fix \"%1\"; known fixes: %2.").arg(value.left(60), knownFixes().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        options.fixes << value;
    }
    options.checkOnly = parser.isSet(check);
    options.json = parser.isSet(json);
    if (parser.isSet(json) && parser.isSet(text)) {
        *error = tr("Choose one of --json and --text.");
        return std::nullopt;
    }
    if ((parser.isSet(json) || parser.isSet(text)) && !options.checkOnly) {
        *error = tr("--json and --text go with --check.");
        return std::nullopt;
    }
    if (parser.isSet(tempFolder)) {
        options.tempFolder = parser.value(tempFolder);
        if (!QFileInfo(options.tempFolder).isAbsolute()) {
            *error = tr("--temp-folder needs an absolute folder path.");
            return std::nullopt;
        }
    }
    if (parser.isSet(installFolder)) {
        options.installFolder = parser.value(installFolder);
        if (!QFileInfo(options.installFolder).isAbsolute()) {
            *error = tr("--install-folder needs an absolute folder path.");
            return std::nullopt;
        }
    }
    if (parser.isSet(vaultCredentials)) {
        options.vaultCredentials = parser.value(vaultCredentials);
        if (options.vaultCredentials.isEmpty() || QFileInfo(options.vaultCredentials).isDir()) {
            *error = tr("--vault-credentials needs a file name.");
            return std::nullopt;
        }
        // Absolute, so the path means the same after an elevated restart (whose working folder may differ).
        options.vaultCredentials = QFileInfo(options.vaultCredentials).absoluteFilePath();
    }
    static const QStringList languages = {QStringLiteral("en"), QStringLiteral("zh_CN")};
    for (const auto& [option, target] : {std::pair{&language, &options.language}, std::pair{&reportLanguage, &options.reportLanguage}}) {
        if (!parser.isSet(*option))
            continue;
        *target = parser.value(*option);
        if (!languages.contains(*target)) {
            *error = tr("Unknown language \"%1\"; use en or zh_CN.").arg(target->left(20));
            return std::nullopt;
        }
    }
    if (parser.isSet(agentError)) {
        const ErrorMatch match = lookUpAgentError(parser.value(agentError));
        if (!match.found()) {
            QStringList known;
            for (const AgentError& entry : agentErrors())
                known << entry.idText();
            for (const AdviceOnlyError& entry : adviceOnlyErrors())
                known << entry.idText();
            *error = tr("--error: no agent error this tool knows matches \"%1\"; known: %2.")
                         .arg(escapeControl(parser.value(agentError).left(60)), known.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        options.agentError = match.idText();
    }
    if (parser.isSet(proxy)) {
        QString reason;
        if (!parseProxyOption(parser.value(proxy), &reason)) {
            *error = tr("--proxy %1: %2.").arg(escapeControl(parser.value(proxy).left(80)), reason);
            return std::nullopt;
        }
        options.proxy = parser.value(proxy).trimmed();
    }
    if (parser.isSet(probeAsSystem) || parser.isSet(probeRequest)) {
        QString reason;
        // The request file sits in the folder only SYSTEM and Administrators may open; read all the same as any file
        // named on a command line: no link followed, no FIFO waited on, bounded.
        std::optional<SystemProbeRequest> request;
        if (parser.isSet(probeRequest)) {
            const platform::FileRead file = readFileNoFollow(parser.value(probeRequest), SystemProbeRequest::kMaxEncodedBytes);
            if (file.state == platform::FileRead::State::Read)
                request = decodeRequest(QByteArray::fromStdString(file.bytes), &reason);
            else
                reason = file.state == platform::FileRead::State::Missing ? QStringLiteral("the request file is not there") : QString::fromStdString(file.reason);
        }
        options.probeAsSystemResult = parser.value(probeAsSystem);
        if (!parser.isSet(probeAsSystem) || !parser.isSet(probeRequest) || options.probeAsSystemResult.isEmpty() || !request) {
            *error = tr("--%1 needs a result file and a valid --%2: %3").arg(QLatin1String(kProbeAsSystemOption), QLatin1String(kProbeRequestOption), reason);
            return std::nullopt;
        }
        if (isLink(options.probeAsSystemResult)) {
            *error = tr("--%1 %2 is a link; this program never writes through a link.").arg(QLatin1String(kProbeAsSystemOption), options.probeAsSystemResult);
            return std::nullopt;
        }
        options.probeRequest = *request;
    }
    options.quiet = parser.isSet(quiet);
    options.summaryLine = parser.isSet(summaryLine);
    if (parser.isSet(out)) {
        options.outFile = parser.value(out);
        if (options.outFile.isEmpty() || options.outFile.endsWith(QLatin1Char('/')) || options.outFile.endsWith(QLatin1Char('\\'))) {
            *error = tr("--out needs a file name.");
            return std::nullopt;
        }
        if (isLink(options.outFile)) {
            *error = tr("--out %1 is a link; choose another name (this program never writes through a link).").arg(options.outFile);
            return std::nullopt;
        }
    }
    if (parser.isSet(compare)) {
        options.compareWith = parser.value(compare);
        if (options.compareWith.isEmpty() || !options.checkOnly) {
            *error = tr("--compare needs the earlier report's JSON file, and goes with --check.");
            return std::nullopt;
        }
    }
    if (parser.isSet(fleetReport)) {
        options.fleetReport = parser.value(fleetReport);
        if (options.fleetReport.isEmpty() || options.checkOnly || !options.fixes.isEmpty() || options.summaryLine || options.json ||
            parser.isSet(text)) {
            *error = tr("--fleet-report needs a folder and runs alone (with --out, --quiet and --report-language at most).");
            return std::nullopt;
        }
    }
    const bool reportMode = options.checkOnly || !options.fleetReport.isEmpty();
    if ((parser.isSet(out) || options.quiet) && !reportMode) {
        *error = tr("--out, --quiet and --summary-line go with --check.");
        return std::nullopt;
    }
    if (options.summaryLine && !options.checkOnly) {
        *error = tr("--out, --quiet and --summary-line go with --check.");
        return std::nullopt;
    }
    if (options.summaryLine && (options.json || parser.isSet(text) || options.quiet)) {
        *error = tr("--summary-line prints its own line: leave out --json, --text and --quiet.");
        return std::nullopt;
    }
    if (parser.isSet(bundle)) {
        options.bundleFile = parser.value(bundle);
        if (options.bundleFile.isEmpty() || options.bundleFile.endsWith(QLatin1Char('/')) || options.bundleFile.endsWith(QLatin1Char('\\'))) {
            *error = tr("--bundle needs a file name.");
            return std::nullopt;
        }
        if (isLink(options.bundleFile)) {
            *error = tr("--bundle %1 is a link; choose another name (this program never writes through a link).").arg(options.bundleFile);
            return std::nullopt;
        }
        if (!options.checkOnly) {
            *error = tr("--bundle goes with --check; the wizard saves a bundle from its Summary page.");
            return std::nullopt;
        }
    }
    options.redact = parser.isSet(redact);
    if (options.redact && options.bundleFile.isEmpty()) {
        *error = tr("--redact goes with --bundle.");
        return std::nullopt;
    }
    if (parser.isSet(reportLanguage) && !reportMode) {
        *error = tr("--report-language goes with --check; the wizard asks when it saves a report.");
        return std::nullopt;
    }
    if (parser.isSet(logFile)) {
        options.logFile = parser.value(logFile);
        if (options.logFile.isEmpty() || QFileInfo(options.logFile).isDir()) {
            *error = tr("--log-file needs a file name.");
            return std::nullopt;
        }
        // Refused here, before its folders are created: "logs/new/" would otherwise become an empty folder.
        if (options.logFile.endsWith(QLatin1Char('/')) || options.logFile.endsWith(QLatin1Char('\\'))) {
            *error = tr("--log-file %1 ends in a folder separator; it needs a file name.").arg(options.logFile.left(200));
            return std::nullopt;
        }
    }
    return options;
}

}  // namespace mars

namespace mars {

CheckContext contextFromOptions(const StartupOptions& options, platform::Platform& platform, const QString& language)
{
    CheckContext context;
    context.cloudId = options.cloud;
    context.customProfile = options.profile;
    context.installFolder = options.installFolder;
    context.tempFolder = options.tempFolder;
    context.vaultCredentials = options.vaultCredentials;
    context.rehearseSignIn = options.checkOnly && !options.vaultCredentials.isEmpty();  // --check tests the sign-in
    context.page = options.page;
    context.language = language;
    context.logFile = options.logFile;
    context.agentError = options.agentError;
    context.proxy = options.proxy;
    context.processElevated = platform.elevation().queryAdminStatus().elevated;
    // Once per run, offline (no revocation check, cached URLs only): a few milliseconds of reading its own file.
    context.programSignature = platform.programSignature().ofRunningProgram();
    return context;
}

}  // namespace mars
