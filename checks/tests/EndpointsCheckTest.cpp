// The endpoint check against loopback servers: each stage's failure must be reported as that stage.
#include "checks/clock/ClockSources.h"
#include "checks/network/EndpointProber.h"
#include "checks/registration/EndpointsCheck.h"
#include "tests/support/CatchQt.h"
#include "tests/support/FakePlatform.h"
#include "tests/support/LoopbackHttpServer.h"
#include "tests/support/LoopbackTlsServer.h"

#include <QElapsedTimer>
#include <QUdpSocket>

using namespace mars;
using test::LoopbackHttpServer;

namespace {
constexpr int kTimeoutMs = 1000;

EndpointProbe https(const QString& host, quint16 port, const QString& role = QStringLiteral("sign-in"))
{
    EndpointProbe probe;
    probe.role = role;
    probe.kind = QStringLiteral("https");
    probe.host = host;
    probe.port = port;
    return probe;
}

EndpointProbe ncsi(const std::string& url)
{
    EndpointProbe probe;
    probe.role = QStringLiteral("connectivity");
    probe.kind = QStringLiteral("ncsi");
    probe.url = QString::fromStdString(url);
    probe.expect = QStringLiteral("Microsoft NCSI");
    return probe;
}

ProbeOutcome probeOne(const EndpointProbe& probe, std::optional<QNetworkProxy> proxy = QNetworkProxy(QNetworkProxy::NoProxy))
{
    return probeEndpoints({probe}, proxy, kTimeoutMs).first();
}

quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();  // closed again when this returns
}
}  // namespace

TEST_CASE("NCSI: the exact body passes - another body or a redirect is a captive portal, not a block", "[endpoints]")
{
    LoopbackHttpServer good([](const std::string&) { return LoopbackHttpServer::reply(200, "OK", "Microsoft NCSI"); });
    CHECK(probeOne(ncsi(good.url("/ncsi.txt"))).ok());

    LoopbackHttpServer portal([](const std::string&) { return LoopbackHttpServer::reply(200, "OK", "<html>Please log in to the hotel Wi-Fi</html>"); });
    ProbeOutcome outcome = probeOne(ncsi(portal.url("/ncsi.txt")));
    CHECK(outcome.failedAt == ProbeStage::Http);
    CHECK(outcome.interception);
    CHECK(outcome.error.contains("captive portal"));

    LoopbackHttpServer redirect([](const std::string&) { return LoopbackHttpServer::reply(302, "Found", "", "Location: http://portal.example/\r\n"); });
    outcome = probeOne(ncsi(redirect.url("/ncsi.txt")));
    CHECK(outcome.interception);
    CHECK(outcome.error.contains("redirected to http://portal.example/"));
}

TEST_CASE("a name that does not resolve fails at DNS", "[endpoints]")
{
    const ProbeOutcome outcome = probeOne(https(QStringLiteral("no-such-host.invalid"), 443));
    CHECK(outcome.failedAt == ProbeStage::Dns);
    CHECK(outcome.via == "direct");
}

TEST_CASE("a closed port fails at TCP", "[endpoints]")
{
    const ProbeOutcome outcome = probeOne(https(QStringLiteral("127.0.0.1"), closedPort()));
    CHECK(outcome.failedAt == ProbeStage::Tcp);
    CHECK(outcome.error.contains("refused", Qt::CaseInsensitive));
}

TEST_CASE("a port that accepts and never answers fails at TLS after one timeout", "[endpoints]")
{
    LoopbackHttpServer silent([](const std::string&) { return std::string(); });
    const ProbeOutcome outcome = probeOne(https(QStringLiteral("127.0.0.1"), silent.port()));
    CHECK(outcome.failedAt == ProbeStage::Tls);
    CHECK(outcome.error.contains("no answer within 1000 ms"));
}

