#include "RouteFixes.h"

#include "../Catalog.h"
#include "../PlatformText.h"
#include "../network/ProxyRoutes.h"
#include "../network/RouteWords.h"

namespace mars {

using platform::SavedProxy;

namespace {
SavedProxy savedFrom(const platform::ProxySetting& setting)
{
    return {setting.proxy, setting.bypass};
}

QString text(const std::string& value)
{
    return escapeControl(QString::fromStdString(value));
}

// The agent's proxy "host:port" (as Get-OBMachineSetting read it) back into the cmdlet's two parameters.
QString agentSetCommand(const std::string& proxy)
{
    const auto entry = parseProxyEntry(QString::fromStdString(proxy));
    if (!entry || entry->type() == QNetworkProxy::NoProxy)
        return QStringLiteral("Set-OBMachineSetting -NoProxy");
    return QStringLiteral("Set-OBMachineSetting -ProxyServer http://%1 -ProxyPort %2").arg(entry->hostName()).arg(entry->port());
}
}  // namespace

GiveAgentProxyFix::GiveAgentProxyFix(std::shared_ptr<platform::Platform> platform, QString host, quint16 port, Message route,
                                     platform::ProxySetting before)
    : Fix(fixes::giveAgentProxy), m_platform(std::move(platform)), m_host(std::move(host)), m_port(port), m_route(std::move(route)),
      m_before(std::move(before))
{
}

QString GiveAgentProxyFix::command() const
{
    return QStringLiteral("Set-OBMachineSetting -ProxyServer http://%1 -ProxyPort %2").arg(escapeControl(m_host)).arg(m_port);
}

Message GiveAgentProxyFix::plan() const
{
    return msg("Run %1, then restart the agent service (obengine), so the agent uses the proxy that works along %2. "
               "The agent's setting now: %3; \"Put back the earlier proxy\" restores it.")
        .arg(command(), m_route)
        .arg(RouteWords::setting(m_before));
}

FixOutcome GiveAgentProxyFix::apply(const CheckContext&, FixProgress&) const
{
    FixOutcome outcome;
    platform::NetworkSettings& settings = m_platform->networkSettings();
    const platform::ProxySetting now = settings.agentProxy();
    outcome.before << msg("The agent's proxy setting: %1 (to put it back by hand: %2).").arg(RouteWords::setting(now)).arg(agentSetCommand(now.proxy));
    if (!now.known) {
        outcome.failures << msg("Nothing changed: the agent's setting cannot be read (%1).").arg(text(now.error.empty() ? now.absentBecause : now.error));
        return outcome;
    }
    // Only the first change is recorded: a second fix must not overwrite the setting the user had.
    if (!settings.savedProxy(platform::SavedProxyOf::Agent)) {
        const FixOutcome saved = toOutcome(settings.saveProxy(platform::SavedProxyOf::Agent, savedFrom(now)));
        if (!saved.ok()) {
            outcome.failures << saved.failures;
            outcome.failures << msg("Nothing changed: the earlier setting could not be recorded.");
            return outcome;
        }
    }
    const FixOutcome set = toOutcome(settings.setAgentProxy(m_host.toStdString(), m_port));
    outcome.changes << set.changes;
    outcome.failures << set.failures;
    if (!set.ok())
        return outcome;
    const FixOutcome restarted = toOutcome(m_platform->agent().restartAgentService());
    outcome.changes << restarted.changes;
    outcome.failures << restarted.failures;
    return outcome;
}

CopyAccountProxyToWinHttpFix::CopyAccountProxyToWinHttpFix(std::shared_ptr<platform::Platform> platform, platform::ProxySetting account,
                                                           platform::ProxySetting before)
    : Fix(fixes::copyAccountProxyToWinHttp), m_platform(std::move(platform)), m_account(std::move(account)), m_before(std::move(before))
{
}

Message CopyAccountProxyToWinHttpFix::plan() const
{
    return msg("Run netsh winhttp import proxy source=ie: WinHTTP, which services running as LocalSystem use, takes this account's "
               "proxy (%1). WinHTTP now: %2; \"Put back the earlier proxy\" restores it.")
        .arg(RouteWords::setting(m_account)).arg(RouteWords::setting(m_before));
}

FixOutcome CopyAccountProxyToWinHttpFix::apply(const CheckContext&, FixProgress&) const
{
    FixOutcome outcome;
    platform::NetworkSettings& settings = m_platform->networkSettings();
    const platform::ProxySetting now = settings.machineProxy();
    outcome.before << msg("WinHTTP's proxy setting: %1 (to put it back by hand: %2).").arg(RouteWords::setting(now)).arg(PutBackProxyFix::machineCommand(savedFrom(now)));
    if (!now.known) {
        outcome.failures << msg("Nothing changed: WinHTTP's setting cannot be read (%1).").arg(text(now.error.empty() ? now.absentBecause : now.error));
        return outcome;
    }
    if (!settings.savedProxy(platform::SavedProxyOf::Machine)) {
        const FixOutcome saved = toOutcome(settings.saveProxy(platform::SavedProxyOf::Machine, savedFrom(now)));
        if (!saved.ok()) {
            outcome.failures << saved.failures;
            outcome.failures << msg("Nothing changed: the earlier setting could not be recorded.");
            return outcome;
        }
    }
    const FixOutcome imported = toOutcome(settings.importAccountProxyToWinHttp());
    outcome.changes << imported.changes;
    outcome.failures << imported.failures;
    return outcome;
}

PutBackProxyFix::PutBackProxyFix(std::shared_ptr<platform::Platform> platform, std::optional<SavedProxy> agent, std::optional<SavedProxy> machine)
    : Fix(fixes::putBackProxy), m_platform(std::move(platform)), m_agent(std::move(agent)), m_machine(std::move(machine))
{
}

QString PutBackProxyFix::agentCommand(const SavedProxy& saved)
{
    return agentSetCommand(saved.proxy);
}

QString PutBackProxyFix::machineCommand(const SavedProxy& saved)
{
    if (saved.proxy.empty())
        return QStringLiteral("netsh winhttp reset proxy");
    QString command = QStringLiteral("netsh winhttp set proxy proxy-server=\"%1\"").arg(text(saved.proxy));
    if (!saved.bypass.empty())
        command += QStringLiteral(" bypass-list=\"%1\"").arg(text(saved.bypass));
    return command;
}

Message PutBackProxyFix::plan() const
{
    Messages steps;
    if (m_agent)
        steps << msg("Run %1, then restart the agent service (obengine).").arg(agentCommand(*m_agent));
    if (m_machine)
        steps << msg("Run %1.").arg(machineCommand(*m_machine));
    return Message::sentences(steps);
}

FixOutcome PutBackProxyFix::apply(const CheckContext&, FixProgress&) const
{
    FixOutcome outcome;
    platform::NetworkSettings& settings = m_platform->networkSettings();
    if (m_agent) {
        outcome.before << msg("The agent's proxy setting: %1.").arg(RouteWords::setting(settings.agentProxy()));
        const auto entry = parseProxyEntry(QString::fromStdString(m_agent->proxy));
        const FixOutcome set = toOutcome(entry && entry->type() != QNetworkProxy::NoProxy
                                             ? settings.setAgentProxy(entry->hostName().toStdString(), entry->port())
                                             : settings.removeAgentProxy());
        outcome.changes << set.changes;
        outcome.failures << set.failures;
        if (set.ok()) {
            const FixOutcome restarted = toOutcome(m_platform->agent().restartAgentService());
            outcome.changes << restarted.changes;
            outcome.failures << restarted.failures;
            outcome.failures << toOutcome(settings.forgetSavedProxy(platform::SavedProxyOf::Agent)).failures;
        }
    }
    if (m_machine) {
        outcome.before << msg("WinHTTP's proxy setting: %1.").arg(RouteWords::setting(settings.machineProxy()));
        const FixOutcome set = toOutcome(settings.setWinHttpProxy({m_machine->proxy.empty(), m_machine->proxy, m_machine->bypass}));
        outcome.changes << set.changes;
        outcome.failures << set.failures;
        if (set.ok())
            outcome.failures << toOutcome(settings.forgetSavedProxy(platform::SavedProxyOf::Machine)).failures;
    }
    return outcome;
}

}  // namespace mars
