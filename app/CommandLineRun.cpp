#include "CommandLineRun.h"

#include "ConsoleOutput.h"
#include "SystemProbeProgram.h"
#include "Logging.h"

#include "checks/Catalog.h"
#include "checks/Message.h"
#include "checks/bundle/SupportBundle.h"
#include "checks/errors/LastAgentError.h"
#include "checks/platform/ProcessExit.h"
#include "checks/report/AtomicWrite.h"
#include "checks/report/FleetReport.h"
#include "checks/report/Report.h"
#include "checks/report/ReportCompare.h"
#include "checks/secret/PassphraseStore.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <cstdio>

namespace mars {

namespace {
constexpr int kUsageError = 64;  // EX_USAGE, as for the other options the user named wrongly (Program.cpp)

void runUntilIdle(CheckSession& session)
{
    if (!session.isBusy())
        return;
    QEventLoop loop;
    QObject::connect(&session, &CheckSession::idle, &loop, &QEventLoop::quit);
    loop.exec();
}

// Without --error, the run starts from the agent's own last error when its log or event channel names one; the
// user's --error always wins, and nothing is read then.
void startFromAgentsLastError(CheckSession& session, platform::Platform& platform)
{
    if (!session.context().inputs.agentError.isEmpty())
        return;
    const AgentRecordsSearch search = findAgentsLastError(platform, session.context());
    for (const QString& line : search.notExamined)
        spdlog::info("the agent's records: {}", line.toStdString());
    if (!search.found)
        return;
    spdlog::info("starting from error {} found in {}", search.found->errorId().toStdString(), escapeControl(search.found->source.where).toStdString());
    CheckContext context = session.context();
    context.inputs.agentError = search.found->errorId();
    context.environment.agentErrorSource = search.found->source;
    session.setContext(context);
}
}  // namespace

int runCommandLine(const StartupOptions& options, const std::shared_ptr<platform::Platform>& platform, const QString& language)
{
    // The earlier report first: a file that is not one is said at once, before minutes of checks.
    std::optional<ReadReport> earlier;
    if (!options.compareWith.isEmpty()) {
        Message error;
        earlier = ReportReader::readFile(options.compareWith, &error);
        if (!earlier) {
            writeText(stderr, QStringLiteral("--compare: ") + escapeControl(error.render()) + QLatin1Char('\n'));
            return kUsageError;
        }
    }
    CheckSession session;
    addAllChecks(session, {platform, std::make_shared<PassphraseStore>(), nullptr, nullptr, thisProgramForSystemProbe()});
    session.setContext(contextFromOptions(options, *platform, language));
    startFromAgentsLastError(session, *platform);

    session.runAll();
    runUntilIdle(session);

    for (const QString& requested : options.fixes) {
        const QString checkId = requested.section(QLatin1Char('/'), 0, 0);
        const QString fixId = requested.section(QLatin1Char('/'), 1, 1);
        if (findCheck(checkId) && findCheck(checkId)->fix(fixId) && findCheck(checkId)->fix(fixId)->restartsProgram) {
            std::fprintf(stderr, "fix %s: not from the command line; run the command from an elevated prompt instead\n", qPrintable(requested));
            continue;
        }
        bool offered = false;
        for (const auto& fix : session.result(checkId).fixes)
            offered = offered || fix->id() == fixId;
        if (!offered) {
            std::fprintf(stderr, "fix %s: not needed now (the check does not offer it)\n", qPrintable(requested));
            continue;
        }
        session.applyFix(checkId, fixId);  // re-runs the check afterwards
        runUntilIdle(session);
    }

    for (const FixRecord& record : session.fixHistory())
        if (!record.outcome.clipboardText.isEmpty())  // no clipboard here: the list goes where a script can take it
            writeText(stderr, record.outcome.clipboardText + QLatin1Char('\n'));

    Report report = Report::fromSession(session, QCoreApplication::applicationVersion());
    if (earlier)
        report.comparison = std::make_shared<const ReportComparison>(ReportComparison::between(*earlier, report));
    const TextRenderer renderer = options.reportLanguage.isEmpty() ? TextRenderer::current() : TextRenderer::forLanguage(options.reportLanguage);
    const QByteArray json = QJsonDocument(report.toJson(renderer)).toJson(QJsonDocument::Indented);
    int status = report.exitCode();
    if (!options.outFile.isEmpty()) {
        // A temporary file beside it, then a rename: hundreds of machines writing to one share never leave a
        // half-written report, and a link planted at the name is replaced, not written through.
        Message error;
        if (!writeFileAtomically(options.outFile, json, &error)) {
            writeText(stderr, QStringLiteral("--out: ") + error.render(renderer) + QLatin1Char('\n'));
            status = 2;
        }
    }
    if (!options.bundleFile.isEmpty()) {
        // The report in both languages whatever --report-language says: a Chinese helpdesk and a Microsoft engineer read
        // the same zip. Its manifest and settings in the language of the report printed here (and in English beside).
        const QString log = options.logFile.isEmpty() ? defaultLogFile() : options.logFile;
        spdlog::default_logger()->flush();
        Message error;
        if (!writeSupportBundle(options.bundleFile, bundleSources(report, *platform, session.context(), log, options.redact, renderer.language()), &error)) {
            writeText(stderr, QStringLiteral("--bundle: ") + error.render(renderer) + QLatin1Char('\n'));
            status = 2;
        } else if (!options.quiet) {
            // On stderr: stdout is the report, often piped into a script.
            writeText(stderr, QCoreApplication::translate("CommandLineRun", "Support bundle written: %1")
                                  .arg(escapeControl(QFileInfo(options.bundleFile).absoluteFilePath())) + QLatin1Char('\n'));
        }
    }
    if (options.summaryLine)
        writeText(stdout, report.toSummaryLine(renderer) + QLatin1Char('\n'));
    else if (!options.quiet)
        writeText(stdout, options.json ? QString::fromUtf8(json) : report.toText(renderer));
    spdlog::info("command-line run finished: {}", statusName(report.worstStatus()).toStdString());
    if (session.hasWorkers()) {
        // A look-up that never answers must not hold the exit: the report is out, so the process ends now.
        spdlog::default_logger()->flush();
        platform::noteAbandonedThreads();
        platform::endProcess(status);
    }
    // Everything is out: a look-up in Qt's own threads, still waiting for a silent DNS server, must not keep the
    // process alive either.
    platform::endProcessWithin(std::chrono::milliseconds(500), status);
    return status;
}

int runFleetReport(const StartupOptions& options)
{
    const TextRenderer renderer = options.reportLanguage.isEmpty() ? TextRenderer::current() : TextRenderer::forLanguage(options.reportLanguage);
    Message error;
    const FleetReport fleet = FleetReport::fromFolder(options.fleetReport, &error, renderer);
    if (!error.isEmpty()) {
        writeText(stderr, QStringLiteral("--fleet-report: ") + escapeControl(error.render(renderer)) + QLatin1Char('\n'));
        return kUsageError;
    }
    spdlog::info("fleet report: {} machines, {} files skipped", fleet.machines().size(), fleet.skipped().size());
    if (options.outFile.isEmpty()) {
        if (!options.quiet)
            writeText(stdout, fleet.toHtml(renderer));
    } else if (!writeFileAtomicallyBy(options.outFile, [&](QIODevice& file) { return fleet.writeHtml(file, renderer); }, &error)) {
        writeText(stderr, QStringLiteral("--out: ") + error.render(renderer) + QLatin1Char('\n'));
        return 2;
    }
    if (!options.quiet)
        for (const FleetReport::Skipped& skipped : fleet.skipped())
            writeText(stderr, QStringLiteral("skipped %1: %2\n").arg(escapeControl(skipped.file), escapeControl(skipped.reason.render(renderer))));
    return 0;
}

}  // namespace mars
