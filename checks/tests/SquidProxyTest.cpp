// Issue 24: the endpoint verdicts through Debian's real squid (tests/support/SquidProxy.h), not only our stand-ins:
// its refusal by rules, its "could not connect" and "could not resolve", its ssl-bump error page inside TLS, and an
// allow-all squid in a network where only the proxy resolves names. Each is skipped, never passed, where squid
// cannot run.
#include "checks/registration/EndpointsCheck.h"
#include "checks/TypedIds.h"
#include "tests/support/CatchQt.h"
#include "tests/support/FakePlatform.h"
#include "tests/support/LoopbackHttpServer.h"
#include "tests/support/LoopbackTlsServer.h"
#include "tests/support/Probes.h"
#include "tests/support/Skip.h"
#include "tests/support/SquidProxy.h"
#include "tests/support/TestCertificates.h"

#include <QJsonArray>
#include <QTcpServer>
#include <QTcpSocket>

using namespace mars;
using test::LoopbackHttpServer;
using test::SquidOptions;
using test::SquidProxy;

namespace {
constexpr int kTimeoutMs = 3000;  // squid's resolver stand-in answers at once; its dns_timeout is 2 s
const QString kSignIn = QStringLiteral("login.partner.microsoftonline.cn");
const QString kBlob = QStringLiteral("blob.core.chinacloudapi.cn");
const QString kQueue = QStringLiteral("queue.core.chinacloudapi.cn");

quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

EndpointProbe dnsProbe(const QString& host, quint16 port, const QString& role = QStringLiteral("storage"))
{
    EndpointProbe probe;
    probe.role = role;
    probe.kind = QStringLiteral("dns");
    probe.host = host;
    probe.port = port;
    return probe;
}

platform::ProxySetting through(const QString& proxy)
{
    platform::ProxySetting setting;
    setting.known = true;
    setting.proxy = proxy.toStdString();
    setting.source = "Internet Options (fake)";
    return setting;
}

CheckResult runThrough(const QString& proxy, const QList<EndpointProbe>& probes, std::shared_ptr<test::FakePlatform> fake = nullptr)
{
    CheckContext context;
    context.inputs.network.stageTimeoutMs = kTimeoutMs;
    context.inputs.network.probes = probes;
    context.inputs.proxy = proxy;
    return EndpointsCheck(fake ? fake : std::make_shared<test::FakePlatform>()).run(context);
}

// Everything a user reads of the result: the summary and every evidence line (the row, the route table, the report).
QString everything(const CheckResult& result)
{
    return result.summary.render() + '\n' + renderAll(result.evidence).join('\n');
}

QJsonObject firstProbe(const CheckResult& result)
{
    return result.facts.value(QStringLiteral("probes")).toArray().first().toObject();
}

bool offersAllowList(const CheckResult& result)
{
    for (const auto& fix : result.fixes)
        if (fix->id() == QLatin1String("copy-allow-list"))
            return true;
    return false;
}
}  // namespace

TEST_CASE("squid's deny rule: refused by the proxy's rules, and the allow-list is the next step", "[squid][endpoints][proxy]")
{
    const SquidProxy squid(SquidOptions{{kSignIn}, {kSignIn}, {}, {}, nullptr});
    if (!squid.available())
        MARS_SKIP(squid.whyNot().toStdString());
    const CheckResult result = runThrough(squid.address(), {test::httpsProbe(kSignIn, closedPort())});
    INFO(everything(result).toStdString() << '\n' << squid.log().toStdString());
    CHECK(result.status == Status::Fail);
    CHECK(result.finding == findingOf<EndpointsCheck>(EndpointsCheck::Code::ProxyBlocks));
    CHECK(result.summary.render() == QStringLiteral("%1 is refused by the rules of the proxy at %2 (squid/5.7, HTTP 403): ask for the agent's "
                                                    "addresses to be allowed.")
                                         .arg(kSignIn, squid.address()));
    CHECK(everything(result).contains("ERR_ACCESS_DENIED"));
    CHECK(firstProbe(result).value("blockedBy").toObject().value("cause") == "refused");
    CHECK_FALSE(everything(result).contains("reachable in"));
    CHECK(offersAllowList(result));
}

