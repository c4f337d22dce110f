#include "BundleSettingsText.h"

#include <QJsonArray>

namespace mars {

namespace {
const CheckResult* resultOf(const Report& report, const char* checkId)
{
    for (const ReportEntry& entry : report.entries)
        if (entry.spec && qstrcmp(entry.spec->id, checkId) == 0)
            return &entry.result;
    return nullptr;
}

QString notExamined(const Report& report, const char* checkId)
{
    const CheckResult* result = resultOf(report, checkId);
    return QStringLiteral("not examined (check %1: %2)").arg(QLatin1String(checkId), result ? statusName(result->status) : QStringLiteral("not in this run"));
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

QString jsonText(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("not set");
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    if (value.isBool())
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    return value.toString();
}
}  // namespace

QString bundleSettingsText(const Report& report, std::optional<std::uint64_t> uptimeSeconds)
{
    QStringList lines;
    lines << QStringLiteral("Settings the checks read, report %1, %2 UTC").arg(report.reportId, report.createdUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
          << QString();
    lines << QStringLiteral("Computer: %1").arg(report.machineName) << QStringLiteral("Operating system: %1").arg(report.osVersion);
    lines << QStringLiteral("This program's signature: %1").arg(report.signatureText().render(TextRenderer::forLanguage(QStringLiteral("en"))));
    const CheckResult* agent = resultOf(report, "agent");
    const QJsonObject agentFacts = agent ? agent->facts : QJsonObject();
    if (agentFacts.contains(QStringLiteral("osBuild")))
        lines << QStringLiteral("Windows build: %1, %2%3%4")
                     .arg(jsonText(agentFacts[QStringLiteral("osBuild")]), jsonText(agentFacts[QStringLiteral("architecture")]),
                          agentFacts[QStringLiteral("osServer")].toBool() ? QStringLiteral(", server") : QString(),
                          agentFacts[QStringLiteral("serverCore")].toBool() ? QStringLiteral(", Server Core") : QString());
    lines << QStringLiteral("Uptime: %1").arg(uptimeText(uptimeSeconds, report.createdUtc.isValid() ? report.createdUtc : QDateTime::currentDateTimeUtc()));
    lines << QString();

    if (!agentFacts[QStringLiteral("applicable")].toBool())
        lines << QStringLiteral("Agent version: %1").arg(notExamined(report, "agent"));
    else if (!agentFacts[QStringLiteral("installed")].toBool())
        lines << QStringLiteral("Agent version: not installed");
    else
        lines << QStringLiteral("Agent version: %1").arg(agentFacts.contains(QStringLiteral("version")) ? jsonText(agentFacts[QStringLiteral("version")])
                                                                                                       : QStringLiteral("could not be read"));
    if (agentFacts.contains(QStringLiteral("serviceRunning")))
        lines << QStringLiteral("Agent service (obengine) running: %1").arg(jsonText(agentFacts[QStringLiteral("serviceRunning")]));
    lines << QStringLiteral(".NET Framework 4.x release: %1")
                 .arg(agentFacts.contains(QStringLiteral("dotNetRelease")) ? jsonText(agentFacts[QStringLiteral("dotNetRelease")])
                                                                          : notExamined(report, "agent"));
    lines << QString();

    const CheckResult* tls = resultOf(report, "tls");
    if (tls && tls->facts[QStringLiteral("applicable")].toBool()) {
        lines << QStringLiteral("TLS values (HKLM):");
        const QJsonObject values = tls->facts[QStringLiteral("values")].toObject();
        for (auto it = values.begin(); it != values.end(); ++it)
            lines << QStringLiteral("  %1 = %2").arg(it.key(), jsonText(it.value()));
    } else {
        lines << QStringLiteral("TLS values: %1").arg(notExamined(report, "tls"));
    }
    lines << QString();

    const CheckResult* endpoints = resultOf(report, "endpoints");
    const QJsonArray probes = endpoints ? endpoints->facts[QStringLiteral("probes")].toArray() : QJsonArray();
    if (probes.isEmpty()) {
        lines << QStringLiteral("Routes to the service: %1").arg(notExamined(report, "endpoints"));
    } else {
        lines << QStringLiteral("Routes to the service, and the proxy each went through (the system's settings, as the agent's requests use them):");
        for (const QJsonValue& probe : probes) {
            const QJsonObject p = probe.toObject();
            const QString failedAt = p[QStringLiteral("failedAt")].toString();
            lines << QStringLiteral("  %1 %2 via %3: %4")
                         .arg(p[QStringLiteral("role")].toString(), p[QStringLiteral("target")].toString(), p[QStringLiteral("via")].toString(),
                              p[QStringLiteral("ok")].toBool() ? QStringLiteral("answered") : QString(QStringLiteral("failed at ") + failedAt));
        }
    }
    // Every route's proxy setting and where it was read, as the endpoint check recorded them (its facts.routes).
    const QJsonArray routes = endpoints ? endpoints->facts[QStringLiteral("routes")].toArray() : QJsonArray();
    if (!routes.isEmpty()) {
        lines << QStringLiteral("Proxy settings of every route (the agent's marked *):");
        for (const QJsonValue& value : routes) {
            const QJsonObject route = value.toObject();
            const QString mark = route[QStringLiteral("agentUses")].toBool() ? QStringLiteral("*") : QStringLiteral(" ");
            if (route[QStringLiteral("examined")].toBool())
                lines << QStringLiteral(" %1 %2: %3 (read from %4)").arg(mark, route[QStringLiteral("id")].toString(),
                                                                       route[QStringLiteral("setting")].toString(), route[QStringLiteral("source")].toString());
            else
                lines << QStringLiteral(" %1 %2: not examined: %3").arg(mark, route[QStringLiteral("id")].toString(), route[QStringLiteral("why")].toString());
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

}  // namespace mars
