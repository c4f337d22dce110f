// Proxy strings as Windows keeps them and PAC answers, turned into the proxies a route tries for one URL.
#include "checks/network/ProxyRoutes.h"
#include "tests/support/CatchQt.h"
#include "tests/support/FakePlatform.h"

using namespace mars;

namespace {
QString for_(const QString& proxy, const QString& bypass, const char* url)
{
    return proxyName(staticProxyFor(proxy, bypass, QUrl(QString::fromLatin1(url))));
}
}  // namespace

TEST_CASE("a WinINET proxy string: one proxy for all, or one per scheme", "[routes]")
{
    CHECK(for_("10.0.0.1:8080", "", "https://login.example/") == "proxy 10.0.0.1:8080");
    CHECK(for_("http=web:80;https=secure:8443", "", "https://login.example/") == "proxy secure:8443");
    CHECK(for_("http=web:80;https=secure:8443", "", "http://www.msftncsi.com/ncsi.txt") == "proxy web:80");
    CHECK(for_("ftp=files:21", "", "https://login.example/") == "direct");  // no entry for https: direct
    CHECK(for_("http=http://user-free.example:3128/", "", "http://a.example/") == "proxy user-free.example:3128");
    CHECK(for_("", "", "https://login.example/") == "direct");
}

TEST_CASE("the bypass list: <local>, wildcards and no_proxy's .suffix", "[routes]")
{
    CHECK(for_("p:1", "<local>", "https://intranet/") == "direct");
    CHECK(for_("p:1", "<local>", "https://login.example/") == "proxy p:1");
    CHECK(for_("p:1", "*.chinacloudapi.cn;10.*", "https://management.chinacloudapi.cn/") == "direct");
    CHECK(for_("p:1", "*.chinacloudapi.cn;10.*", "https://10.1.2.3/") == "direct");
    CHECK(for_("p:1", "*.chinacloudapi.cn", "https://login.partner.microsoftonline.cn/") == "proxy p:1");
    CHECK(for_("p:1", ".corp.example,localhost", "https://a.corp.example/") == "direct");
}

TEST_CASE("entries of a PAC answer: PROXY, DIRECT, a missing port is 80, nonsense refused", "[routes]")
{
    CHECK(proxyName(*parseProxyEntry(QStringLiteral("PROXY a.example:3128"))) == "proxy a.example:3128");
    CHECK(proxyName(*parseProxyEntry(QStringLiteral("DIRECT"))) == "direct");
    CHECK(proxyName(*parseProxyEntry(QStringLiteral("a.example"))) == "proxy a.example:80");
    CHECK_FALSE(parseProxyEntry(QStringLiteral("a b c")));
    CHECK_FALSE(parseProxyEntry(QStringLiteral("a.example:99999")));
}

TEST_CASE("a PAC answer's proxies are tried in its order, and no answer falls back to the static proxy", "[routes]")
{
    test::FakePlatform fake;
    ProxyRoute route{RouteKind::Account, {}};
    route.setting.known = true;
    route.setting.autoConfigUrl = "http://127.0.0.1:1/proxy.pac";
    route.setting.proxy = "static:8080";
    fake.pacAnswers["https://login.example/"] = {"first:3128", "second:3128", ""};
    QString note;
    const QList<QNetworkProxy> proxies = proxiesFor(route, QUrl(QStringLiteral("https://login.example/")), fake, 1000, &note);
    REQUIRE(proxies.size() == 3);
    CHECK(proxyName(proxies[0]) == "proxy first:3128");
    CHECK(proxyName(proxies[1]) == "proxy second:3128");
    CHECK(proxyName(proxies[2]) == "direct");
    CHECK(note == "PAC: proxy first:3128, then proxy second:3128, then direct");

    const QList<QNetworkProxy> fallback = proxiesFor(route, QUrl(QStringLiteral("https://other.example/")), fake, 1000, &note);
    REQUIRE(fallback.size() == 1);
    CHECK(proxyName(fallback[0]) == "proxy static:8080");
    CHECK(note.contains("no answer"));
    CHECK(fake.pacQueries == std::vector<std::string>{"https://login.example/", "https://other.example/"});
}

TEST_CASE("the portable build's account route is the proxy environment, without its credentials", "[routes]")
{
    qputenv("https_proxy", "http://alice:s3cret@envproxy.example:3128/");
    qputenv("no_proxy", ".corp.example");
    const auto settings = platform::makeSystemNetworkSettings();
    const platform::ProxySetting account = settings->accountProxy();
    qunsetenv("https_proxy");
    qunsetenv("no_proxy");
    CHECK(account.known);
    CHECK(account.proxy == "https=envproxy.example:3128");
    CHECK(account.proxy.find("s3cret") == std::string::npos);
    CHECK(account.bypass == ".corp.example");
    CHECK(settings->machineProxy().absentBecause == "there is no WinHTTP on this system");
}
