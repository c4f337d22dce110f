// The catalogue is the one place each check, fix and section is declared: these tests hold everything derived from
// it to it — the fixes checks really offer, the report schema's enumerations, the report a real session writes.
#include "checks/Catalog.h"
#include "checks/FindingCodes.h"
#include "checks/PlatformText.h"
#include "checks/report/Report.h"
#include "checks/report/ReportCompare.h"
#include "checks/secret/PassphraseStore.h"
#include "checks/registration/CacheFolderCheck.h"
#include "checks/registration/EndpointsCheck.h"
#include "checks/registration/PassphraseCheck.h"
#include "checks/registration/TempFilesCheck.h"
#include "checks/registration/VaultCredentialsCheck.h"
#include "checks/TypedIds.h"
#include "tests/codegen/GeneratedFiles.h"
#include "tests/support/EnglishSentences.h"
#include "tests/support/CatchQt.h"
#include "tests/support/FakePlatform.h"
#include "tests/support/FakeVaultEnvironment.h"
#include "tests/support/TempFolderQt.h"
#include "tests/support/VaultFiles.h"
#include "tests/support/LoopbackHttpServer.h"
#include "tests/support/LoopbackSntpServer.h"
#include "tests/support/Probes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTest>

#include <algorithm>
#include <cstring>
#include <functional>
#include <ctime>

using namespace mars;
using test::LoopbackHttpServer;
using test::LoopbackSntpServer;

namespace {
std::string httpDateAhead(double offset)
{
    const std::time_t seconds = std::time(nullptr) + std::time_t(offset);
    std::tm tm{};
    gmtime_r(&seconds, &tm);
    char text[64];
    std::strftime(text, sizeof text, "%a, %d %b %Y %H:%M:%S GMT", &tm);
    return text;
}

// A world in which every check has something to fix: a limited token, a Hidden folder, a blocked endpoint, a clock
// two minutes behind (both kinds of source agree), .tmp files, a stopped agent service, TLS 1.2 off, a vault file
// for another cloud on a network share, a cache folder whose two ScratchLocation values differ (which has
// no fix: moving the cache is a copy the check explains), and a disabled backup task with a PSModulePath that lacks
// the agent's module folder. Everything on loopback.
struct TroubledWorld {
    double clockOffset = 120.0;
    LoopbackSntpServer sntp{clockOffset};
    LoopbackHttpServer date{[offset = clockOffset](const std::string&) {
        return LoopbackHttpServer::reply(200, "OK", "", "Date: " + httpDateAhead(offset) + "\r\n");
    }};
    std::shared_ptr<test::FakePlatform> fake = std::make_shared<test::FakePlatform>();
    std::shared_ptr<test::FakeVaultEnvironment> vaultEnvironment = std::make_shared<test::FakeVaultEnvironment>();
    test::TempFolderQt folder;
    QString vaultFile;
    quint16 closedPort = 0;

    explicit TroubledWorld(double offset = 120.0) : clockOffset(offset)
    {
        fake->admin = {true, true, false, platform::ElevationType::Limited, "CONTOSO\\user", ""};
        fake->installFolder = "/programs/agent";
        fake->onDisk["/"] = {};
        fake->onDisk["/programs"] = {};
        fake->onDisk["/programs/agent"] = {true, platform::AttrHidden};
        fake->tmp["C:/Windows/Temp"] = {true, false, "", 12, 12 * 1024, 0};
        // The agent's service stopped; TLS 1.2 turned off, and values this program changed earlier still recorded
        // (so "Put back" and the service restart are offered too).
        fake->service.state = platform::ServiceState::Stopped;
        fake->tlsRegistry[platform::TlsValue::SchannelClientEnabled] = 0;
        fake->savedTls = platform::TlsValues{{platform::TlsValue::SchannelClientEnabled, true, 0}};
        fake->registration = {true, true, "C:/Agent/Scratch", "D:/Old/Scratch"};
        // Defender excludes none of the agent's folders, and exclusions this program added earlier are still recorded.
        fake->defenderAddedRecord = platform::ExclusionList{{"C:\\Elsewhere"}, {}};
        // The backup task disabled and PSModulePath without <install>\bin\Modules (the fake's lists another install
        // folder), with earlier changes still recorded (so both fixes and both put-backs are offered).
        fake->schedule.tasks.at(0).enabled = false;
        fake->savedScheduleRecord = platform::SavedSchedule{{platform::agentTaskPath(platform::kAgentBackupTask)}, platform::RegistryText{}};
        test::VaultFileFields publicCloud;
        publicCloud.aadAuthority = QStringLiteral("https://login.microsoftonline.com");
        publicCloud.idMgmtRestEndpoint = QStringLiteral("https://pod01-id1.eus.backup.windowsazure.com");
        publicCloud.location = QStringLiteral("eastus");
        vaultFile = folder.file(QStringLiteral("contoso-vault_Mon Dec 01 2026.VaultCredentials"));
        QFile file(vaultFile);
        file.open(QIODevice::WriteOnly);
        file.write(test::vaultFileXml(publicCloud));
        file.close();
        vaultEnvironment->location = {platform::FileLocation::Kind::Network, "fake UNC path"};
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        closedPort = server.serverPort();
    }

