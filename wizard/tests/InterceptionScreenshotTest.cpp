// The endpoint row as a helpdesk sees it when a proxy inspects TLS (its own CA, trusted here) and when a proxy's
// block page answers in the service's place, in English and Chinese, against loopback proxies. Screenshots:
// tls-inspected-{en,zh}.png, proxy-blocked-{en,zh}.png under <build>/screenshots.
#include "checks/registration/EndpointsCheck.h"
#include "checks/TypedIds.h"
#include "tests/support/InterceptingProxy.h"
#include "tests/support/Screenshots.h"
#include "tests/support/WizardHarness.h"
#include "app/Translations.h"

#include <QApplication>
#include <QLabel>
#include <QScrollArea>
#include <QTest>
#include <catch2/catch.hpp>

using namespace mars;
using test::LoopbackHttpServer;

namespace {
const QString kSignIn = QStringLiteral("login.partner.microsoftonline.cn");

void showEndpoints(const QString& proxy, const QString& name, const QString& expected)
{
    test::Harness h;
    h.wizard->resize(820, 760);
    CheckContext context = h.session.context();
    context.inputs.network.probes = {test::httpsProbe(kSignIn, 443)};
    context.inputs.proxy = proxy;
    context.inputs.network.stageTimeoutMs = 2000;
    h.session.setContext(context);
    h.next();
    REQUIRE(h.waitSettled());
    h.next();
    REQUIRE(QTest::qWaitFor([&h] { return !h.session.isBusy(); }, 10000));
    CheckRow* row = h.row(id<EndpointsCheck>());
    REQUIRE(row);
    const QString verdict = row->findChild<QLabel*>("verdict")->text();
    INFO(verdict.toStdString());
    CHECK(verdict.contains(expected));
    test::Harness::openRow(row);
    test::saveScreenshot(*h.wizard, name);
}

void showBoth(const QString& language, const QString& inspected, const QString& blocked)
{
    const test::TestChain chain(QStringLiteral("/O=Contoso Inspection/CN=Contoso Inspection Root"),
                                QStringLiteral("/O=Contoso Inspection/CN=Contoso TLS Inspection CA"),
                                QStringLiteral("DNS:login.partner.microsoftonline.cn"));
    REQUIRE(chain.ok);
    {
        const test::TrustedCa trusted(chain.root());
        test::InterceptingProxy inspector(chain, LoopbackHttpServer::reply(404, "Not Found", "{}", "Content-Type: application/json\r\n"));
        showEndpoints(inspector.address(), QStringLiteral("tls-inspected-") + language, inspected);
    }
    LoopbackHttpServer squid([](const std::string&) {
        return LoopbackHttpServer::reply(403, "Forbidden", "<html>Access denied</html>",
                                         "Via: 1.1 proxy.corp.test (squid/5.7)\r\nX-Squid-Error: ERR_ACCESS_DENIED 0\r\n");
    });
    showEndpoints(QStringLiteral("127.0.0.1:%1").arg(squid.port()), QStringLiteral("proxy-blocked-") + language, blocked);
}
}  // namespace

TEST_CASE("TLS inspection named and a proxy's block, in English", "[gui][endpoints]")
{
    showBoth(QStringLiteral("en"), QStringLiteral("is inspected by Contoso Inspection"), QStringLiteral("is refused by the rules of the proxy at 127.0.0.1:"));
}

TEST_CASE("TLS inspection named and a proxy's block, in Simplified Chinese", "[gui][zh][endpoints]")
{
    REQUIRE(installTranslations(*qApp, QStringLiteral("zh_CN")) == "zh_CN");
    showBoth(QStringLiteral("zh"), QStringLiteral("Contoso Inspection"), QStringLiteral("127.0.0.1:"));
    installTranslations(*qApp, QStringLiteral("en"));
}
