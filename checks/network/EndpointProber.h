#pragma once
#include "HostProbe.h"

#include <optional>

namespace mars {

// One endpoint along one route: the proxies to try in order (a PAC answer may name several, WinHTTP tries the
// next when one cannot be used). Empty: the system's proxy for the URL.
struct ProbeAttempts {
    EndpointProbe probe;
    QList<QNetworkProxy> proxies;
};

// Probes every task at once in one event loop on the calling (worker) thread. Each stage of each probe has
// stageTimeoutMs, so the whole run ends after about one timeout per proxy tried, not their sum over endpoints.
// A failed attempt goes on to the task's next proxy; the outcome is the last attempt's, its `via` naming each
// proxy tried ("proxy a:1 (TCP: refused), then direct").
QList<ProbeOutcome> probeAll(const QList<ProbeAttempts>& tasks, int stageTimeoutMs);

// Every endpoint through `proxy`, or without it each URL's system proxy, as the agent's own requests would.
QList<ProbeOutcome> probeEndpoints(const QList<EndpointProbe>& probes, const std::optional<QNetworkProxy>& proxy, int stageTimeoutMs);

}  // namespace mars
