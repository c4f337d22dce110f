// The command line is also how an elevated restart is told where to resume: everything is checked against fixed
// lists, and anything else is refused with a message.
#include "app/RestartArguments.h"
#include "app/StartupOptions.h"
#include "checks/Catalog.h"
#include "checks/Check.h"
#include "checks/report/Report.h"
#include "checks/secret/PassphraseStore.h"
#include "tests/support/CatchQt.h"
#include "tests/support/FakePlatform.h"
#include "tests/support/Probes.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

using namespace mars;

namespace {
std::optional<StartupOptions> parse(const QStringList& arguments, QString* error)
{
    return StartupOptionsParser::parse(QStringList{QStringLiteral("mars-setup-doctor")} + arguments, error);
}
}  // namespace

TEST_CASE("valid arguments are taken as given", "[options]")
{
    QString error;
    const auto options = parse({"--page", "installation", "--cloud", "usgov", "--fix", "install-folder/clear-folder-attributes"}, &error);
    REQUIRE(options);
    CHECK(options->page == "installation");
    CHECK(options->inputs.cloudId == "usgov");
    CHECK(options->fixes == QStringList{"install-folder/clear-folder-attributes"});
    CHECK_FALSE(options->checkOnly);

    const auto check = parse({"--check", "--json", "--fix", "temp-files/clear-tmp-files", "--fix", "clock/resync-clock"}, &error);
    REQUIRE(check);
    CHECK(check->checkOnly);
    CHECK(check->json);
    CHECK(check->fixes.size() == 2);
    CHECK(parse({}, &error)->page == "welcome");
    CHECK(parse({}, &error)->inputs.cloudId == "china");
}

TEST_CASE("anything off the fixed lists is refused with a message", "[options]")
{
    const auto [arguments, message] = GENERATE(table<QStringList, const char*>({
        {{"--page", "../../etc/passwd"}, "Unknown page"},
        {{"--page", "summary; rm -rf /"}, "Unknown page"},
        {{"--cloud", "mars"}, "Unknown cloud"},
        {{"--fix", "install-folder/rm -rf"}, "Unknown fix"},
        {{"--fix", "clear-folder-attributes"}, "Unknown fix"},
        {{"--fix", "admin-rights/restart-elevated/../x"}, "Unknown fix"},
        {{"extra"}, "Unexpected argument"},
        {{"--json"}, "go with --check"},
        {{"--check", "--json", "--text"}, "Choose one"},
        {{"--temp-folder", "relative/path"}, "absolute"},
        {{"--log-file", ""}, "needs a file name"},
        {{"--no-such-option"}, "Unknown option"},
        {{"-check"}, "Long options take two dashes: did you mean --check?"},
        {{"-log-file=x.log"}, "did you mean --log-file?"},
        {{"--log-file", "some/new/dir/"}, "ends in a folder separator"},
    }));
    QString error;
    INFO(arguments.join(' ').toStdString());
    CHECK_FALSE(parse(arguments, &error).has_value());
    CHECK(error.contains(QString::fromUtf8(message)));
}

TEST_CASE("every fix the catalogue knows, and every fix a report offers, is accepted by --fix", "[options][catalog]")
{
    QString error;
    for (const QString& fix : knownFixes()) {
        INFO(fix.toStdString());
        CHECK(parse({"--check", "--fix", fix}, &error));
    }
    // What a text report tells the user to type, in a world where every check has something to fix.
    auto fake = std::make_shared<test::FakePlatform>();
    fake->admin = {true, true, false, platform::ElevationType::Limited, "CONTOSO\\user", ""};
    fake->installFolder = "/programs/agent";
    fake->onDisk["/"] = {};
    fake->onDisk["/programs"] = {};
    fake->onDisk["/programs/agent"] = {true, platform::AttrHidden};
    fake->tmp["C:/Windows/Temp"] = {true, false, "", 3, 3072, 0};
    CheckSession session;
    addAllChecks(session, {fake, std::make_shared<PassphraseStore>()});
    CheckContext context;
    context.inputs.network.stageTimeoutMs = 300;
    context.inputs.network.probes = {test::httpsProbe(QStringLiteral("127.0.0.1"), 9)};  // discard: nothing listens on loopback
    context.inputs.network.timeServers = {QStringLiteral("127.0.0.1:9")};
    context.inputs.network.dateUrls = {QStringLiteral("http://127.0.0.1:9/")};
    session.setContext(context);
    session.runAll();
    REQUIRE(QTest::qWaitFor([&] { return !session.isBusy(); }, 10000));
    const QString text = Report::fromSession(session, QStringLiteral("t")).toText(TextRenderer());
    static const QRegularExpression offered(QStringLiteral("--fix ([^ )]+)\\)"));
    int count = 0;
    for (auto match = offered.globalMatch(text); match.hasNext(); ++count) {
        const QString fix = match.next().captured(1);
        INFO(fix.toStdString());
        CHECK(parse({"--check", "--fix", fix}, &error));
    }
    CHECK(count >= 5);  // admin, folder, three endpoint fixes, the cleanup
}