TEST_CASE("squid that cannot connect to the service (ERR_CONNECT_FAIL) has not blocked it", "[squid][endpoints][proxy]")
{
    const SquidProxy squid(SquidOptions{{kSignIn}, {}, {}, {}, nullptr});
    if (!squid.available())
        MARS_SKIP(squid.whyNot().toStdString());
    const CheckResult result = runThrough(squid.address(), {test::httpsProbe(kSignIn, closedPort())});
    INFO(everything(result).toStdString() << '\n' << squid.log().toStdString());
    CHECK(result.status == Status::Fail);
    CHECK(result.finding == findingOf<EndpointsCheck>(EndpointsCheck::Code::ProxyCouldNotReach));
    CHECK(result.summary.render().startsWith(QStringLiteral("The proxy at %1 could not connect to %2 (squid/5.7, HTTP 503, ERR_CONNECT_FAIL 111: "
                                                            "connection refused): it has not blocked it")
                                                 .arg(squid.address(), kSignIn)));
    CHECK_FALSE(everything(result).contains("allowed"));
    CHECK_FALSE(everything(result).contains("blocked by the proxy"));
    CHECK_FALSE(offersAllowList(result));
    CHECK_FALSE(firstProbe(result).value("ok").toBool());
    const QJsonObject blockedBy = firstProbe(result).value("blockedBy").toObject();
    CHECK(blockedBy.value("cause") == "cannot-connect");  // the report's facts say it too, for scripts
    CHECK(blockedBy.value("detail") == "ERR_CONNECT_FAIL 111: connection refused");
}

// squid 5.7 answers a name it cannot resolve with ERR_CANNOT_FORWARD, not ERR_DNS_FAIL (that code is held by
// HttpClassifyTest with the header as squid 4 and 6 send it): what it says is what the verdict says.
TEST_CASE("squid that cannot resolve the name says it could not get through, never a block", "[squid][endpoints][proxy]")
{
    const SquidProxy squid(SquidOptions{{}, {}, {}, {}, nullptr});
    if (!squid.available())
        MARS_SKIP(squid.whyNot().toStdString());
    const CheckResult result = runThrough(squid.address(), {test::httpsProbe(kSignIn, 443)});
    INFO(everything(result).toStdString() << '\n' << squid.log().toStdString());
    CHECK(result.status == Status::Fail);
    CHECK(result.finding == findingOf<EndpointsCheck>(EndpointsCheck::Code::ProxyCouldNotReach));
    CHECK(result.summary.render() == QStringLiteral("The proxy at %1 could not get through to %2 (squid/5.7, HTTP 500, ERR_CANNOT_FORWARD 0: "
                                                    "it could not resolve the name or find a way to the service): the proxy's own route "
                                                    "to the service is the next step.")
                                         .arg(squid.address(), kSignIn));
    CHECK_FALSE(everything(result).contains("allowed"));
    CHECK_FALSE(everything(result).contains("reachable"));
}

TEST_CASE("squid's proxy authentication: the 407 is named, never reachable", "[squid][endpoints][proxy]")
{
    const SquidProxy squid(SquidOptions{{kSignIn}, {}, QStringLiteral("agent"), QStringLiteral("s3cret-pass"), nullptr});  // not a check id
    if (!squid.available())
        MARS_SKIP(squid.whyNot().toStdString());
    LoopbackHttpServer service([](const std::string&) { return LoopbackHttpServer::reply(200, "OK", "{}"); });
    const CheckResult result = runThrough(squid.address(), {test::httpsProbe(kSignIn, service.port())});
    INFO(everything(result).toStdString() << '\n' << squid.log().toStdString());
    CHECK(result.status == Status::Fail);
    CHECK(result.finding == findingOf<EndpointsCheck>(EndpointsCheck::Code::ProxyWantsCredentials));
    CHECK_FALSE(everything(result).contains("reachable in"));
}

TEST_CASE("squid with ssl-bump and the service down: no row calls its error page reachable", "[squid][endpoints][proxy][tls]")
{
    if (!SquidProxy::bumpSupported())
        MARS_SKIP("this squid has no ssl-bump (Debian package squid-openssl)");
    const test::TestChain ca(QStringLiteral("/O=Contoso Squid/CN=Contoso Squid Bump CA"), {});
    REQUIRE(ca.ok);
    const test::TrustedCa trusted(ca.root());
    const SquidProxy squid(SquidOptions{{kSignIn}, {}, {}, {}, &ca});
    if (!squid.available())
        MARS_SKIP(squid.whyNot().toStdString());
    // Two routes side by side (the proxy given, and this account's direct one) and one route alone: every wording.
    const CheckResult sideBySide = runThrough(squid.address(), {test::httpsProbe(kSignIn, closedPort())});
    auto fake = std::make_shared<test::FakePlatform>();
    fake->account = through(squid.address());
    fake->machine = through(squid.address());
    const CheckResult alone = runThrough({}, {test::httpsProbe(kSignIn, closedPort())}, fake);
    for (const CheckResult* result : {&sideBySide, &alone}) {
        INFO(everything(*result).toStdString() << '\n' << squid.log().toStdString());
        CHECK(result->status == Status::Fail);
        CHECK_FALSE(everything(*result).contains("reachable"));
        CHECK(everything(*result).contains("could not connect to the service (squid/5.7, HTTP 503, ERR_CONNECT_FAIL 111: connection refused)"));
        CHECK(everything(*result).contains("Contoso Squid Bump CA"));  // the interception is named too
        CHECK_FALSE(firstProbe(*result).value("ok").toBool());
    }
}