    // The same machine once everything is put right: an elevated administrator, a plain folder, no .tmp files, the
    // service running, TLS 1.2 on, the clock right, the vault file local (only the endpoint, a closed loopback port,
    // still fails: nothing here answers as the service would).
    void makeHealthy()
    {
        fake->admin = {true, true, true, platform::ElevationType::Full, "CONTOSO\\admin", ""};
        fake->onDisk["/programs/agent"] = {true, 0};
        fake->tmp["C:/Windows/Temp"] = {true, false, "", 0, 0, 0};
        fake->service.state = platform::ServiceState::Running;
        fake->tlsRegistry[platform::TlsValue::SchannelClientEnabled] = 1;
        fake->savedTls.reset();
        fake->defender.local = {{"/programs/agent", "C:/Agent/Scratch"}, {"cbengine.exe"}};
        fake->defenderAddedRecord.reset();
        fake->schedule.tasks.at(0).enabled = true;
        fake->schedule.machineModulePath.text = fake->schedule.machineModulePath.expanded = "\\programs\\agent\\bin\\Modules";
        fake->savedScheduleRecord.reset();
        vaultEnvironment->location = {platform::FileLocation::Kind::Local, ""};
    }

    CheckServices services() const { return {fake, std::make_shared<PassphraseStore>(), nullptr, vaultEnvironment}; }

    CheckContext context() const
    {
        CheckContext context;
        context.inputs.network.timeServers = {sntp.address()};
        context.inputs.network.dateUrls = {QString::fromStdString(date.url())};
        context.inputs.network.stageTimeoutMs = 1000;
        context.inputs.network.probes = {test::httpsProbe(QStringLiteral("127.0.0.1"), closedPort)};
        context.inputs.vaultCredentials = vaultFile;
        return context;
    }
};

QSet<QString> enumOf(const QJsonObject& schema, const char* name)
{
    QSet<QString> values;
    for (const QJsonValue& value : schema[QStringLiteral("$defs")][QLatin1String(name)][QStringLiteral("enum")].toArray())
        values << value.toString();
    return values;
}
}  // namespace

