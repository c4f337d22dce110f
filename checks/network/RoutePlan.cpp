#include "RoutePlan.h"

#include <future>
#include <vector>

namespace mars {

namespace {
QString key(const QList<QNetworkProxy>& proxies)
{
    QStringList names;
    for (const QNetworkProxy& proxy : proxies)
        names << proxyName(proxy);
    return names.join(QLatin1Char(';'));
}

PlannedRoute planned(RouteKind kind, const platform::ProxySetting& setting)
{
    PlannedRoute route;
    route.route.kind = kind;
    route.route.setting = setting;
    return route;
}

bool hasProxy(const platform::ProxySetting& setting)
{
    return !setting.proxy.empty() || !setting.autoConfigUrl.empty() || setting.autoDetect;
}
}  // namespace

QUrl probeUrl(const EndpointProbe& probe)
{
    if (probe.kind == QLatin1String("ncsi"))
        return QUrl(probe.url);
    return QUrl(probe.port == 443 ? QStringLiteral("https://%1/").arg(probe.host) : QStringLiteral("https://%1:%2/").arg(probe.host).arg(probe.port));
}

RoutePlan planRoutes(const QList<EndpointProbe>& probes, platform::NetworkSettings& settings, const std::optional<QNetworkProxy>& given,
                     int timeoutMs)
{
    RoutePlan plan;
    plan.probes = probes;
    plan.routes << planned(RouteKind::Account, settings.accountProxy()) << planned(RouteKind::Machine, settings.machineProxy())
                << planned(RouteKind::Agent, settings.agentProxy());
    if (given) {
        platform::ProxySetting setting;
        setting.known = true;
        setting.proxy = QStringLiteral("%1:%2").arg(given->hostName()).arg(given->port()).toStdString();
        setting.source = "--proxy";
        plan.routes << planned(RouteKind::Given, setting);
    }
    // Each route's PAC evaluation per URL, all at once: WPAD's discovery alone can take seconds.
    struct Resolved {
        QList<QNetworkProxy> proxies;
        QString note;
    };
    std::vector<std::vector<std::future<Resolved>>> pending(size_t(plan.routes.size()));
    for (int r = 0; r < plan.routes.size(); ++r) {
        PlannedRoute& planned = plan.routes[r];
        planned.available = planned.route.setting.known;
        if (!planned.available)
            continue;
        for (const EndpointProbe& probe : probes)
            pending[size_t(r)].push_back(std::async(std::launch::async, [&settings, route = planned.route, url = probeUrl(probe), timeoutMs] {
                Resolved resolved;
                resolved.proxies = proxiesFor(route, url, settings, timeoutMs, &resolved.note);
                return resolved;
            }));
    }
    for (int r = 0; r < plan.routes.size(); ++r) {
        PlannedRoute& planned = plan.routes[r];
        for (size_t p = 0; p < pending[size_t(r)].size(); ++p) {
            Resolved resolved = pending[size_t(r)][p].get();
            planned.proxies << resolved.proxies;
            if (!resolved.note.isEmpty())
                planned.notes << QStringLiteral("%1: %2").arg(probeUrl(probes[int(p)]).host(), resolved.note);
        }
    }
    // Two routes that try the same proxies for every endpoint are one route: probe it once.
    for (int r = 0; r < plan.routes.size(); ++r) {
        PlannedRoute& planned = plan.routes[r];
        if (!planned.available)
            continue;
        QStringList mine;
        for (const auto& proxies : planned.proxies)
            mine << key(proxies);
        for (int earlier = 0; earlier < r && planned.sameAs < 0; ++earlier) {
            const PlannedRoute& other = plan.routes[earlier];
            if (!other.available || other.sameAs >= 0)
                continue;
            QStringList theirs;
            for (const auto& proxies : other.proxies)
                theirs << key(proxies);
            if (theirs == mine)
                planned.sameAs = earlier;
        }
    }
    // The route the agent takes: the proxy it is given (--proxy says "the agent's, or about to be"), else its own
    // setting, else its account's Internet Options, else the machine's WinHTTP default. The agent is a .NET Framework
    // service, and .NET Framework's default proxy (WebRequest.DefaultWebProxy; <defaultProxy> with usesystemdefault)
    // is the running account's Internet Options: "If the defaultProxy element is empty, the proxy settings from
    // Internet Explorer will be used" (learn.microsoft.com, <defaultProxy> Element (Network Settings);
    // ProxyElement.UseSystemDefault: "the Internet options LAN settings"). In the copy running as LocalSystem, that is
    // SYSTEM's own; here, this account's stand in for them. WinHTTP's default only when they cannot be read.
    const auto indexOf = [&plan](RouteKind kind) {
        for (int r = 0; r < plan.routes.size(); ++r)
            if (plan.routes[r].route.kind == kind)
                return r;
        return -1;
    };
    const int agent = indexOf(RouteKind::Agent), machine = indexOf(RouteKind::Machine), account = indexOf(RouteKind::Account);
    if (given) {
        plan.agentRoute = indexOf(RouteKind::Given);
        plan.agentRouteReason = QStringLiteral("given");
    } else if (plan.routes[agent].available && hasProxy(plan.routes[agent].route.setting)) {
        plan.agentRoute = agent;
        plan.agentRouteReason = QStringLiteral("agent-setting");
    } else if (plan.routes[account].available) {
        plan.agentRoute = account;
        plan.agentRouteReason = QStringLiteral("account-options");
    } else if (plan.routes[machine].available) {
        plan.agentRoute = machine;
        plan.agentRouteReason = QStringLiteral("machine-default");
    } else {
        plan.agentRoute = account;
        plan.agentRouteReason = QStringLiteral("account-only");
    }
    return plan;
}

void probeRoutes(RoutePlan& plan, int stageTimeoutMs)
{
    QList<ProbeAttempts> tasks;
    for (const PlannedRoute& planned : plan.routes)
        if (planned.available && planned.sameAs < 0)
            for (int p = 0; p < plan.probes.size(); ++p)
                tasks << ProbeAttempts{plan.probes[p], planned.proxies[p]};
    const QList<ProbeOutcome> outcomes = probeAll(tasks, stageTimeoutMs);
    int next = 0;
    for (PlannedRoute& planned : plan.routes)
        if (planned.available && planned.sameAs < 0)
            planned.outcomes = outcomes.mid(std::exchange(next, next + int(plan.probes.size())), plan.probes.size());
    for (PlannedRoute& planned : plan.routes)
        if (planned.available && planned.sameAs >= 0)
            planned.outcomes = plan.routes[planned.sameAs].outcomes;
}

void takeSystemProbe(RoutePlan& plan, SystemProbeRun run)
{
    plan.systemRun = std::move(run.run);
    if (!run.answer) {
        plan.systemError = run.error;
        return;
    }
    PlannedRoute system;
    system.route.kind = RouteKind::System;
    system.route.setting = run.answer->setting;
    system.route.setting.known = true;
    system.available = true;
    system.outcomes = run.answer->outcomes;
    plan.routes << system;
    plan.agentRoute = int(plan.routes.size()) - 1;
    plan.agentRouteReason = QStringLiteral("system:") + run.answer->routeReason;
}

}  // namespace mars
