// Issue 14 parts 5 and 6 against loopback servers: the certificate chain of each HTTPS endpoint is recorded and
// judged against the cloud's roots (an inspecting proxy with its own CA, trusted and not; a Microsoft issuer whose
// root is missing), and a proxy's refusal or block page is named instead of counted as reachable.
#include "checks/network/EndpointProber.h"
#include "checks/registration/EndpointsCheck.h"
#include "tests/support/CatchQt.h"
#include "tests/support/FakePlatform.h"
#include "tests/support/InterceptingProxy.h"
#include "tests/support/LoopbackHttpServer.h"
#include "tests/support/Probes.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

#include <atomic>
#include <thread>

#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace mars;
using test::LoopbackHttpServer;

namespace {
constexpr int kTimeoutMs = 2000;
const QString kSignIn = QStringLiteral("login.partner.microsoftonline.cn");
const QString kInspectorRoot = QStringLiteral("/O=Contoso Inspection/CN=Contoso Inspection Root");
const QString kInspectorIssuer = QStringLiteral("/O=Contoso Inspection/CN=Contoso TLS Inspection CA");
const QString kForgedNames = QStringLiteral("DNS:login.partner.microsoftonline.cn,IP:127.0.0.1");

CheckResult runThrough(const QString& proxy, const EndpointProbe& probe, std::optional<CloudProfile> profile = std::nullopt)
{
    CheckContext context;
    context.inputs.network.stageTimeoutMs = kTimeoutMs;
    context.inputs.network.probes = {probe};
    context.inputs.proxy = proxy;
    if (profile) {
        context.inputs.customProfile = profile;
        context.inputs.cloudId = profile->id;
    }
    return EndpointsCheck(std::make_shared<test::FakePlatform>()).run(context);
}

QJsonObject firstProbe(const CheckResult& result)
{
    return result.facts.value(QStringLiteral("probes")).toArray().first().toObject();
}

QString evidence(const CheckResult& result)
{
    return renderAll(result.evidence).join('\n');
}
}  // namespace

TEST_CASE("an inspecting proxy whose root this computer trusts: reachable, but a Warning that names the inspector", "[endpoints][tls]")
{
    const test::TestChain chain(kInspectorRoot, kInspectorIssuer, kForgedNames);
    REQUIRE(chain.ok);
    const test::TrustedCa trusted(chain.root());
    test::InterceptingProxy proxy(chain, LoopbackHttpServer::reply(404, "Not Found", "{}", "Content-Type: application/json\r\n"));
    const CheckResult result = runThrough(proxy.address(), test::httpsProbe(kSignIn, 443));
    INFO(evidence(result).toStdString());
    CHECK(result.status == Status::Warning);
    CHECK(result.summary.render() == "TLS to login.partner.microsoftonline.cn is inspected by Contoso Inspection / Contoso TLS Inspection CA.");
    const QJsonObject tls = firstProbe(result).value("tls").toObject();  // not a check id
    CHECK(firstProbe(result).value("ok").toBool());
    CHECK(tls.value("verdict") == "inspected");
    CHECK(tls.value("leafSubject") == "loopback");
    CHECK(tls.value("issuer") == "Contoso Inspection / Contoso TLS Inspection CA");
    CHECK(tls.value("rootSubject") == "Contoso Inspection / Contoso Inspection Root");
    CHECK(tls.value("rootSha1") == QString::fromLatin1(chain.root().digest(QCryptographicHash::Sha1).toHex().toUpper()));
    CHECK(tls.value("rootSha256").toString().size() == 64);
    CHECK(evidence(result).contains("may not accept that root"));
}

TEST_CASE("the same inspecting proxy untrusted: the TLS stage fails, named as inspection", "[endpoints][tls]")
{
    const test::TestChain chain(kInspectorRoot, kInspectorIssuer, kForgedNames);
    REQUIRE(chain.ok);
    test::InterceptingProxy proxy(chain, LoopbackHttpServer::reply(200, "OK", "hello"));
    const CheckResult result = runThrough(proxy.address(), test::httpsProbe(kSignIn, 443));
    INFO(evidence(result).toStdString());
    CHECK(result.status == Status::Fail);
    CHECK(result.summary.render().contains("inspected by Contoso Inspection / Contoso TLS Inspection CA"));
    CHECK(firstProbe(result).value("failedAt") == "TLS");
    CHECK(firstProbe(result).value("tls").toObject().value("rootOnComputer") == false);  // not a check id
}