TEST_CASE("every fix a check offers is declared in its catalogue entry, and every declared fix is offered somewhere", "[catalog]")
{
    TroubledWorld world;
    QSet<QString> offered;
    auto collect = [&](const CheckContext& context) {
        for (const CheckSpec& spec : checkCatalog()) {
            const auto check = spec.make(world.services());
            const CheckResult result = check->run(context);
            for (const auto& fix : result.fixes) {
                INFO(spec.id << " offers " << fix->id().toStdString());
                CHECK(spec.fix(fix->id()) == &fix->spec());
                offered << spec.idText() + QLatin1Char('/') + fix->id();
            }
        }
    };
    collect(world.context());
    // The Windows temp folder that only an administrator may list: the restart is offered there too.
    world.fake->tmp["C:/Windows/Temp"] = {false, true, "access denied", 0, 0, 0};
    collect(world.context());
    // Routes that disagree: this account's proxy gets through, the agent's and WinHTTP's do not, and an earlier
    // change is recorded (the route fixes and their put-back).
    test::LoopbackHttpServer working([](const std::string&) { return test::LoopbackHttpServer::reply(200, "OK", "Microsoft NCSI"); });
    const std::string dead = "127.0.0.1:" + std::to_string(world.closedPort);
    world.fake->account = {true, "", false, "", "127.0.0.1:" + std::to_string(working.port()), "", "Internet Options (fake)", ""};
    world.fake->machine = {true, "", false, "", dead, "", "WinHTTP (fake)", ""};
    world.fake->agentSetting = {true, "", false, "", dead, "", "Get-OBMachineSetting (fake)", ""};
    world.fake->savedProxies[platform::SavedProxyOf::Agent] = {};
    CheckContext routes = world.context();
    routes.inputs.network.probes = {test::ncsiProbe("http://www.msftncsi.com/ncsi.txt")};
    collect(routes);
    // Defender's list refuses this (standard) token: the elevated restart is offered there too.
    world.fake->defender.unreadable = platform::ExclusionsUnreadable::AccessDenied;
    collect(world.context());
    const QStringList known = knownFixes();
    CHECK(QSet<QString>(known.begin(), known.end()) == offered);
}

TEST_CASE("ids are unique and every check names a section of the catalogue", "[catalog]")
{
    QSet<QString> checks;
    for (const CheckSpec& spec : checkCatalog()) {
        CHECK_FALSE(checks.contains(spec.idText()));
        checks << spec.idText();
        CHECK(findSection(spec.sectionText()));
        CHECK(std::strlen(spec.title) > 0);
        CHECK(std::strlen(spec.welcomeLine) > 0);
        QSet<QString> fixIds;
        for (const FixSpec* fix : spec.fixes) {
            CHECK_FALSE(fixIds.contains(fix->idText()));
            fixIds << fix->idText();
        }
    }
}

TEST_CASE("the report schema's enumerations are the catalogue's", "[catalog]")
{
    QFile file(QStringLiteral(MARS_REPORT_SCHEMA));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QJsonParseError parsed;
    const QJsonObject schema = QJsonDocument::fromJson(text, &parsed).object();
    REQUIRE(parsed.error == QJsonParseError::NoError);
    QSet<QString> sectionIds, checkIds, fixIds;
    for (const SectionSpec& section : sections())
        sectionIds << section.idText();
    for (const CheckSpec& spec : checkCatalog()) {
        checkIds << spec.idText();
        for (const FixSpec* fix : spec.fixes)
            fixIds << fix->idText();
    }
    CHECK(enumOf(schema, "section") == sectionIds);
    CHECK(enumOf(schema, "checkId") == checkIds);
    CHECK(enumOf(schema, "fixId") == fixIds);
    // Written by mars_codegen, in the catalogue's order: the file is exactly what it writes.
    const auto schemaFile = std::find_if(codegen::generatedFiles().begin(), codegen::generatedFiles().end(), [](const auto& generated) {
        return QStringLiteral(MARS_REPORT_SCHEMA).endsWith(QLatin1String(generated.path));
    });
    REQUIRE(schemaFile != codegen::generatedFiles().end());
    QString error;
    const auto wanted = schemaFile->regenerate(text, &error);
    INFO(error.toStdString());
    REQUIRE(wanted);
    if (*wanted != text)
        FAIL("resources/schema/report.schema.json's enumerations differ from the catalogue: " << codegen::kUpdateCommand);
}

