#include "BundleSettingsText.h"

#include "checks/installation/AgentCheck.h"
#include "checks/registration/EndpointsCheck.h"
#include "checks/registration/TlsCheck.h"

namespace mars {

namespace {
template <typename CheckType>
const CheckResult* resultOf(const Report& report)
{
    for (const ReportEntry& entry : report.entries)
        if (entry.spec && qstrcmp(entry.spec->id, CheckType::kId) == 0)
            return &entry.result;
    return nullptr;
}

template <typename CheckType>
const typename CheckType::Facts* facts(const Report& report)
{
    const CheckResult* result = resultOf<CheckType>(report);
    return result ? exportedFacts<CheckType>(*result) : nullptr;
}

template <typename CheckType>
QString notExamined(const Report& report)
{
    const CheckResult* result = resultOf<CheckType>(report);
    return QStringLiteral("not examined (check %1: %2)").arg(QLatin1String(CheckType::kId), result ? statusName(result->status) : QStringLiteral("not in this run"));
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString uptimeText(std::optional<std::uint64_t> seconds, const QDateTime& now)
{
    if (!seconds)
        return QStringLiteral("not known (the system did not say)");
    const std::uint64_t s = *seconds;
    return QStringLiteral("%1 days %2:%3:%4 (started about %5 UTC)")
        .arg(s / 86400)
        .arg((s / 3600) % 24, 2, 10, QLatin1Char('0'))
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'))
        .arg(now.addSecs(-qint64(s)).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

}  // namespace

QString bundleSettingsText(const Report& report, std::optional<std::uint64_t> uptimeSeconds)
{
    QStringList lines;
    lines << QStringLiteral("Settings the checks read, report %1, %2 UTC").arg(report.reportId, report.createdUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
          << QString();
    lines << QStringLiteral("Computer: %1").arg(report.machineName) << QStringLiteral("Operating system: %1").arg(report.osVersion);
    lines << QStringLiteral("This program's signature: %1").arg(report.signatureText().render(TextRenderer::forLanguage(QStringLiteral("en"))));
    const auto* agent = facts<AgentCheck>(report);
    if (agent && agent->osBuild)
        lines << QStringLiteral("Windows build: %1, %2%3%4")
                     .arg(QString::number(*agent->osBuild), agent->architecture, agent->osServer ? QStringLiteral(", server") : QString(),
                          agent->serverCore ? QStringLiteral(", Server Core") : QString());
    lines << QStringLiteral("Uptime: %1").arg(uptimeText(uptimeSeconds, report.createdUtc.isValid() ? report.createdUtc : QDateTime::currentDateTimeUtc()));
    lines << QString();

    if (!agent || !agent->examined)
        lines << QStringLiteral("Agent version: %1").arg(notExamined<AgentCheck>(report));
    else if (!agent->installed)
        lines << QStringLiteral("Agent version: not installed");
    else
        lines << QStringLiteral("Agent version: %1").arg(agent->version.value_or(QStringLiteral("could not be read")));
    if (agent && agent->serviceRunning)
        lines << QStringLiteral("Agent service (obengine) running: %1").arg(yesNo(*agent->serviceRunning));
    lines << QStringLiteral(".NET Framework 4.x release: %1")
                 .arg(agent && agent->dotNetRelease ? QString::number(*agent->dotNetRelease) : notExamined<AgentCheck>(report));
    lines << QString();

    const auto* tls = facts<TlsCheck>(report);
    if (tls && !tls->values.isEmpty()) {
        lines << QStringLiteral("TLS values (HKLM):");
        for (const TlsCheck::Facts::Value& value : tls->values)
            lines << QStringLiteral("  %1 = %2").arg(value.name, value.value ? QString::number(*value.value) : QStringLiteral("not set"));
    } else {
        lines << QStringLiteral("TLS values: %1").arg(notExamined<TlsCheck>(report));
    }
    lines << QString();

    const auto* endpoints = facts<EndpointsCheck>(report);
    if (!endpoints || endpoints->probes.isEmpty()) {
        lines << QStringLiteral("Routes to the service: %1").arg(notExamined<EndpointsCheck>(report));
    } else {
        lines << QStringLiteral("Routes to the service, and the proxy each went through (the system's settings, as the agent's requests use them):");
        for (const EndpointsCheck::Facts::Probe& probe : endpoints->probes)
            lines << QStringLiteral("  %1 %2 via %3: %4")
                         .arg(probe.role, probe.target, probe.via,
                              probe.answered ? QStringLiteral("answered") : QString(QStringLiteral("failed at ") + probe.failedAt));
    }
    // Every route's proxy setting and where it was read, as the endpoint check recorded them.
    if (endpoints && !endpoints->routes.isEmpty()) {
        lines << QStringLiteral("Proxy settings of every route (the agent's marked *):");
        for (const EndpointsCheck::Facts::Route& route : endpoints->routes) {
            const QString mark = route.agentUses ? QStringLiteral("*") : QStringLiteral(" ");
            if (route.examined)
                lines << QStringLiteral(" %1 %2: %3 (read from %4)").arg(mark, route.id, route.setting, route.source);
            else
                lines << QStringLiteral(" %1 %2: not examined: %3").arg(mark, route.id, route.why);
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

}  // namespace mars