TEST_CASE("the elevated restart's arguments bring back the same context through the real parser", "[options]")
{
    CheckContext context;
    context.inputs.cloudId = QStringLiteral("public");
    context.environment.page = QStringLiteral("registration");
    context.inputs.installFolder = QStringLiteral("/opt/agent dir ");  // a trailing space is part of the name
    context.inputs.tempFolder = QStringLiteral("/var/tmp/odd \"quoted\" folder");
    context.environment.logFile = QStringLiteral("/var/log/doctor.log");
    context.environment.language = QStringLiteral("zh_CN");
    context.inputs.agentError = QStringLiteral("0x1FC07");
    context.inputs.proxy = QStringLiteral("proxy.corp.example:8080");
    context.inputs.vaultCredentials = QStringLiteral("/home/helpdesk/Downloads/contoso.VaultCredentials");
    QString error;
    const QStringList arguments = restartArguments(context);
    const auto options = parse(arguments, &error);
    INFO(error.toStdString());
    REQUIRE(options);
    // Every input the command line takes is given here, so an input added to the table without a value in this test
    // fails it instead of going untested. --profile replaces --cloud: the next test but one carries it, with its file.
    for (const InputOption& input : InputOptions::all()) {
        INFO("--" << input.name);
        CHECK((arguments.contains(QStringLiteral("--") + QLatin1String(input.name)) || QLatin1String(input.name) == QLatin1String("profile")));
    }
    test::FakePlatform fake;
    const CheckContext back = contextFromOptions(*options, fake, options->language);
    CHECK(back.inputs.cloudId == context.inputs.cloudId);
    CHECK(back.environment.page == context.environment.page);
    CHECK(back.inputs.installFolder == context.inputs.installFolder);
    CHECK(back.inputs.tempFolder == context.inputs.tempFolder);
    CHECK(back.environment.logFile == context.environment.logFile);
    CHECK(back.environment.language == context.environment.language);
    CHECK(back.inputs.agentError == context.inputs.agentError);
    CHECK(back.inputs.proxy == context.inputs.proxy);
    CHECK(back.inputs.vaultCredentials == context.inputs.vaultCredentials);
    CHECK(back.environment.processElevated);  // asked of the token, never taken from the command line
}