TEST_CASE("a real session's report, with a fix applied, in both languages (kept for the schema test)", "[catalog][report][report-sample]")
{
    TroubledWorld world;
    CheckSession session;
    addAllChecks(session, world.services());
    // Started from an error found in the agent's log, so the schema test sees startedFromError.source too.
    CheckContext context = world.context();
    context.inputs.agentError = QStringLiteral("34513");
    AgentErrorSource source;
    source.where = QStringLiteral("C:\\Program Files\\Microsoft Azure Recovery Services Agent\\Temp\\CBUICurr.errlog");
    source.name = QStringLiteral("CBUICurr.errlog");
    source.time = QDateTime(QDate(2026, 12, 7), QTime(9, 14), Qt::UTC);
    source.line = QStringLiteral("Registration failed. Error 34513");
    source.byId = true;
    context.environment.agentErrorSource = source;
    session.setContext(context);
    session.runAll();
    REQUIRE(QTest::qWaitFor([&] { return !session.isBusy(); }, 10000));
    session.applyFix(id<TempFilesCheck>(), QStringLiteral("clear-tmp-files"));
    REQUIRE(QTest::qWaitFor([&] { return !session.isBusy() && !session.fixHistory().isEmpty(); }, 10000));
    CHECK(session.result(id<TempFilesCheck>()).status == Status::Pass);
    CHECK(session.result(id<CacheFolderCheck>()).status == Status::Fail);

    Report report = Report::fromSession(session, QStringLiteral("9.9.9"));
    // Compared with itself as an earlier report read back from its JSON, so the schema test sees a comparison too.
    Message readError;
    const auto earlier = ReportReader::parse(QJsonDocument(report.toJson(TextRenderer())).toJson(), &readError);
    REQUIRE(earlier);
    // Every verdict and line of evidence of a real session is read back as data and renders in Chinese as the Chinese
    // report writes it: a Chinese fleet page shows this English report in Chinese (no text outside the catalogue).
    const TextRenderer zh = TextRenderer::forLanguage(QStringLiteral("zh_CN"));
    REQUIRE(earlier->checks.size() == report.entries.size());
    for (qsizetype i = 0; i < report.entries.size(); ++i) {
        const ReadCheck& read = earlier->checks[i];
        INFO(read.id.toStdString());
        CHECK(read.summaryAsData);
        CHECK(read.evidenceAsData);
        CHECK(read.summaryMessage.render(zh) == report.entries[i].result.summary.render(zh));
        CHECK(renderAll(read.evidenceMessages, zh) == renderAll(report.entries[i].result.evidence, zh));
    }
    report.comparison = std::make_shared<const ReportComparison>(ReportComparison::between(*earlier, report));
    CHECK(report.comparison->count(CheckChange::Kind::Same) == int(report.entries.size()));
    const QJsonObject english = report.toJson(TextRenderer::forLanguage(QStringLiteral("en")));
    CHECK(english[QStringLiteral("checks")].toArray()[0].toObject()[QStringLiteral("code")].toString().startsWith(QLatin1String("MSD-")));
    CHECK(english[QStringLiteral("fixesApplied")].toArray().size() == 1);
    CHECK(english[QStringLiteral("language")] == QStringLiteral("en"));
    CHECK(english[QStringLiteral("startedFromError")].toObject()[QStringLiteral("source")].toObject()[QStringLiteral("kind")] == QStringLiteral("file"));
    const QJsonObject chinese = report.toJson(TextRenderer::forLanguage(QStringLiteral("zh_CN")));
    CHECK(chinese[QStringLiteral("language")] == QStringLiteral("zh_CN"));
    QFile out(QStringLiteral(MARS_REPORT_SAMPLE));
    REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(QJsonDocument(english).toJson());
    QFile outZh(QStringLiteral(MARS_REPORT_SAMPLE_ZH));
    REQUIRE(outZh.open(QIODevice::WriteOnly | QIODevice::Truncate));
    outZh.write(QJsonDocument(chinese).toJson());
}

