// The endpoint row with the routes side by side, one of them (the agent's own proxy) blocked, in English and
// Chinese. The settings come from the fake (no agent, no WinHTTP on the build machine); the proxies are loopback
// servers. Screenshots: routes-differ-{en,zh}.png under <build>/screenshots. Then the probe as LocalSystem blocked
// where this account gets through (its answer from the fake's runner: Task Scheduler is Windows'):
// routes-system-{en,zh}.png.
#include "tests/support/Screenshots.h"
#include "tests/support/WizardHarness.h"
#include "app/Translations.h"
#include "checks/network/SystemProbe.h"
#include "checks/registration/EndpointsCheck.h"
#include "checks/TypedIds.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>
#include <catch2/catch.hpp>

using namespace mars;

namespace {
platform::ProxySetting through(const test::LoopbackHttpServer& server, const char* source)
{
    platform::ProxySetting setting;
    setting.known = true;
    setting.proxy = "127.0.0.1:" + std::to_string(server.port());
    setting.source = source;
    return setting;
}

void showRoutesThatDiffer(const QString& language, const QString& giveFix)
{
    test::LoopbackHttpServer machineProxy([](const std::string&) { return test::LoopbackHttpServer::reply(200, "OK", "Microsoft NCSI"); });
    test::LoopbackHttpServer agentProxy([](const std::string&) { return test::LoopbackHttpServer::reply(403, "Forbidden", "<html>Blocked</html>"); });
    test::Harness h;
    h.wizard->resize(900, 760);
    h.fake->onDisk["/programs/agent"] = {};
    h.fake->machine = through(machineProxy, "WinHTTP (netsh winhttp show proxy)");
    h.fake->agentSetting = through(agentProxy, "Get-OBMachineSetting");

    h.next();
    REQUIRE(h.waitSettled());
    h.next();
    REQUIRE(h.waitSettled());
    CHECK(h.shownStatus(id<EndpointsCheck>()) == Status::Warning);
    CheckRow* row = h.row(id<EndpointsCheck>());
    REQUIRE(row);
    auto* give = row->findChild<QPushButton*>("fix_give-agent-proxy");
    REQUIRE(give);
    CHECK(give->text() == giveFix);
    test::Harness::openRow(row);
    test::saveScreenshot(*h.wizard, QStringLiteral("routes-differ-") + language);
}
}  // namespace

TEST_CASE("routes side by side, the agent's own proxy blocked, in English", "[gui][routes]")
{
    showRoutesThatDiffer(QStringLiteral("en"), QStringLiteral("Give the agent this proxy"));
}

TEST_CASE("routes side by side, the agent's own proxy blocked, in Simplified Chinese", "[gui][zh][routes]")
{
    REQUIRE(installTranslations(*qApp, QStringLiteral("zh_CN")) == "zh_CN");
    showRoutesThatDiffer(QStringLiteral("zh"), QStringLiteral("让代理使用此代理服务器"));
    installTranslations(*qApp, QStringLiteral("en"));
}

namespace {
void showSystemBlocked(const QString& language, const QString& routeName)
{
    const platform::ProbeProgram program{"C:\\Program Files\\MARS Setup Doctor", {}, {"MarsSetupDoctor.exe"}, "MarsSetupDoctor.exe"};
    test::Harness h(0.0, program);
    h.wizard->resize(900, 760);
    h.fake->systemRunner = [](const platform::ProbeProgram&, const std::vector<std::string>&, const std::string& input, int) {
        QString error;
        const auto request = decodeRequest(QByteArray::fromStdString(input), &error);
        SystemProbeAnswer answer;
        answer.accountSid = QStringLiteral("S-1-5-18");
        answer.routeReason = QStringLiteral("machine-default");
        answer.setting.known = true;
        answer.setting.proxy = "10.20.0.5:3128";
        answer.setting.source = "WinHTTP (netsh winhttp show proxy), as SYSTEM";
        for (const EndpointProbe& probe : request->probes) {
            ProbeOutcome outcome;
            outcome.probe = probe;
            outcome.failedAt = ProbeStage::Tcp;
            outcome.via = QStringLiteral("proxy 10.20.0.5:3128");
            outcome.error = QStringLiteral("no answer within 1000 ms");
            outcome.elapsedMs = 1001;
            answer.outcomes << outcome;
        }
        platform::SystemRun run;
        run.state = platform::SystemRun::State::Ran;
        run.output = answerJson(answer).toStdString();
        run.steps = {"folder C:\\ProgramData\\MarsSetupDoctorProbe-4312-1 created (SYSTEM and Administrators only)",
                     "program copied from the running program's own file (SHA-256 9f2c…)", "task \\MarsSetupDoctorProbe-4312-1 registered (runs as S-1-5-18, no trigger)",
                     "task started", "result written", "task \\MarsSetupDoctorProbe-4312-1 removed",
                     "folder C:\\ProgramData\\MarsSetupDoctorProbe-4312-1 removed"};
        return run;
    };
    h.next();
    REQUIRE(h.waitSettled());
    h.next();
    REQUIRE(h.waitSettled());
    CHECK(h.shownStatus(id<EndpointsCheck>()) == Status::Warning);  // the connectivity probe only, but LocalSystem's verdict
    CheckRow* row = h.row(id<EndpointsCheck>());
    REQUIRE(row);
    test::Harness::openRow(row);
    const QString shown = row->findChild<QLabel*>(QStringLiteral("evidence"))->text();
    CHECK(shown.contains(routeName));
    test::saveScreenshot(*h.wizard, QStringLiteral("routes-system-") + language);
}
}  // namespace

TEST_CASE("the probe as LocalSystem blocked where this account gets through, in English", "[gui][routes][system-probe]")
{
    showSystemBlocked(QStringLiteral("en"), QStringLiteral("As LocalSystem"));
}

TEST_CASE("the probe as LocalSystem blocked where this account gets through, in Simplified Chinese", "[gui][zh][routes][system-probe]")
{
    REQUIRE(installTranslations(*qApp, QStringLiteral("zh_CN")) == "zh_CN");
    showSystemBlocked(QStringLiteral("zh"), QStringLiteral("以 LocalSystem 身份"));
    installTranslations(*qApp, QStringLiteral("en"));
}