TEST_CASE("the elevated restart names paths on a mapped drive by their UNC paths, and the parser takes them back", "[options][admin]")
{
    // The elevated token has no mapped drives, so every path option is handed over as the share it maps (Z:\x ->
    // \\server\share\x, Win32Admin's WNetGetUniversalNameW). Wine has no mapped network drives (its Z: is the Unix
    // root, a fixed drive): the fake maps one. Here the "drive" is a prefix no process can open and the "share" a real
    // folder, so the real parser must find the profile through the new name for the round trip to pass.
    QTemporaryDir share;
    REQUIRE(share.isValid());
    const QString profileFile = share.filePath(QStringLiteral("lab.json"));
    QFile file(profileFile);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"id":"lab","name":{"en":"Lab region"},"allowList":["*.lab.test"],"timeServers":["ntp.lab.test"],
                   "probes":[{"role":"sign-in","kind":"https","host":"login.lab.test"}]})");
    file.close();
    test::FakePlatform fake;
    const QString drive = QStringLiteral("/mapped-drive-z/");
    fake.mappedDrives = {{drive.toStdString(), (share.path() + QLatin1Char('/')).toStdString()}};

    QString error;
    CheckContext context;
    context.inputs.customProfile = CloudProfiles::load(profileFile, &error);
    REQUIRE(context.inputs.customProfile);
    context.inputs.customProfile->sourceFile = drive + QStringLiteral("lab.json");  // as the user gave it, on the drive
    context.inputs.cloudId = context.inputs.customProfile->id;
    context.inputs.installFolder = drive + QStringLiteral("MARS Agent");
    context.inputs.tempFolder = drive + QStringLiteral("scratch");
    context.inputs.vaultCredentials = drive + QStringLiteral("contoso.VaultCredentials");
    context.environment.logFile = drive + QStringLiteral("doctor.log");
    context.environment.language = QStringLiteral("zh_CN");
    context.inputs.agentError = QStringLiteral("0x1FC07");
    context.inputs.proxy = QStringLiteral("proxy.corp.example:8080");
    const QStringList arguments = restartArguments(context, [&fake](const QString& path) {
        return QString::fromStdString(fake.reachableWhenElevated(path.toStdString()));
    });
    INFO(arguments.join(' ').toStdString());
    CHECK_FALSE(arguments.join(' ').contains(drive));
    const auto valueOf = [&arguments](const char* option) { return arguments.value(arguments.indexOf(QLatin1String(option)) + 1); };
    CHECK(valueOf("--profile") == profileFile);
    CHECK(valueOf("--install-folder") == share.filePath(QStringLiteral("MARS Agent")));
    CHECK(valueOf("--temp-folder") == share.filePath(QStringLiteral("scratch")));
    CHECK(valueOf("--vault-credentials") == share.filePath(QStringLiteral("contoso.VaultCredentials")));
    CHECK(valueOf("--log-file") == share.filePath(QStringLiteral("doctor.log")));
    // What is not a path is carried exactly as it was.
    CHECK(valueOf("--proxy") == context.inputs.proxy);
    CHECK(valueOf("--error") == context.inputs.agentError);
    CHECK(valueOf("--language") == context.environment.language);

    const auto options = parse(arguments, &error);
    INFO(error.toStdString());
    REQUIRE(options);
    const CheckContext back = contextFromOptions(*options, fake, options->language);
    CHECK(profileFor(back)->sourceFile == profileFile);
    CHECK(back.inputs.cloudId == "lab");
    CHECK(back.inputs.installFolder == share.filePath(QStringLiteral("MARS Agent")));
    CHECK(back.inputs.tempFolder == share.filePath(QStringLiteral("scratch")));
    CHECK(back.inputs.vaultCredentials == share.filePath(QStringLiteral("contoso.VaultCredentials")));
    CHECK(back.environment.logFile == share.filePath(QStringLiteral("doctor.log")));
    CHECK(back.inputs.proxy == context.inputs.proxy);
    CHECK(back.inputs.agentError == context.inputs.agentError);
    CHECK(back.environment.language == context.environment.language);

    // Without a mapping (no restart, or POSIX's identity) the arguments are what they always were.
    CHECK(restartArguments(context) == restartArguments(context, [](const QString& path) { return path; }));
    CHECK(restartArguments(context).contains(context.inputs.installFolder));
}

TEST_CASE("the help-all option, which Qt lists in --help, shows the help", "[options]")
{
    QString error;
    const auto options = parse({"--help-all"}, &error);
    REQUIRE(options);
    CHECK(options->showHelp);
    CHECK(options->helpText.contains("--check"));
    CHECK(options->helpText.contains("Qt's own options"));
    const char* arguments[] = {"mars-setup-doctor", "--help-all"};
    CHECK(wantsCommandLineMode(2, const_cast<char**>(arguments)));
}

TEST_CASE("the vault credentials file travels through the elevated restart's command line", "[options]")
{
    QString error;
    const auto options = parse({"--vault-credentials", "/home/helpdesk/Downloads/contoso.VaultCredentials", "--page", "registration"}, &error);
    REQUIRE(options);
    CHECK(options->inputs.vaultCredentials == "/home/helpdesk/Downloads/contoso.VaultCredentials");
    CheckContext context;
    context.environment.page = options->page;
    context.inputs.cloudId = options->inputs.cloudId;
    context.inputs.vaultCredentials = options->inputs.vaultCredentials;
    context.inputs.network.tokenEndpoint = QStringLiteral("https://127.0.0.1:1/token");  // a test seam: never on a command line
    const QStringList arguments = restartArguments(context);
    CHECK_FALSE(arguments.join(' ').contains(QLatin1String("127.0.0.1")));
    const auto again = StartupOptionsParser::parse(QStringList{QStringLiteral("mars-setup-doctor")} + arguments, &error);
    REQUIRE(again);
    CHECK(again->inputs.vaultCredentials == options->inputs.vaultCredentials);
    CHECK(again->page == "registration");
    // A relative name is made absolute, so it means the same file in the restarted (elevated) program.
    const auto relative = parse({"--vault-credentials", "contoso.VaultCredentials"}, &error);
    REQUIRE(relative);
    CHECK(QFileInfo(relative->inputs.vaultCredentials).isAbsolute());
    CHECK_FALSE(parse({"--vault-credentials", ""}, &error));
    CHECK(error.contains(QLatin1String("needs a file name")));
}

