// A route's words are rendered in the reader's language, from the English forms the probe and the facts keep;
// English renders exactly those forms again, and a part it does not know is shown as it is.
#include "checks/network/ProxyRoutes.h"
#include "checks/network/RouteWords.h"
#include "tests/support/CatchQt.h"

using namespace mars;

TEST_CASE("a probe's via, in words: each attempt, its failure, and what came next", "[routes][words]")
{
    CHECK(RouteWords::via(QStringLiteral("direct")).render() == QStringLiteral("direct"));
    CHECK(RouteWords::via(QStringLiteral("proxy 10.0.0.1:8080")).render() == QStringLiteral("proxy 10.0.0.1:8080"));
    const QString chain = QStringLiteral("proxy a.contoso.com:3128 (TCP: Connection refused), then proxy [::1]:8080 (TLS: no answer within 1000 ms), then direct");
    CHECK(RouteWords::via(chain).render() == chain);
    CHECK(RouteWords::via(QStringLiteral("something new")).render() == QStringLiteral("something new"));
    CHECK(RouteWords::via(QString()).render().isEmpty());
}

TEST_CASE("a proxy setting in words, and settingText (the facts' English form)", "[routes][words]")
{
    platform::ProxySetting setting;
    setting.known = true;
    CHECK(settingText(setting) == QStringLiteral("direct"));
    setting.autoDetect = true;
    setting.autoConfigUrl = "http://wpad/proxy.pac";
    setting.proxy = "10.0.0.1:8080";
    setting.bypass = "<local>";
    CHECK(RouteWords::setting(setting).render() == settingText(setting));
    CHECK(RouteWords::setting(setting).render() ==
          QStringLiteral("automatic detection (WPAD), PAC http://wpad/proxy.pac, proxy 10.0.0.1:8080 (bypass <local>)"));
}