TEST_CASE("a chain that ends at one of the profile's roots is the service: a Pass, chain recorded", "[endpoints][tls]")
{
    const test::TestChain chain(QStringLiteral("/O=Lab/CN=Lab Root"), {}, kForgedNames);
    REQUIRE(chain.ok);
    const test::TrustedCa trusted(chain.root());
    // A custom profile (as --profile gives) that lists the lab's root: this is how a private cloud names its own.
    auto profile = CloudProfiles::parse(QStringLiteral(R"({"id":"lab","name":{"en":"Lab"},"allowList":["*.lab.test"],
        "timeServers":["ntp.lab.test"],"probes":[{"role":"sign-in","kind":"https","host":"login.lab.test"}],
        "trustedRoots":[{"name":"Lab Root","sha1":"%1"}]})")
                                            .arg(QString::fromLatin1(chain.root().digest(QCryptographicHash::Sha1).toHex()))
                                            .toUtf8(),
                                        nullptr);
    REQUIRE(profile);
    test::InterceptingProxy server(chain, LoopbackHttpServer::reply(200, "OK", "<html>the service's own page</html>", "Content-Type: text/html\r\n"));
    const CheckResult result = runThrough({}, test::httpsProbe(QStringLiteral("127.0.0.1"), server.port()), profile);
    INFO(evidence(result).toStdString());
    CHECK(result.status == Status::Pass);
    CHECK(firstProbe(result).value("tls").toObject().value("verdict") == "cloud-root");  // not a check id
    CHECK(evidence(result).contains("root Lab / Lab Root (SHA-1 "));
}

TEST_CASE("a Microsoft issuer whose root is missing: the computer lacks the root, not interception", "[endpoints][tls]")
{
    // The names of Azure's real chain, made here: the root is neither sent nor trusted, as on a computer whose
    // automatic root updates are off.
    const test::TestChain chain(QStringLiteral("/C=US/O=DigiCert Inc/OU=loopback test/CN=DigiCert Global Root G2"),
                                QStringLiteral("/C=US/O=Microsoft Corporation/CN=Microsoft Azure RSA TLS Issuing CA 03"));
    REQUIRE(chain.ok);
    test::InterceptingProxy server(chain, LoopbackHttpServer::reply(200, "OK", "{}"));
    const CheckResult result = runThrough({}, test::httpsProbe(QStringLiteral("127.0.0.1"), server.port()));
    INFO(evidence(result).toStdString());
    CHECK(result.status == Status::Fail);
    CHECK(result.summary.render().contains("lacks the root certificate DigiCert Inc / DigiCert Global Root G2"));
    CHECK_FALSE(result.summary.render().contains("inspect"));
    CHECK(firstProbe(result).value("tls").toObject().value("verdict") == "missing-root");  // not a check id
}

TEST_CASE("a proxy that refuses the tunnel with its headers: blocked by the proxy, with its name and status", "[endpoints][proxy]")
{
    LoopbackHttpServer proxy([](const std::string&) {
        return LoopbackHttpServer::reply(403, "Forbidden", "<html>Access denied by policy</html>",
                                         "Via: 1.1 proxy.corp.test (squid/5.7)\r\nX-Squid-Error: ERR_ACCESS_DENIED 0\r\n");
    });
    const QString at = QStringLiteral("127.0.0.1:%1").arg(proxy.port());
    const CheckResult result = runThrough(at, test::httpsProbe(kSignIn, 443));
    INFO(evidence(result).toStdString());
    CHECK(result.status == Status::Fail);
    CHECK(result.summary.render() ==
          QStringLiteral("%1 is refused by the rules of the proxy at %2 (squid/5.7, HTTP 403): ask for the agent's addresses to be allowed.").arg(kSignIn, at));
    const QJsonObject blocked = firstProbe(result).value("blockedBy").toObject();
    CHECK(blocked.value("proxy") == at);
    CHECK(blocked.value("status") == 403);
    CHECK_FALSE(firstProbe(result).value("ok").toBool());
}

TEST_CASE("a 502 to CONNECT from a gateway without proxy headers is still the proxy's answer", "[endpoints][proxy]")
{
    LoopbackHttpServer proxy([](const std::string&) { return LoopbackHttpServer::reply(502, "Bad Gateway", "", "Proxy-Agent: ContosoGate/9\r\n"); });
    const CheckResult result = runThrough(QStringLiteral("127.0.0.1:%1").arg(proxy.port()), test::httpsProbe(kSignIn, 443));
    CHECK(result.status == Status::Fail);
    CHECK(result.summary.render().contains("(ContosoGate/9, HTTP 502)"));
}

TEST_CASE("block pages inside an inspected session are the proxy's, not the service", "[endpoints][proxy]")
{
    const test::TestChain chain(kInspectorRoot, kInspectorIssuer, kForgedNames);
    REQUIRE(chain.ok);
    const test::TrustedCa trusted(chain.root());
    const auto [answer, expected] = GENERATE(table<std::string, const char*>({
        {LoopbackHttpServer::reply(403, "Forbidden", "denied", "Via: 1.1 swg.corp.test (Contoso-SWG)\r\n"), "(Contoso-SWG, HTTP 403)"},
        {LoopbackHttpServer::reply(200, "OK", "<!DOCTYPE html><html>This site is blocked</html>"), "HTTP 200"},
        {LoopbackHttpServer::reply(302, "Found", "", "Location: https://block.corp.test/denied?url=x\r\n"), "HTTP 302"},
    }));
    test::InterceptingProxy proxy(chain, answer);
    const CheckResult result = runThrough(proxy.address(), test::httpsProbe(kSignIn, 443));
    INFO(evidence(result).toStdString());
    CHECK(result.status == Status::Fail);
    CHECK(result.summary.render().contains("the proxy at 127.0.0.1:"));  // blocked, or refused by its rules (a 403)
    CHECK(result.summary.render().contains(expected));
    CHECK(firstProbe(result).value("blockedBy").toObject().value("proxy") == proxy.address());
    CHECK(evidence(result).contains("not answered by the service"));
}