TEST_CASE("a vault file with --check also rehearses the sign-in, and the wizard waits to be asked", "[options]")
{
    QString error;
    test::FakePlatform platform;
    const auto check = parse({"--check", "--vault-credentials", "/tmp/contoso.VaultCredentials"}, &error);
    REQUIRE(check);
    const CheckContext checkContext = contextFromOptions(*check, platform, QStringLiteral("en"));
    CHECK(checkContext.inputs.vaultCredentials == "/tmp/contoso.VaultCredentials");
    CHECK(checkContext.inputs.rehearseSignIn);
    CHECK(checkContext.inputs.network.tokenEndpoint.isEmpty());
    const auto wizard = parse({"--vault-credentials", "/tmp/contoso.VaultCredentials"}, &error);
    REQUIRE(wizard);
    CHECK_FALSE(contextFromOptions(*wizard, platform, QStringLiteral("en")).inputs.rehearseSignIn);
    const auto noFile = parse({"--check"}, &error);
    CHECK_FALSE(contextFromOptions(*noFile, platform, QStringLiteral("en")).inputs.rehearseSignIn);
}

TEST_CASE("the profile option: a custom cloud file, validated, carried through the restart, and named in the report", "[options][cloud]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("lab.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"id":"lab","name":{"en":"Lab region"},"allowList":["*.lab.test"],"timeServers":["ntp.lab.test"],
                   "probes":[{"role":"sign-in","kind":"https","host":"login.lab.test"}]})");
    file.close();
    QString error;
    const auto options = parse({"--profile", path}, &error);
    INFO(error.toStdString());
    REQUIRE(options);
    CHECK(options->inputs.cloudId == "lab");
    REQUIRE(options->inputs.customProfile);
    test::FakePlatform fake;
    const CheckContext context = contextFromOptions(*options, fake, QStringLiteral("en"));
    CHECK(profileFor(context)->nameEnglish == "Lab region");
    CHECK(profileFor(context)->sourceFile == path);
    const QStringList arguments = restartArguments(context);
    CHECK(arguments.contains("--profile"));
    CHECK_FALSE(arguments.contains("--cloud"));
    const auto again = parse(arguments, &error);
    REQUIRE(again);
    CHECK(again->inputs.cloudId == "lab");

    // Choosing a built-in cloud later (the Welcome page) leaves the custom profile unused.
    CheckContext chosen = context;
    chosen.inputs.cloudId = QStringLiteral("public");
    CHECK(profileFor(chosen)->id == "public");
    CHECK(restartArguments(chosen).contains("--cloud"));

    CheckSession session;
    session.setContext(context);
    const Report report = Report::fromSession(session, QStringLiteral("1.0"));
    const TextRenderer english;
    CHECK(report.toJson(english).value("cloud") == "lab");
    CHECK(report.toJson(english).value("cloudProfileFile") == path);
    CHECK(report.toText(english).contains(QStringLiteral("Cloud profile from the file %1").arg(path)));

    CHECK_FALSE(parse({"--profile", path, "--cloud", "public"}, &error));
    CHECK(error.contains("Choose one of --cloud and --profile"));
    CHECK_FALSE(parse({"--profile", folder.filePath("none.json")}, &error));
    CHECK(error.startsWith("--profile: cannot read"));
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"id":"lab","name":{"en":"Lab"},"allowList":["not a host"],"timeServers":["t"],"probes":[]})");
    file.close();
    CHECK_FALSE(parse({"--profile", path}, &error));
    CHECK(error.contains("allow-list entry \"not a host\" is not a host name"));
}

