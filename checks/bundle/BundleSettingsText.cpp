#include "BundleSettingsText.h"

#include "checks/installation/AgentCheck.h"
#include "checks/network/RouteWords.h"
#include "checks/registration/EndpointsCheck.h"
#include "checks/registration/TlsCheck.h"

namespace mars {

// The translation context of settings.txt's texts ("mars::BundleSettings"). A translation keeps a space or a sign
// beside each %N that may be a name (the computer's, an account): --redact masks a name only where it stands alone,
// and a Chinese character is a letter to that rule (SupportBundleTest holds the catalogue to it).
struct BundleSettings {
    MARS_DECLARE_MESSAGES(BundleSettings)
};

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

// The check's id and its status's key ("error") are codes, the same in every language.
template <typename CheckType>
Message notExamined(const Report& report)
{
    const CheckResult* result = resultOf<CheckType>(report);
    if (!result)
        return BundleSettings::msg("not examined (check %1: not in this run)").arg(QLatin1String(CheckType::kId));
    return BundleSettings::msg("not examined (check %1: %2)").arg(QLatin1String(CheckType::kId), statusName(result->status));
}

Message yesNo(bool value)
{
    return value ? BundleSettings::msg("yes") : BundleSettings::msg("no");
}

QString twoDigits(std::uint64_t value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

Message uptimeText(std::optional<std::uint64_t> seconds, const QDateTime& now)
{
    if (!seconds)
        return BundleSettings::msg("not known (the system did not say)");
    const std::uint64_t s = *seconds;
    return BundleSettings::msg("%1 days %2:%3:%4 (started about %5 UTC)")
        .arg(qulonglong(s / 86400))
        .arg(twoDigits((s / 3600) % 24), twoDigits((s / 60) % 60), twoDigits(s % 60))
        .arg(now.addSecs(-qint64(s)).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

}  // namespace

QString bundleSettingsText(const Report& report, std::optional<std::uint64_t> uptimeSeconds, const TextRenderer& renderer)
{
    Messages lines;
    const Message blank = Message::plain(QString());
    lines << BundleSettings::msg("Settings the checks read, report %1, %2 UTC")
                 .arg(report.reportId, report.createdUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
          << blank;
    lines << BundleSettings::msg("Computer: %1").arg(report.machineName) << BundleSettings::msg("Operating system: %1").arg(report.osVersion);
    lines << BundleSettings::msg("This program's signature: %1").arg(report.signatureText());
    const auto* agent = facts<AgentCheck>(report);
    if (agent && agent->osBuild) {
        Message build = BundleSettings::msg("Windows build: %1, %2").arg(QString::number(*agent->osBuild), agent->architecture);
        if (agent->serverCore)
            build = BundleSettings::msg("Windows build: %1, %2, server, Server Core").arg(QString::number(*agent->osBuild), agent->architecture);
        else if (agent->osServer)
            build = BundleSettings::msg("Windows build: %1, %2, server").arg(QString::number(*agent->osBuild), agent->architecture);
        lines << build;
    }
    lines << BundleSettings::msg("Uptime: %1").arg(uptimeText(uptimeSeconds, report.createdUtc.isValid() ? report.createdUtc : QDateTime::currentDateTimeUtc()));
    lines << blank;

    if (!agent || !agent->examined)
        lines << BundleSettings::msg("Agent version: %1").arg(notExamined<AgentCheck>(report));
    else if (!agent->installed)
        lines << BundleSettings::msg("Agent version: not installed");
    else if (!agent->version)
        lines << BundleSettings::msg("Agent version: could not be read");
    else
        lines << BundleSettings::msg("Agent version: %1").arg(*agent->version);
    if (agent && agent->serviceRunning)
        lines << BundleSettings::msg("Agent service (obengine) running: %1").arg(yesNo(*agent->serviceRunning));
    if (agent && agent->dotNetRelease)
        lines << BundleSettings::msg(".NET Framework 4.x release: %1").arg(QString::number(*agent->dotNetRelease));
    else
        lines << BundleSettings::msg(".NET Framework 4.x release: %1").arg(notExamined<AgentCheck>(report));
    lines << blank;

    const auto* tls = facts<TlsCheck>(report);
    if (tls && !tls->values.isEmpty()) {
        lines << BundleSettings::msg("TLS values (HKLM):");
        for (const TlsCheck::Facts::Value& value : tls->values)
            lines << (value.value ? Message::plain(QStringLiteral("  %1 = %2").arg(value.name, QString::number(*value.value)))
                                  : BundleSettings::msg("  %1 = not set").arg(value.name));
    } else {
        lines << BundleSettings::msg("TLS values: %1").arg(notExamined<TlsCheck>(report));
    }
    lines << blank;

    // Roles, targets and proxies are the endpoint check's values ("sign-in", "proxy 10.0.0.5:3128"): kept as recorded.
    const auto* endpoints = facts<EndpointsCheck>(report);
    if (!endpoints || endpoints->probes.isEmpty()) {
        lines << BundleSettings::msg("Routes to the service: %1").arg(notExamined<EndpointsCheck>(report));
    } else {
        lines << BundleSettings::msg("Routes to the service, and the proxy each went through (the system's settings, as the agent's requests use them):");
        for (const EndpointsCheck::Facts::Probe& probe : endpoints->probes)
            lines << (probe.answered ? BundleSettings::msg("  %1 %2 via %3: answered").arg(probe.role, probe.target).arg(RouteWords::via(probe.via))
                                     : BundleSettings::msg("  %1 %2 via %3: failed at %4").arg(probe.role, probe.target).arg(RouteWords::via(probe.via)).arg(probe.failedAt));
    }
    // Every route's proxy setting and where it was read, as the endpoint check recorded them.
    if (endpoints && !endpoints->routes.isEmpty()) {
        lines << BundleSettings::msg("Proxy settings of every route (the agent's marked *):");
        for (const EndpointsCheck::Facts::Route& route : endpoints->routes) {
            const QString mark = route.agentUses ? QStringLiteral("*") : QStringLiteral(" ");
            if (route.examined)
                lines << BundleSettings::msg(" %1 %2: %3 (read from %4)").arg(mark, route.id).arg(route.setting, route.source);
            else
                lines << BundleSettings::msg(" %1 %2: not examined: %3").arg(mark, route.id).arg(route.why);
        }
    }
    return renderAll(lines, renderer).join(QLatin1Char('\n')) + QLatin1Char('\n');
}

}  // namespace mars
