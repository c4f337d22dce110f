// The agent and TLS 1.2 rows as a helpdesk sees them, in English and Chinese, over the fake platform (an old agent
// and a SCHANNEL value that turns TLS 1.2 off cannot be set up on the build machine). Screenshots:
// agent-too-old-{en,zh}.png, tls12-off-{en,zh}.png under <build>/screenshots.
#include "checks/installation/AgentCheck.h"
#include "checks/registration/TlsCheck.h"
#include "checks/TypedIds.h"
#include "tests/support/Screenshots.h"
#include "tests/support/WizardHarness.h"
#include "app/Translations.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>
#include <catch2/catch.hpp>

using namespace mars;

namespace {
void showAgentTooOldAndTlsOff(const QString& language, const QString& startFix, const QString& tlsFix)
{
    test::Harness h;
    h.wizard->resize(820, 760);  // room for the open row's evidence lines
    h.fake->onDisk["/programs/agent"] = {};
    h.fake->binary.version = {2, 0, 9200, 0};
    h.fake->tlsRegistry[platform::TlsValue::SchannelClientEnabled] = 0;
    h.fake->service.state = platform::ServiceState::Stopped;

    h.next();
    REQUIRE(h.waitSettled());
    CHECK(h.shownStatus(id<AgentCheck>()) == Status::Fail);
    CheckRow* agent = h.row(id<AgentCheck>());
    REQUIRE(agent);
    CHECK(agent->findChild<QLabel*>("verdict")->text().contains("2.0.9200.0"));
    auto* start = agent->findChild<QPushButton*>("fix_start-agent-service");
    REQUIRE(start);
    CHECK(start->text() == startFix);
    test::Harness::openRow(agent);
    test::saveScreenshot(*h.wizard, QStringLiteral("agent-too-old-") + language);

    h.next();
    REQUIRE(h.waitSettled());
    CHECK(h.shownStatus(id<TlsCheck>()) == Status::Fail);
    CheckRow* tls = h.row(id<TlsCheck>());
    REQUIRE(tls);
    auto* turnOn = tls->findChild<QPushButton*>("fix_turn-on-tls12");
    REQUIRE(turnOn);
    CHECK(turnOn->text() == tlsFix);
    test::Harness::openRow(tls);
    test::saveScreenshot(*h.wizard, QStringLiteral("tls12-off-") + language);
}
}  // namespace

TEST_CASE("an agent too old and TLS 1.2 off, in English", "[gui][agent][tls]")
{
    showAgentTooOldAndTlsOff(QStringLiteral("en"), QStringLiteral("Start the service"), QStringLiteral("Turn on TLS 1.2 for the agent"));
}

TEST_CASE("an agent too old and TLS 1.2 off, in Simplified Chinese", "[gui][zh][agent][tls]")
{
    REQUIRE(installTranslations(*qApp, QStringLiteral("zh_CN")) == "zh_CN");
    showAgentTooOldAndTlsOff(QStringLiteral("zh"), QStringLiteral("启动服务"), QStringLiteral("为代理启用 TLS 1.2"));
    installTranslations(*qApp, QStringLiteral("en"));
}