TEST_CASE("the bundle option takes a file name with --check, and --redact goes with it", "[options][bundle]")
{
    QString error;
    const auto options = parse({"--check", "--bundle", "ticket.zip", "--redact"}, &error);
    REQUIRE(options);
    CHECK(options->bundleFile == "ticket.zip");
    CHECK(options->redact);
    CHECK_FALSE(parse({"--check", "--bundle", "ticket.zip"}, &error)->redact);
    CHECK_FALSE(parse({"--bundle", "ticket.zip"}, &error));  // the wizard saves one from its Summary page
    CHECK(error.contains("--bundle goes with --check"));
    CHECK_FALSE(parse({"--check", "--redact"}, &error));
    CHECK(error == "--redact goes with --bundle.");
    for (const char* name : {"", "folder/", "folder\\"}) {
        CHECK_FALSE(parse({"--check", "--bundle", name}, &error));
        CHECK(error == "--bundle needs a file name.");
    }
}

TEST_CASE("the proxy option takes host:port and refuses anything else with the reason", "[options]")
{
    QString error;
    for (const char* good : {"proxy.corp.example:8080", "10.0.0.1:3128", "[::1]:3128"}) {
        INFO(good);
        const auto options = parse({"--proxy", good}, &error);
        REQUIRE(options);
        CHECK(options->inputs.proxy == QString::fromLatin1(good));
    }
    const std::vector<std::pair<const char*, const char*>> bad = {
        {"proxy.corp.example", "expected host:port"}, {"proxy:0", "expected host:port"}, {"proxy:65536", "expected host:port"},
        {"proxy:80a", "expected host:port"}, {"bad host!:8080", "is not a host name"}, {":8080", "is not a host name"},
        {"a\x1b[2J:80", "is not a host name"}};
    for (const auto& [value, reason] : bad) {
        INFO(value);
        error.clear();
        CHECK_FALSE(parse({"--proxy", value}, &error));
        CHECK(error.contains("--proxy"));
        CHECK(error.contains(reason));
    }
    error.clear();
    CHECK_FALSE(parse({"--proxy", QString(300, QLatin1Char('a')) + ":80"}, &error));
    CHECK(error.contains("expected host:port"));
}

TEST_CASE("the options compare (with --check) and fleet-report (alone, the command-line mode)", "[options][compare][fleet]")
{
    QString error;
    const auto compare = parse({"--check", "--compare", "/tmp/before.json"}, &error);
    REQUIRE(compare);
    CHECK(compare->compareWith == "/tmp/before.json");
    CHECK_FALSE(parse({"--compare", "/tmp/before.json"}, &error));
    CHECK(error.contains("--compare"));
    const auto fleet = parse({"--fleet-report", "/share/reports", "--out", "/tmp/fleet.html", "--report-language", "zh_CN", "--quiet"}, &error);
    REQUIRE(fleet);
    CHECK(fleet->fleetReport == "/share/reports");
    CHECK(fleet->outFile == "/tmp/fleet.html");
    for (const QStringList& wrong : {QStringList{"--fleet-report", "/r", "--check"}, QStringList{"--fleet-report", "/r", "--summary-line"},
                                     QStringList{"--fleet-report", "/r", "--fix", "temp-files/clear-tmp-files"}}) {
        error.clear();
        CHECK_FALSE(parse(wrong, &error));
        CHECK(error.contains("--fleet-report"));
    }
    char program[] = "mars-setup-doctor", option[] = "--fleet-report", folder[] = "/r";
    char* argv[] = {program, option, folder};
    CHECK(wantsCommandLineMode(3, argv));
}

TEST_CASE("the program asks the platform once, at start, whether its own file is signed", "[options][signature]")
{
    test::FakePlatform fake;
    fake.signature = {platform::SignatureStatus::State::Tampered, "Contoso Helpdesk Code Signing", "Contoso Test Root", "WinVerifyTrust: 0x80096010"};
    const CheckContext context = contextFromOptions(StartupOptions{}, fake, QStringLiteral("en"));
    CHECK(context.environment.programSignature.state == platform::SignatureStatus::State::Tampered);
    CHECK(context.environment.programSignature.signer == "Contoso Helpdesk Code Signing");
    // Not carried through an elevated restart: the new instance verifies its own file (the copy it runs from).
    CHECK_FALSE(restartArguments(context).join(' ').contains("Contoso"));
}