TEST_CASE("a transparent interceptor's redirect names the host it sends the user to", "[endpoints][proxy]")
{
    const test::TestChain chain(kInspectorRoot, kInspectorIssuer, kForgedNames);
    REQUIRE(chain.ok);
    const test::TrustedCa trusted(chain.root());
    test::InterceptingProxy interceptor(chain, LoopbackHttpServer::reply(307, "Temporary Redirect", "", "Location: http://portal.corp.test/\r\n"));
    const CheckResult result = runThrough({}, test::httpsProbe(QStringLiteral("127.0.0.1"), interceptor.port()));
    CHECK(result.status == Status::Fail);
    CHECK(result.summary.render().contains("blocked by the proxy at portal.corp.test (HTTP 307)"));
}

TEST_CASE("the NCSI probe through a proxy that refuses with its headers names the proxy", "[endpoints][proxy]")
{
    LoopbackHttpServer proxy([](const std::string&) {
        return LoopbackHttpServer::reply(403, "Forbidden", "", "Via: 1.1 proxy.corp.test (squid/5.7)\r\n");
    });
    const CheckResult result = runThrough(QStringLiteral("127.0.0.1:%1").arg(proxy.port()), test::ncsiProbe("http://www.msftncsi.com/ncsi.txt"));
    INFO(evidence(result).toStdString());
    CHECK(result.status == Status::Warning);  // the connectivity probe is a signal, not the agent's own traffic
    CHECK(result.summary.render().contains("http://www.msftncsi.com/ncsi.txt is refused by the rules of the proxy at 127.0.0.1:"));
    CHECK_FALSE(evidence(result).contains(QStringLiteral("\n: ")));  // every line names the URL (issue 24, item 5)
    CHECK(evidence(result).contains("http://www.msftncsi.com/ncsi.txt: refused by the rules of the proxy at 127.0.0.1:"));
}

namespace {
// A proxy that answers 200 and then sends body bytes for as long as the client reads them: it counts what it got out.
class EndlessBodyServer {
public:
    EndlessBodyServer()
    {
        m_socket = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        bind(m_socket, reinterpret_cast<sockaddr*>(&address), sizeof address);
        listen(m_socket, 8);
        socklen_t length = sizeof address;
        getsockname(m_socket, reinterpret_cast<sockaddr*>(&address), &length);
        m_port = ntohs(address.sin_port);
        m_thread = std::thread([this] { serve(); });
    }
    ~EndlessBodyServer()
    {
        m_stop = true;
        m_thread.join();
        close(m_socket);
    }
    std::uint16_t port() const { return m_port; }
    qint64 sent() const { return m_sent; }

private:
    void serve()
    {
        while (!m_stop) {
            pollfd waiting{m_socket, POLLIN, 0};
            if (poll(&waiting, 1, 50) <= 0)
                continue;
            const int client = accept(m_socket, nullptr, nullptr);
            if (client < 0)
                continue;
            char buffer[2048];
            recv(client, buffer, sizeof buffer, 0);
            const std::string head = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n";
            send(client, head.data(), head.size(), MSG_NOSIGNAL);
            const std::string chunk(64 * 1024, 'A');
            while (!m_stop) {
                pollfd writable{client, POLLOUT, 0};
                if (poll(&writable, 1, 50) <= 0)
                    continue;
                const ssize_t size = send(client, chunk.data(), chunk.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
                if (size < 0 && errno != EAGAIN)
                    break;  // the client hung up
                if (size > 0)
                    m_sent += size;
            }
            close(client);
        }
    }
    int m_socket = -1;
    std::uint16_t m_port = 0;
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_sent{0};
    std::thread m_thread;
};

qint64 peakKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const auto match = QRegularExpression(QStringLiteral("VmHWM:\\s*(\\d+) kB")).match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}
}  // namespace

TEST_CASE("the NCSI probe through a proxy that sends an endless body reads 4 KB, hangs up and gives its verdict", "[endpoints][proxy]")
{
    EndlessBodyServer proxy;
    const qint64 peakBefore = peakKb();
    const CheckResult result = runThrough(QStringLiteral("127.0.0.1:%1").arg(proxy.port()), test::ncsiProbe("http://www.msftncsi.com/ncsi.txt"));
    INFO(evidence(result).toStdString());
    // The verdict is the answer's: not the expected text, so a portal or a proxy answered; not a timeout.
    CHECK(result.status == Status::Warning);
    CHECK(evidence(result).contains("answered \"AAAA"));
    CHECK_FALSE(evidence(result).contains("timed out"));
    // What was taken from the proxy stays within the read buffer and the sockets' own: never the endless rest.
    CHECK(proxy.sent() < 16 * 1024 * 1024);
    if (peakBefore > 0)
        CHECK(peakKb() - peakBefore < 64 * 1024);
}
