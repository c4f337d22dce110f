#include "checks/network/HttpClassify.h"
#include "tests/support/CatchQt.h"

using namespace mars;

TEST_CASE("HTTP status lines", "[http]")
{
    CHECK(parseStatusLine("HTTP/1.1 200 OK") == 200);
    CHECK(parseStatusLine("HTTP/1.0 407 Proxy Authentication Required") == 407);
    CHECK(parseStatusLine("HTTP/2 404") == 404);
    CHECK(parseStatusLine("HTTP/1.1 302\r\n") == 302);
    CHECK_FALSE(parseStatusLine("").has_value());
    CHECK_FALSE(parseStatusLine("HTTP/1.1").has_value());
    CHECK_FALSE(parseStatusLine("HTTP/1.1 20").has_value());
    CHECK_FALSE(parseStatusLine("HTTP/1.1 2000 OK").has_value());
    CHECK_FALSE(parseStatusLine("HTTP/1.1 abc").has_value());
    CHECK_FALSE(parseStatusLine("HTTP/1.1 099 Low").has_value());
    CHECK_FALSE(parseStatusLine("SSH-2.0-OpenSSH").has_value());
    CHECK_FALSE(parseStatusLine("HTTP/1.1  200 OK").has_value());
}

TEST_CASE("NCSI answers: the exact text passes, everything else says what answered", "[http]")
{
    const QString expected = QStringLiteral("Microsoft NCSI");
    CHECK(classifyNcsi(200, {}, "Microsoft NCSI", expected).ok);
    CHECK(classifyNcsi(200, {}, "Microsoft NCSI\r\n", expected).ok);
    NcsiVerdict v = classifyNcsi(200, {}, "<html>hotel login</html>", expected);
    CHECK_FALSE(v.ok);
    CHECK(v.interception);
    v = classifyNcsi(302, QStringLiteral("http://portal.example/"), {}, expected);
    CHECK(v.interception);
    CHECK(v.error.contains("portal.example"));
    v = classifyNcsi(407, {}, {}, expected);
    CHECK(v.proxyAuthentication);
    CHECK_FALSE(v.interception);
    v = classifyNcsi(403, {}, "Forbidden by policy", expected);
    CHECK(v.interception);
    CHECK(v.error.contains("HTTP 403"));
    CHECK_FALSE(classifyNcsi(0, {}, {}, expected).ok);
}

TEST_CASE("answer heads: parsed within their limits, refused past them", "[http]")
{
    HttpHead head;
    qsizetype length = 0;
    CHECK(parseHttpHead("HTTP/1.1 403 Forbidden\r\nVia: 1.1 p (squid)\r\nX-Squid-Error: ERR\r\n\r\nbody", &head, &length) == HeadParse::Complete);
    CHECK(head.status == 403);
    CHECK(head.value("via") == "1.1 p (squid)");
    CHECK(head.value("x-squid-error") == "ERR");
    CHECK(length == 66);
    CHECK(parseHttpHead("HTTP/1.1 200 OK\r\nA: b\r\n", &head) == HeadParse::NeedMore);
    CHECK(parseHttpHead("HTTP/1.1 2", &head) == HeadParse::NeedMore);
    CHECK(parseHttpHead("SSH-2.0-OpenSSH\r\n\r\n", &head) == HeadParse::Invalid);
    CHECK(parseHttpHead("HTTP/1.1 200 OK\r\nno colon here\r\n\r\n", &head) == HeadParse::Invalid);
    CHECK(parseHttpHead("HTTP/1.1 200 OK\r\nBad Name: x\r\n\r\n", &head) == HeadParse::Invalid);
    QByteArray many = "HTTP/1.1 200 OK\r\n";
    for (int i = 0; i <= HttpHead::kMaxHeaders; ++i)
        many += "X-" + QByteArray::number(i) + ": v\r\n";
    CHECK(parseHttpHead(many + "\r\n", &head) == HeadParse::Invalid);
    const QByteArray endless = "HTTP/1.1 200 OK\r\nX-Long: " + QByteArray(HttpHead::kMaxBytes, 'a');
    CHECK(parseHttpHead(endless, &head) == HeadParse::Invalid);
    CHECK(parseHttpHead(QByteArray(HttpHead::kMaxBytes + 1, 'H'), &head) == HeadParse::Invalid);
}

TEST_CASE("proxy headers and names: Via and Proxy-* and X-Squid-Error - printable and bounded", "[http]")
{
    HttpHead head;
    head.headers = {{"server", "nginx"}};
    CHECK_FALSE(carriesProxyHeaders(head));
    CHECK(proxyNameOf(head).isEmpty());  // a Server header alone is the service's own
    head.headers = {{"via", "1.1 gw.corp (Contoso\x01Gate)"}};
    CHECK(carriesProxyHeaders(head));
    CHECK(proxyNameOf(head) == "Contoso?Gate");
    head.headers = {{"x-squid-error", "ERR_ACCESS_DENIED 0"}};
    CHECK(proxyNameOf(head) == "Squid");
    head.headers = {{"proxy-agent", QByteArray(500, 'z')}};
    CHECK(proxyNameOf(head).size() == 80);
}

