#pragma once
// Which routes there are to probe, what each tries for every endpoint, which of them are one and the same, and
// which one the agent will take. Data only: EndpointsCheck says it in words.
#include "EndpointProber.h"
#include "ProxyRoutes.h"
#include "SystemProbe.h"

namespace mars {

struct PlannedRoute {
    ProxyRoute route;
    bool available = false;      // its setting was read (or given) and applies here
    int sameAs = -1;             // index of an earlier route that tries exactly the same proxies for every endpoint
    QList<QList<QNetworkProxy>> proxies;  // per endpoint, in the order of RoutePlan::probes
    QStringList notes;           // what the PAC evaluation said, per endpoint where it said something
    QList<ProbeOutcome> outcomes;  // per endpoint; for a route sameAs another, that route's outcomes
};

struct RoutePlan {
    QList<EndpointProbe> probes;
    QList<PlannedRoute> routes;  // account, machine, agent, then the given proxy when there is one
    int agentRoute = 0;          // the route the agent will take
    // "given", "agent-setting", "account-options" (the account's Internet Options: .NET Framework's default proxy),
    // "machine-default" (they could not be read), "account-only" (neither could); "system:" + one of those
    QString agentRouteReason;
    std::optional<platform::SystemRun> systemRun;  // the probe as LocalSystem, when it was tried
    QString systemError;         // why it gave no answer (empty when it did)
};

QUrl probeUrl(const EndpointProbe& probe);

// Reads each route's setting and works out its proxies per endpoint (PAC evaluations run side by side, each at
// most timeoutMs). `given` is a --proxy already validated.
RoutePlan planRoutes(const QList<EndpointProbe>& probes, platform::NetworkSettings& settings, const std::optional<QNetworkProxy>& given,
                     int timeoutMs);

// Probes every distinct route's endpoints at once and fills each route's outcomes.
void probeRoutes(RoutePlan& plan, int stageTimeoutMs);

// The probe as LocalSystem, once it is back: with an answer it becomes the System route and the agent's (it is
// what the agent's own account met along the route it takes there); without one, the plan records why.
void takeSystemProbe(RoutePlan& plan, SystemProbeRun run);

}  // namespace mars
