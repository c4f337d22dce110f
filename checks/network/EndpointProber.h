#pragma once
#include "HostProbe.h"

#include <optional>

namespace mars {

// Probes every endpoint at once in one event loop on the calling (worker) thread. Each stage of each probe has
// stageTimeoutMs, so the whole run ends after about one timeout, not their sum. Without `proxy`, each URL uses
// the system's proxy settings, as the agent's own requests would.
QList<ProbeOutcome> probeEndpoints(const QList<EndpointProbe>& probes, const std::optional<QNetworkProxy>& proxy, int stageTimeoutMs);

}  // namespace mars