TEST_CASE("an allow-all squid where only the proxy resolves names: the DNS-only names pass through it", "[squid][endpoints][proxy]")
{
    // The test's namespace has loopback only: this computer resolves none of these names; squid does (its hosts file).
    LoopbackHttpServer service([](const std::string&) { return std::string(); });
    const SquidProxy squid(SquidOptions{{kBlob, kQueue}, {}, {}, {}, nullptr});
    if (!squid.available())
        MARS_SKIP(squid.whyNot().toStdString());
    auto fake = std::make_shared<test::FakePlatform>();
    fake->account = through(squid.address());
    fake->machine = through(squid.address());
    const CheckResult result = runThrough({}, {dnsProbe(kBlob, service.port()), dnsProbe(kQueue, service.port())}, fake);
    INFO(everything(result).toStdString() << '\n' << squid.log().toStdString());
    CHECK(result.status == Status::Pass);
    CHECK(result.finding == findingOf<EndpointsCheck>(EndpointsCheck::Code::AllAnswered));
    CHECK(firstProbe(result).value("ok").toBool());
    CHECK(everything(result).contains(QStringLiteral("%1:%2 (storage) - This account: reachable in").arg(kBlob).arg(service.port())));
    CHECK(everything(result).contains(QStringLiteral("%1: this computer cannot resolve the name (").arg(kBlob)));
    CHECK(everything(result).contains("the proxy can"));
}

TEST_CASE("an allow-all squid that cannot resolve a DNS-only name: its answer is the result", "[squid][endpoints][proxy]")
{
    const SquidProxy squid(SquidOptions{{}, {}, {}, {}, nullptr});
    if (!squid.available())
        MARS_SKIP(squid.whyNot().toStdString());
    auto fake = std::make_shared<test::FakePlatform>();
    fake->account = through(squid.address());
    const CheckResult result = runThrough({}, {dnsProbe(kBlob, 443)}, fake);
    INFO(everything(result).toStdString() << '\n' << squid.log().toStdString());
    CHECK(result.status == Status::Fail);
    CHECK(result.summary.render().contains(QStringLiteral("could not get through to %1").arg(kBlob)));
    CHECK_FALSE(everything(result).contains("reachable"));
}

TEST_CASE("a direct route whose names do not resolve is worded as DNS, not as the firewall", "[endpoints][dns]")
{
    // .invalid never resolves (RFC 6761): hermetic in the test's namespace and outside it.
    const CheckResult result = runThrough({}, {dnsProbe(QStringLiteral("blob.core.invalid"), 443), test::httpsProbe(QStringLiteral("login.invalid"), 443)});
    INFO(everything(result).toStdString());
    CHECK(result.status == Status::Fail);
    CHECK(result.finding == findingOf<EndpointsCheck>(EndpointsCheck::Code::NamesUnresolved));
    CHECK(result.summary.render().contains("this computer cannot resolve the service's names"));
    CHECK(result.summary.render().contains("A proxy may be needed"));
    CHECK_FALSE(everything(result).contains("firewall or proxy blocks"));
    CHECK(everything(result).contains("login.invalid (sign-in): name not resolved after"));
}

TEST_CASE("squid with ssl-bump and the service up: reachable, and the inspection named", "[squid][endpoints][proxy][tls]")
{
    if (!SquidProxy::bumpSupported())
        MARS_SKIP("this squid has no ssl-bump (Debian package squid-openssl)");
    const test::TestChain ca(QStringLiteral("/O=Contoso Squid/CN=Contoso Squid Bump CA"), {});
    REQUIRE(ca.ok);
    const test::TrustedCa trusted(ca.root());
    test::LoopbackTlsServer service;  // openssl s_server -www: its own page, HTML
    {
        QTcpSocket check;
        check.connectToHost(QHostAddress::LocalHost, service.port());
        REQUIRE(check.waitForConnected(5000));
    }
    const SquidProxy squid(SquidOptions{{kSignIn}, {}, {}, {}, &ca});
    if (!squid.available())
        MARS_SKIP(squid.whyNot().toStdString());
    EndpointProbe probe = test::httpsProbe(kSignIn, service.port(), QStringLiteral("portal"));
    probe.answersHtml = true;  // the stand-in service answers with a page: no block page to find in it
    const CheckResult result = runThrough(squid.address(), {probe});
    INFO(everything(result).toStdString() << '\n' << squid.log().toStdString());
    CHECK(result.status == Status::Warning);
    CHECK(result.finding == findingOf<EndpointsCheck>(EndpointsCheck::Code::TlsInspected));
    CHECK(result.summary.render() == QStringLiteral("TLS to %1 is inspected by Contoso Squid / Contoso Squid Bump CA.").arg(kSignIn));
    CHECK(firstProbe(result).value("ok").toBool());
    CHECK(everything(result).contains("The proxy given (--proxy): reachable in"));
}