TEST_CASE("the proxy's answer to CONNECT and the answers inside an inspected session", "[http]")
{
    HttpHead head;
    head.status = 200;
    CHECK_FALSE(classifyTunnelAnswer(head, "p:8080").blocked);
    head.status = 407;
    CHECK(classifyTunnelAnswer(head, "p:8080").credentials);
    CHECK_FALSE(classifyTunnelAnswer(head, "p:8080").blocked);
    head.status = 403;
    const ProxyBlock refused = classifyTunnelAnswer(head, "p:8080");
    CHECK(refused.blocked);
    CHECK(refused.at == "p:8080");

    HttpHead inside;
    inside.status = 503;
    CHECK_FALSE(classifyInspectedAnswer(inside, {}, "login.test", false, {}).blocked);  // no proxy headers: the service's 503
    inside.headers = {{"via", "1.1 swg.corp.test:3128 (SWG)"}};
    ProxyBlock block = classifyInspectedAnswer(inside, {}, "login.test", false, {});
    CHECK(block.blocked);
    CHECK(block.at == "swg.corp.test:3128");
    CHECK(block.name == "SWG");
    inside = HttpHead{302, {{"location", "https://login.test/elsewhere"}}};
    CHECK_FALSE(classifyInspectedAnswer(inside, {}, "login.test", false, {}).blocked);  // the same host
    inside = HttpHead{302, {{"location", "/relative"}}};
    CHECK_FALSE(classifyInspectedAnswer(inside, {}, "login.test", false, {}).blocked);
    inside = HttpHead{301, {{"location", "http://block.corp.test/"}}};
    block = classifyInspectedAnswer(inside, {}, "login.test", false, {});
    CHECK(block.blocked);
    CHECK(block.at == "block.corp.test");
    inside = HttpHead{200, {{"content-type", "text/html; charset=utf-8"}}};
    CHECK(classifyInspectedAnswer(inside, {}, "login.test", false, "p:1").blocked);
    CHECK_FALSE(classifyInspectedAnswer(inside, {}, "www.microsoft.com", true, "p:1").blocked);  // its own page
    inside = HttpHead{200, {}};
    CHECK(classifyInspectedAnswer(inside, "  <HTML><body>blocked", "login.test", false, {}).blocked);
    CHECK_FALSE(classifyInspectedAnswer(inside, "{\"error\":1}", "login.test", false, {}).blocked);
}

TEST_CASE("the proxy's own cause: X-Squid-Error first, then RFC 9209 Proxy-Status, then the status", "[http][proxy-cause]")
{
    const auto cause = [](QList<std::pair<QByteArray, QByteArray>> headers, int status, QString* detail = nullptr) {
        HttpHead head;
        head.status = status;
        head.headers = std::move(headers);
        return proxyCauseOf(head, detail);
    };
    QString detail;
    CHECK(cause({{"x-squid-error", "ERR_ACCESS_DENIED 0"}}, 403) == ProxyCause::Refused);
    CHECK(cause({{"x-squid-error", "ERR_CONNECT_FAIL 111"}}, 503, &detail) == ProxyCause::CannotConnect);
    CHECK(detail == "ERR_CONNECT_FAIL 111: connection refused");
    CHECK(cause({{"x-squid-error", "ERR_CONNECT_FAIL 110"}}, 503) == ProxyCause::TimedOut);
    CHECK(cause({{"x-squid-error", "ERR_DNS_FAIL 0"}}, 503, &detail) == ProxyCause::CannotResolve);
    CHECK(detail == "ERR_DNS_FAIL 0");
    CHECK(cause({{"x-squid-error", "ERR_READ_TIMEOUT 0"}}, 504) == ProxyCause::TimedOut);
    CHECK(cause({{"x-squid-error", "ERR_CACHE_ACCESS_DENIED 0"}}, 407) == ProxyCause::Credentials);
    CHECK(cause({{"x-squid-error", "ERR_CANNOT_FORWARD 0"}}, 500) == ProxyCause::Unreachable);
    // The squid header wins over a Proxy-Status that says otherwise.
    CHECK(cause({{"proxy-status", "edge; error=http_request_denied"}, {"x-squid-error", "ERR_DNS_FAIL 0"}}, 503) == ProxyCause::CannotResolve);
    CHECK(cause({{"proxy-status", "cdn.example; error=dns_error; rcode=NXDOMAIN"}}, 502, &detail) == ProxyCause::CannotResolve);
    CHECK(detail == "Proxy-Status error=dns_error");
    CHECK(cause({{"proxy-status", "swg; error=connection_refused"}}, 502) == ProxyCause::CannotConnect);
    CHECK(cause({{"proxy-status", "swg; error=connection_timeout"}}, 504) == ProxyCause::TimedOut);
    CHECK(cause({{"proxy-status", "swg; error=http_request_denied; details=\"policy\""}}, 403) == ProxyCause::Refused);
    CHECK(cause({{"proxy-status", "outer, inner; error=destination_not_found"}}, 502) == ProxyCause::CannotResolve);
    CHECK(cause({{"proxy-status", "swg; error=\x01\x02"}}, 502, &detail) == ProxyCause::Unreachable);
    CHECK(detail == "Proxy-Status error=??");  // printable only
    CHECK(cause({{"via", "1.1 gw"}}, 403) == ProxyCause::Refused);
    CHECK(cause({{"via", "1.1 gw"}}, 504) == ProxyCause::TimedOut);
    CHECK(cause({{"via", "1.1 gw"}}, 502) == ProxyCause::Unknown);
    // The tunnel's answer carries the cause and says it in its reason.
    HttpHead head;
    head.status = 503;
    head.headers = {{"server", "squid/5.7"}, {"x-squid-error", "ERR_CONNECT_FAIL 111"}};
    const ProxyBlock block = classifyTunnelAnswer(head, QStringLiteral("127.0.0.1:3128"));
    CHECK(block.blocked);
    CHECK(block.couldNotReach());
    CHECK(block.name == "squid/5.7");
    CHECK(block.reason == "the proxy could not connect to the service (HTTP 503, ERR_CONNECT_FAIL 111: connection refused)");
}
