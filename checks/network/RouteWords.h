#pragma once
// A route's words as the reader's language says them ("direct", "proxy host:port", "then"): the probe and the
// report's facts keep the English forms (ProxyRoutes.h), the evidence and the fixes render these.
#include "../Message.h"
#include "checks/platform/NetworkSettings.h"

namespace mars {

class RouteWords {
    MARS_DECLARE_MESSAGES(RouteWords)
public:
    // settingText(), in words: "automatic detection (WPAD), PAC http://wpad/proxy.pac, proxy 10.0.0.1:8080".
    static Message setting(const platform::ProxySetting& setting);
    // A probe's `via` ("proxy a:1 (TCP: refused), then direct"), in words; a part it does not know stays as it is.
    static Message via(const QString& via);
};

}  // namespace mars
