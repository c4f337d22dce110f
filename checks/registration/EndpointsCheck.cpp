#include "EndpointsCheck.h"

#include "../Catalog.h"
#include "../PlatformText.h"
#include "../network/EndpointProber.h"
#include "VaultCredentialsCheck.h"

#include <QJsonArray>

namespace mars {

namespace {
constexpr int kDefaultStageTimeoutMs = 5000;

// Roles whose failure the agent survives: the connectivity probes and the portal are signals, not its own traffic.
bool essential(const EndpointProbe& probe)
{
    return probe.role != QLatin1String("connectivity") && probe.role != QLatin1String("portal") && probe.role != QLatin1String("microsoft");
}

QString target(const EndpointProbe& probe)
{
    return probe.kind == QLatin1String("ncsi") ? probe.url : probe.port == 443 ? probe.host : QStringLiteral("%1:%2").arg(probe.host).arg(probe.port);
}

std::optional<QNetworkProxy> forcedProxy(const QString& text)
{
    if (text.isEmpty())
        return std::nullopt;
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    return QNetworkProxy(QNetworkProxy::HttpProxy, text.left(colon), quint16(text.mid(colon + 1).toUInt()));
}
}  // namespace

EndpointsCheck::EndpointsCheck(std::shared_ptr<platform::Platform> platform) : m_platform(std::move(platform)) {}

Message EndpointsCheck::describe(const ProbeOutcome& outcome)
{
    const QString where = QStringLiteral("%1 (%2)").arg(target(outcome.probe), outcome.probe.role);
    if (outcome.ok())
        return msg("%1: reachable in %2 ms, %3").arg(where).arg(outcome.elapsedMs).arg(outcome.via);
    return msg("%1: blocked at %2 after %3 ms, %4: %5")
        .arg(where, stageName(outcome.failedAt))
        .arg(outcome.elapsedMs)
        .arg(outcome.via, outcome.error);
}

CheckResult EndpointsCheck::run(const CheckContext& context) const
{
    const auto profile = CloudProfiles::find(context.cloudId);
    if (!profile)
        return CheckResult::error("MSD-NET-002", msg("Unknown cloud \"%1\".").arg(context.cloudId));
    QList<EndpointProbe> probes = context.probes.isEmpty() ? profile->probes : context.probes;
    // The vault's own region, from its credentials file, replaces the guessed backup-service host (endpoints.md:
    // pod01-rec2.<geo>.backup.<suffix>); a custom probe list is left as given.
    Message regional;
    if (context.probes.isEmpty()) {
        const QString host = VaultCredentialsCheck::regionalBackupHost(context);
        for (EndpointProbe& probe : probes)
            if (!host.isEmpty() && probe.role == QLatin1String("backup-service")) {
                regional = msg("The backup service is tested at the vault's own regional host %1 (from the vault credentials file) instead of %2.")
                               .arg(host, probe.host);
                probe.host = host;
            }
    }
    const int timeoutMs = context.networkTimeoutMs > 0 ? context.networkTimeoutMs : kDefaultStageTimeoutMs;
    const QList<ProbeOutcome> outcomes = probeEndpoints(probes, forcedProxy(context.proxy), timeoutMs);

    CheckResult result;
    QJsonArray probeFacts;
    int failed = 0, essentialFailed = 0;
    bool clock = false, proxyAuth = false, intercepted = false;
    for (const ProbeOutcome& outcome : outcomes) {
        result.evidence << describe(outcome);
        probeFacts << QJsonObject{{QStringLiteral("target"), target(outcome.probe)}, {QStringLiteral("role"), outcome.probe.role},
                                  {QStringLiteral("ok"), outcome.ok()}, {QStringLiteral("failedAt"), outcome.ok() ? QString() : stageName(outcome.failedAt)},
                                  {QStringLiteral("elapsedMs"), qint64(outcome.elapsedMs)}, {QStringLiteral("via"), outcome.via}};
        if (outcome.ok())
            continue;
        ++failed;
        essentialFailed += essential(outcome.probe);
        clock = clock || outcome.certificateTimeProblem;
        proxyAuth = proxyAuth || outcome.proxyAuthentication;
        intercepted = intercepted || outcome.interception;
    }
    if (!regional.isEmpty())
        result.evidence << regional;
    result.evidence << msg("The firewall must allow (HTTPS, TCP 443; the connectivity probes use HTTP, TCP 80): %1")
                           .arg(profile->allowList.join(QStringLiteral(", ")));
    if (!profile->signInRanges.isEmpty())
        result.evidence << msg("Sign-in IP ranges as published: %1").arg(profile->signInRanges.join(QStringLiteral(", ")));
    for (const QString& note : profile->notes)
        result.evidence << Message::plain(note);

    result.facts = {{QStringLiteral("cloud"), profile->id}, {QStringLiteral("probes"), probeFacts}, {QStringLiteral("failed"), failed}};
    if (failed == 0) {
        result.status = Status::Pass;
        result.code = "MSD-NET-001";
        result.summary = msg("Every service address answered (%1 probed).").arg(qlonglong(outcomes.size()));
        return result;
    }
    result.status = essentialFailed ? Status::Fail : Status::Warning;
    result.code = clock ? "MSD-NET-003" : proxyAuth ? "MSD-NET-004" : intercepted ? "MSD-NET-005" : "MSD-NET-006";
    if (clock)
        result.summary = msg("Certificates look expired or not yet valid: this computer's clock is probably wrong (see System clock), not the firewall.");
    else if (proxyAuth)
        result.summary = msg("The proxy asks for a user name and password (407): give them to the agent's proxy settings.");
    else if (intercepted)
        result.summary = msg("Something answers in the service's place: a captive portal or a proxy that inspects TLS.");
    else
        result.summary = msg("%1 of %2 service addresses cannot be reached: the firewall or proxy blocks them.").arg(failed).arg(qlonglong(outcomes.size()));
    result.evidence << msg("Registration then fails with \"Unable to connect to Microsoft Azure Backup\" (error 100050) or "
                          "\"Invalid vault credentials provided\" (error 34513).");

    QStringList allowList = profile->allowList;
    result.fixes << std::make_shared<CopyAllowListFix>(allowList.join(QLatin1Char('\n')));
    if (m_platform->networkSettings().canOpenProxySettings())
        result.fixes << std::make_shared<OpenProxySettingsFix>(m_platform);
    result.fixes << std::make_shared<RetryFix>();
    return result;
}

CopyAllowListFix::CopyAllowListFix(QString allowList) : Fix(fixes::copyAllowList), m_allowList(std::move(allowList)) {}

OpenProxySettingsFix::OpenProxySettingsFix(std::shared_ptr<platform::Platform> platform)
    : Fix(fixes::openProxySettings), m_platform(std::move(platform))
{
}

RetryFix::RetryFix() : Fix(fixes::retry) {}

FixOutcome CopyAllowListFix::apply(const CheckContext&, FixProgress&) const
{
    FixOutcome outcome;
    outcome.clipboardText = m_allowList;
    outcome.changes << msg("Copied %1 addresses to the clipboard for the firewall team.").arg(m_allowList.count(QLatin1Char('\n')) + 1);
    return outcome;
}

Message OpenProxySettingsFix::plan() const
{
    return msg("Open Windows' proxy settings. The agent runs as the SYSTEM account: set its proxy in the agent's own "
              "\"Change Properties\" dialog too.");
}

FixOutcome OpenProxySettingsFix::apply(const CheckContext&, FixProgress&) const
{
    return toOutcome(m_platform->networkSettings().openProxySettings());
}

}  // namespace mars