TEST_CASE("a self-signed certificate fails at TLS and is flagged as interception", "[endpoints]")
{
    test::LoopbackTlsServer tls;
    const ProbeOutcome outcome = probeOne(https(QStringLiteral("127.0.0.1"), tls.port()));
    INFO(outcome.error.toStdString());
    CHECK(outcome.failedAt == ProbeStage::Tls);
    CHECK(outcome.interception);
    CHECK_FALSE(outcome.certificateTimeProblem);
}

TEST_CASE("a trusted TLS endpoint that answers HTTP passes every stage", "[endpoints]")
{
    test::LoopbackTlsServer tls;
    tls.trust();
    const ProbeOutcome outcome = probeOne(https(QStringLiteral("127.0.0.1"), tls.port()));
    INFO(outcome.error.toStdString());
    CHECK(outcome.ok());
}

TEST_CASE("a proxy that answers 407 is reported as asking for credentials, and the probe names the proxy", "[endpoints]")
{
    LoopbackHttpServer proxy([](const std::string&) {
        return LoopbackHttpServer::reply(407, "Proxy Authentication Required", "", "Proxy-Authenticate: Basic realm=\"corp\"\r\n");
    });
    const QNetworkProxy http(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port());
    ProbeOutcome outcome = probeOne(https(QStringLiteral("login.partner.microsoftonline.cn"), 443), http);
    CHECK(outcome.proxyAuthentication);
    CHECK(outcome.via == QStringLiteral("proxy 127.0.0.1:%1").arg(proxy.port()));
    CHECK(proxy.requests() >= 1);

    outcome = probeOne(ncsi("http://www.msftncsi.com/ncsi.txt"), http);
    CHECK(outcome.proxyAuthentication);
    CHECK(outcome.error.contains("407"));

    auto fake = std::make_shared<test::FakePlatform>();
    CheckContext context;
    context.inputs.network.probes = {https(QStringLiteral("login.partner.microsoftonline.cn"), 443)};
    context.inputs.proxy = QStringLiteral("127.0.0.1:%1").arg(proxy.port());
    context.inputs.network.stageTimeoutMs = kTimeoutMs;
    const CheckResult result = EndpointsCheck(fake).run(context);
    CHECK(result.status == Status::Fail);
    CHECK(result.summary.render().contains("407"));
}

TEST_CASE("the check's verdict: all reachable passes - a blocked essential host fails with the fixes", "[endpoints]")
{
    LoopbackHttpServer good([](const std::string&) { return LoopbackHttpServer::reply(200, "OK", "Microsoft NCSI"); });
    auto fake = std::make_shared<test::FakePlatform>();
    CheckContext context;
    context.inputs.network.stageTimeoutMs = kTimeoutMs;
    context.inputs.network.probes = {ncsi(good.url("/ncsi.txt"))};
    CheckResult result = EndpointsCheck(fake).run(context);
    CHECK(result.status == Status::Pass);
    CHECK(result.summary.render() == "Every service address answered (1 probed).");

    context.inputs.network.probes << https(QStringLiteral("127.0.0.1"), closedPort(), QStringLiteral("storage"));
    result = EndpointsCheck(fake).run(context);
    CHECK(result.status == Status::Fail);
    CHECK(result.summary.render().contains("1 of 2 service addresses cannot be reached"));
    CHECK(renderAll(result.evidence).join('\n').contains("blocked at TCP"));
    CHECK(renderAll(result.evidence).join('\n').contains("*.chinacloudapi.cn"));
    CHECK(renderAll(result.evidence).join('\n').contains("appear copied from the global page"));
    REQUIRE(result.fixes.size() == 3);
    CHECK(result.fixes[0]->id() == "copy-allow-list");
    CHECK_FALSE(result.fixes[0]->changesSystem());
    FixProgress progress;
    const FixOutcome copied = result.fixes[0]->apply(context, progress);
    CHECK(copied.clipboardText.split('\n').contains("*.partner.microsoftonline.cn"));
    CHECK(result.fixes[1]->id() == "open-proxy-settings");
    CHECK(result.fixes[2]->id() == "retry");
}

