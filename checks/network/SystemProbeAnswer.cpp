#include "RoutePlan.h"
#include "SystemProbe.h"
#include "checks/report/AtomicWrite.h"

namespace mars {

QString answerRequest(const SystemProbeRequest& request, platform::NetworkSettings& settings, const QString& resultPath)
{
    std::optional<QNetworkProxy> given;
    if (!request.proxy.isEmpty()) {
        QString error;
        given = parseProxyOption(request.proxy, &error);
        if (!given)
            return QStringLiteral("the proxy in the request cannot be used: %1").arg(error);
    }
    RoutePlan plan = planRoutes(request.probes, settings, given, request.stageTimeoutMs);
    probeRoutes(plan, request.stageTimeoutMs);
    const PlannedRoute& route = plan.routes[plan.agentRoute];
    SystemProbeAnswer answer;
    answer.accountSid = QString::fromStdString(platform::currentAccountSid());
    answer.routeReason = plan.agentRouteReason;
    answer.setting = route.route.setting;
    answer.outcomes = route.outcomes;
    if (!route.available) {
        // The agent's route cannot be read as SYSTEM either: say so in every outcome rather than inventing a verdict.
        for (const EndpointProbe& probe : request.probes) {
            ProbeOutcome outcome;
            outcome.probe = probe;
            outcome.failedAt = ProbeStage::Dns;
            outcome.error = QStringLiteral("the route's proxy setting cannot be read: %1").arg(QString::fromStdString(route.route.setting.error));
            answer.outcomes << outcome;
        }
    }
    Message error;
    if (!writeFileAtomically(resultPath, answerJson(answer), &error))
        return error.render(TextRenderer());
    return {};
}

}  // namespace mars
