#include "checks/network/HttpClassify.h"
#include "../support/CatchQt.h"

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
