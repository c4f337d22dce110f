// The endpoint row with the routes side by side, one of them (the agent's own proxy) blocked, in English and
// Chinese. The settings come from the fake (no agent, no WinHTTP on the build machine); the proxies are loopback
// servers. Screenshots: routes-differ-{en,zh}.png under <build>/screenshots.
#include "../support/Screenshots.h"
#include "../support/WizardHarness.h"
#include "app/Translations.h"

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
    CHECK(h.shownStatus("endpoints") == Status::Warning);
    CheckRow* row = h.row("endpoints");
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