// Every verdict carries its stable code (checks/FindingCodes.cpp): run every check in the troubled world, in the
// healthy one, and in a few worlds between, and require on every result a code of the table that belongs to that
// check and to that status. FindingCodesTest.cpp holds the table itself to docs/finding-codes.md and the sources.
TEST_CASE("every check's every verdict carries a finding code of its own, for its status", "[catalog][codes]")
{
    QSet<QString> seen;
    QHash<QString, QSet<Status>> statusesOf;  // per check: which statuses these worlds brought it to
    auto runAll = [&](TroubledWorld& world, const CheckContext& context) {
        for (const CheckSpec& spec : checkCatalog()) {
            const CheckResult result = spec.make(world.services())->run(context);
            INFO(spec.id << ": " << statusName(result.status).toStdString() << " " << result.summary.render(TextRenderer()).toStdString());
            REQUIRE(result.finding != nullptr);
            const ListedFinding* finding = findFinding(result.codeText());
            REQUIRE(finding);
            CHECK(finding->spec == result.finding);
            CHECK((QLatin1String(finding->check) == spec.idText() || std::strlen(finding->check) == 0));
            CHECK((result.finding->statuses & statusBit(result.status)) != 0);
            seen << result.codeText();
            statusesOf[spec.idText()] << result.status;
        }
    };
    TroubledWorld troubled;
    runAll(troubled, troubled.context());
    CheckContext noVaultFile = troubled.context();
    noVaultFile.inputs.vaultCredentials.clear();
    runAll(troubled, noVaultFile);
    troubled.fake->tmp["C:/Windows/Temp"] = {false, true, "access denied", 0, 0, 0};
    troubled.fake->admin = {true, false, false, platform::ElevationType::Default, "CONTOSO\\user", ""};
    troubled.fake->onDisk["/programs/agent"] = {false, 0};
    runAll(troubled, troubled.context());
    troubled.fake->admin = {false, false, false, platform::ElevationType::Unknown, "", "no token"};
    runAll(troubled, troubled.context());

    TroubledWorld healthy(0.0);
    healthy.makeHealthy();
    runAll(healthy, healthy.context());
    CheckContext unknownCloud = healthy.context();
    unknownCloud.inputs.cloudId = QStringLiteral("nowhere");
    runAll(healthy, unknownCloud);
    // Which codes these worlds reach; the per-check tests reach the rest, the source scan holds them all to the table.
    WARN("finding codes reached here: " << seen.size() << " of " << findingCatalog().size());
    // Every check was brought to something other than a Pass here, and every check whose passing world these fakes
    // can make to a Pass too, so codes were asked for on both sides of each verdict (a count of codes alone could be
    // met by a few checks). These four pass only against servers and files their own tests make (EndpointsCheckTest,
    // PassphraseCheckTest, CacheFolderCheckTest, VaultCredentialsCheckTest), where their Pass codes are held.
    const QSet<QString> passElsewhere{id<EndpointsCheck>(), id<PassphraseCheck>(), id<CacheFolderCheck>(),
                                      id<VaultCredentialsCheck>()};
    for (const CheckSpec& spec : checkCatalog()) {
        const QSet<Status> statuses = statusesOf.value(spec.idText());
        INFO(spec.id);
        CHECK(statuses.contains(Status::Pass) != passElsewhere.contains(spec.idText()));
        CHECK((statuses - QSet<Status>{Status::Pass}).size() >= 1);
    }
}

namespace {
QString visibleText(QString html)
{
    html.remove(QRegularExpression(QStringLiteral("<style>.*</style>"), QRegularExpression::DotMatchesEverythingOption));
    html.replace(QRegularExpression(QStringLiteral("<[^>]*>")), QStringLiteral("\n"));
    return html.replace(QStringLiteral("&lt;"), QStringLiteral("<")).replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\"")).replace(QStringLiteral("&#39;"), QStringLiteral("'"))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
}
}  // namespace

TEST_CASE("every text of the program's data files is given in English and Chinese", "[catalog][zh]")
{
    // resources/*/*.json: each text a {"en": ..., "zh_CN": ...} object (names, hosts and values are not texts).
    const QStringList files = {QStringLiteral("clouds/china.json"), QStringLiteral("clouds/public.json"), QStringLiteral("clouds/usgov.json"),
                               QStringLiteral("agent/requirements.json"), QStringLiteral("agent/cache-folder.json")};
    const QSet<QString> textKeys = {QStringLiteral("source"), QStringLiteral("floorSource"), QStringLiteral("schannelSource"),
                                    QStringLiteral("dotNetSource"), QStringLiteral("notes")};  // "name": products, roots
    int texts = 0;
    std::function<void(const QJsonValue&, const QString&)> walk = [&](const QJsonValue& value, const QString& key) {
        if (value.isObject() && value[QStringLiteral("en")].isString()) {
            ++texts;
            INFO(key.toStdString() << ": " << value[QStringLiteral("en")].toString().toStdString());
            CHECK_FALSE(value[QStringLiteral("zh_CN")].toString().isEmpty());
            return;
        }
        if (value.isString()) {
            INFO(key.toStdString() << ": " << value.toString().toStdString());
            CHECK_FALSE(textKeys.contains(key));  // a text given in English only
        }
        if (value.isArray())
            for (const QJsonValue& item : value.toArray())
                walk(item, key);
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                walk(it.value(), it.key());
        }
    };
    for (const QString& name : files) {
        QFile file(QStringLiteral(MARS_SOURCE_DIR "/resources/") + name);
        REQUIRE(file.open(QIODevice::ReadOnly));
        walk(QJsonDocument::fromJson(file.readAll()).object(), QString());
    }
    CHECK(texts >= 15);
}