TEST_CASE("only the connectivity probe failing is a warning", "[endpoints]")
{
    LoopbackHttpServer portal([](const std::string&) { return LoopbackHttpServer::reply(200, "OK", "hello"); });
    CheckContext context;
    context.inputs.network.stageTimeoutMs = kTimeoutMs;
    context.inputs.network.probes = {ncsi(portal.url("/ncsi.txt"))};
    const CheckResult result = EndpointsCheck(std::make_shared<test::FakePlatform>()).run(context);
    CHECK(result.status == Status::Warning);
    CHECK(result.summary.render().contains("captive portal"));
}

// No absolute time here (the suite also runs under ASan, two at once): each hostile server is timed against a server
// that never answers at all, measured in the same run, whose wait is exactly one timeout. A transfer timeout that
// restarted on every byte would make the drip run for ever; twice the baseline leaves room for the machine's load.
TEST_CASE("timeouts hold against a slow-drip server: each probe ends about when a silent server's does", "[endpoints][hostile]")
{
    LoopbackHttpServer silent([](const std::string&) { return std::string(); });
    QElapsedTimer clock;
    clock.start();
    CHECK_FALSE(probeOne(ncsi(silent.url("/ncsi.txt"))).ok());
    const qint64 baseline = std::max<qint64>(clock.elapsed(), 1);

    // Answers one byte at a time, forever.
    LoopbackHttpServer drip([](const std::string&) { return std::string("HTTP/1.1 200 OK\r\nX-Slow: "); }, 100);
    clock.restart();
    const ProbeOutcome outcome = probeOne(ncsi(drip.url("/ncsi.txt")));
    const qint64 elapsed = clock.elapsed();
    INFO("drip " << elapsed << " ms, silent server " << baseline << " ms");
    CHECK_FALSE(outcome.ok());
    CHECK(outcome.error.contains("no answer within"));
    CHECK(outcome.elapsedMs >= kTimeoutMs);  // one line's two times agree: never "after 1915 ms ... no answer within 2000 ms"
    CHECK(elapsed <= 2 * baseline);

    // The same drip against the HTTPS probe's HTTP stage and the clock's HTTP Date.
    LoopbackHttpServer dripDate([](const std::string&) { return std::string("HTTP/1.1 200 OK\r\nDate: "); }, 100);
    clock.restart();
    const TimeSample sample = sampleHttpDate(QUrl(QString::fromStdString(dripDate.url())), kTimeoutMs);
    const qint64 dateElapsed = clock.elapsed();
    INFO("HTTP Date drip " << dateElapsed << " ms");
    CHECK_FALSE(sample.ok);
    CHECK(dateElapsed <= 2 * baseline);
}

TEST_CASE("a silent UDP time server ends the SNTP sample about when its timeout does", "[clock][hostile]")
{
    QUdpSocket silent;  // bound, never answers: the datagram is dropped
    REQUIRE(silent.bind(QHostAddress::LocalHost, 0));
    // The baseline: a socket's own wait of the same length, in the same run.
    QUdpSocket waiting;
    REQUIRE(waiting.bind(QHostAddress::LocalHost, 0));
    QElapsedTimer clock;
    clock.start();
    CHECK_FALSE(waiting.waitForReadyRead(800));
    const qint64 baseline = std::max<qint64>(clock.elapsed(), 1);
    clock.restart();
    const TimeSample sample = sampleSntp(QStringLiteral("127.0.0.1:%1").arg(silent.localPort()), 800);
    const qint64 elapsed = clock.elapsed();
    INFO("SNTP " << elapsed << " ms, a plain 800 ms wait " << baseline << " ms");
    CHECK_FALSE(sample.ok);
    CHECK(sample.error.contains("no answer"));
    CHECK(elapsed <= 2 * baseline);
}