TEST_CASE("the Chinese report holds no English sentence: texts, HTML, every check, in trouble and started from an error", "[catalog][report][zh]")
{
    const TextRenderer chinese = TextRenderer::forLanguage(QStringLiteral("zh_CN"));
    REQUIRE(chinese.language() == QStringLiteral("zh_CN"));
    // The detector finds what it should: an untranslated verdict is caught, names and hosts are not.
    CHECK(test::englishSentences(QStringLiteral("防火墙：Host not found")).size() == 1);
    CHECK(test::englishSentences(QStringLiteral("MARS Setup Doctor 0.1.0 - login.partner.microsoftonline.cn (登录) - %1").arg(codeText<EndpointsCheck>(EndpointsCheck::Code::Blocked))).isEmpty());
    // The OS's and Qt's English error texts: in English as they came, in Chinese a phrase with the error's name.
    for (const QString& error : {QStringLiteral("Host not found"), QStringLiteral("DNS: Host not found"),
                                 QStringLiteral("HTTPS: Host login.chinacloudapi.cn not found"), QStringLiteral("Temporary failure in name resolution")}) {
        CHECK(osErrorText(error).render(TextRenderer()) == error);
        const QString zh = osErrorText(error).render(chinese);
        INFO(zh.toStdString());
        CHECK(test::englishSentences(zh).isEmpty());
        CHECK(zh != error);
    }
    CHECK(osErrorText(QStringLiteral("HTTPS: Host login.chinacloudapi.cn not found")).render(chinese).contains("login.chinacloudapi.cn"));
    CHECK(osErrorText(QStringLiteral("找不到网络路径。")).render(chinese) == QStringLiteral("找不到网络路径。"));  // Windows's own words stay
    CHECK(platformText("there is no WinHTTP on this system").render(chinese) != "there is no WinHTTP on this system");

    for (const bool troubled : {true, false}) {
        TroubledWorld world;
        if (!troubled)
            world.makeHealthy();
        // What the real platform layers say of routes that are not there (the fake's own words say "(fake)").
        world.fake->machine.absentBecause = "there is no WinHTTP on this system";
        world.fake->agentSetting.absentBecause = "the agent is not installed";
        CheckSession session;
        addAllChecks(session, world.services());
        CheckContext context = world.context();
        context.environment.language = QStringLiteral("zh_CN");
        if (!troubled) {  // the machine: no vault file chosen, started from the agent's error
            context.inputs.vaultCredentials.clear();
            context.inputs.agentError = QStringLiteral("34513");
        }
        session.setContext(context);
        session.runAll();
        REQUIRE(QTest::qWaitFor([&] { return !session.isBusy(); }, 15000));
        const Report report = Report::fromSession(session, QStringLiteral("9.9.9"));
        const QStringList text = test::englishSentences(report.toText(chinese));
        const QStringList html = test::englishSentences(visibleText(report.toHtml(chinese)));
        const QStringList shortText = test::englishSentences(report.toShortText(chinese));
        INFO((troubled ? "troubled world" : "a new user's machine") << "\ntext:\n" << text.join('\n').toStdString() << "\nhtml:\n"
                                                                  << html.join('\n').toStdString() << "\nshort:\n" << shortText.join('\n').toStdString());
        CHECK(text.isEmpty());
        CHECK(html.isEmpty());
        CHECK(shortText.isEmpty());
        // And the English report is English: the detector is not blind.
        CHECK_FALSE(test::englishSentences(report.toText(TextRenderer())).isEmpty());
    }
}
