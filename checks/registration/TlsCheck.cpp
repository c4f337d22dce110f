#include "TlsCheck.h"

#include "../Catalog.h"
#include "../PlatformText.h"
#include "../installation/AgentRequirements.h"

#include <QJsonObject>

namespace mars {

std::span<const FindingSpec> TlsCheck::findings()
{
    using A = Article;
    static constexpr FindingSpec table[] = {
        {Code::NoRegistry, "MSD-TLS-001", kWarning, "Not examined: no Windows registry with SCHANNEL or .NET TLS settings (portable build).", A::Tls, Examined::No},
        {Code::SchannelOff, "MSD-TLS-002", kFail, "TLS 1.2 is turned off for SCHANNEL: the agent cannot connect (error 10054).", A::Tls},
        {Code::DotNetTold, "MSD-TLS-003", kFail, ".NET is told not to use TLS 1.2.", A::Tls},
        {Code::DotNetUnset, "MSD-TLS-004", kWarning, "TLS 1.2 is on, but .NET's TLS settings for the agent are not set.", A::Tls},
        {Code::On, "MSD-TLS-005", kPass, "TLS 1.2 is on for SCHANNEL and .NET, in both registry views.", A::Tls},
    };
    static_assert(coversEachCodeInOrder<Code>(table));
    return table;
}

using namespace platform;

namespace {
bool isSchannel(TlsValue which)
{
    return which == TlsValue::SchannelClientEnabled || which == TlsValue::SchannelClientDisabledByDefault;
}

// SCHANNEL (Microsoft Learn, "TLS registry settings"): Enabled = 0 turns the TLS 1.2 client off, DisabledByDefault
// non-zero leaves it off unless a program asks for it by name. Absent: the OS default, on.
bool disablesTls12(const TlsValueState& value)
{
    if (!value.present)
        return false;
    if (value.which == TlsValue::SchannelClientEnabled)
        return value.value == 0;
    if (value.which == TlsValue::SchannelClientDisabledByDefault)
        return value.value != 0;
    return false;
}

QString fullPath(TlsValue which)
{
    return QStringLiteral("HKLM\\%1\\%2").arg(QString::fromLatin1(tlsValueKey(which)), QString::fromLatin1(tlsValueName(which)));
}

// Which values the fix would change: those that differ from the documented ones.
TlsValues differing(const TlsValues& current)
{
    TlsValues changes;
    const TlsValues target = TlsCheck::targetValues();
    for (const TlsValueState& want : target)
        for (const TlsValueState& have : current)
            if (have.which == want.which && (!have.present || have.value != want.value))
                changes.push_back(want);
    return changes;
}
}  // namespace

TlsCheck::TlsCheck(std::shared_ptr<Platform> platform) : m_platform(std::move(platform)) {}

TlsValues TlsCheck::targetValues()
{
    // resources/agent/requirements.json "tls.target", with its sources there.
    const AgentRequirements& requirements = AgentRequirements::builtIn();
    TlsValues values;
    for (TlsValue which : allTlsValues()) {
        const unsigned value = which == TlsValue::SchannelClientEnabled             ? requirements.tlsEnabled
                               : which == TlsValue::SchannelClientDisabledByDefault ? requirements.tlsDisabledByDefault
                               : which == TlsValue::StrongCrypto64 || which == TlsValue::StrongCrypto32 ? requirements.tlsStrongCrypto
                                                                                                      : requirements.tlsSystemDefault;
        values.push_back({which, true, value});
    }
    return values;
}

Message TlsCheck::describe(const TlsValueState& value)
{
    return value.present ? msg("%1 = %2").arg(fullPath(value.which)).arg(qulonglong(value.value))
                         : msg("%1 not set").arg(fullPath(value.which));
}

TlsCheck::Verdict TlsCheck::judge(const CheckContext&) const
{
    Verdict result;
    const TlsSettings settings = m_platform->systemConfig().tlsSettings();
    if (!settings.applicable) {
        result.status = Status::Warning;
        result.summary = msg("Not examined: this system has no Windows registry with SCHANNEL or .NET TLS settings.");
        result.evidence << msg("Run the Windows build of this program on the server to check TLS 1.2 for the agent.");
        result.facts = {{QStringLiteral("applicable"), false}};
        result.code = Code::NoRegistry;
        return result;
    }
    const AgentRequirements& requirements = AgentRequirements::builtIn();
    QJsonObject values;
    Facts exported;
    bool schannelOff = false, dotNetOff = false, dotNetUnset = false;
    for (const TlsValueState& value : settings.values) {
        values.insert(QLatin1String(tlsValueId(value.which)), value.present ? QJsonValue(qint64(value.value)) : QJsonValue());
        exported.values << Facts::Value{QLatin1String(tlsValueId(value.which)),
                                        value.present ? std::optional<qint64>(qint64(value.value)) : std::nullopt};
        result.evidence << describe(value);
        if (isSchannel(value.which)) {
            schannelOff = schannelOff || disablesTls12(value);
        } else if (!value.present) {
            dotNetUnset = true;
        } else if (value.value != 1) {
            dotNetOff = true;
        }
    }
    if (!settings.error.empty())
        result.evidence << msg("Some values could not be read: %1").arg(platformText(settings.error));
    result.facts = {{QStringLiteral("applicable"), true}, {QStringLiteral("values"), values},
                    {QStringLiteral("schannelTls12Off"), schannelOff}};
    result.exportFacts(exported);

    if (schannelOff) {
        result.evidence << msg("A value above turns the TLS 1.2 client off for every program on this computer; the service accepts "
                              "only TLS 1.2, so the agent's connections are closed (error 10054). Source: %1")
                               .arg(requirements.schannelSource);
        result.status = Status::Fail;
        result.code = Code::SchannelOff;
        result.summary = msg("TLS 1.2 is turned off on this computer: the agent cannot connect.");
    } else if (dotNetOff) {
        result.evidence << msg("A .NET value set to 0 keeps .NET programs such as the agent on older protocols. Source: %1")
                               .arg(requirements.dotNetTlsSource);
        result.status = Status::Fail;
        result.code = Code::DotNetTold;
        result.summary = msg(".NET is told not to use TLS 1.2: the agent may not connect.");
    } else if (dotNetUnset) {
        result.evidence << msg("The SCHANNEL values are absent or on, which is the default. Microsoft's TLS guidance for .NET asks for "
                              "SchUseStrongCrypto and SystemDefaultTlsVersions = 1 in both views for programs like the agent. Source: %1")
                               .arg(requirements.dotNetTlsSource);
        result.status = Status::Warning;
        result.code = Code::DotNetUnset;
        result.summary = msg("TLS 1.2 is on, but .NET's TLS settings for the agent are not set.");
    } else {
        result.status = Status::Pass;
        result.code = Code::On;
        result.summary = msg("TLS 1.2 is on for SCHANNEL and .NET, in the 64-bit and 32-bit views.");
    }
    if (result.status != Status::Pass)
        result.fixes << std::make_shared<TurnOnTls12Fix>(m_platform, settings.values);
    if (const auto saved = m_platform->systemConfig().savedTlsSettings()) {
        result.evidence << msg("This program changed these values earlier and kept what was there before; it can put them back.");
        result.fixes << std::make_shared<PutBackTlsFix>(m_platform, *saved);
        const AgentService service = m_platform->agent().agentService();
        if (service.applicable && service.installed)
            result.fixes << std::make_shared<RestartAgentServiceFix>(m_platform);
    }
    return result;
}

TurnOnTls12Fix::TurnOnTls12Fix(std::shared_ptr<Platform> platform, TlsValues current)
    : Fix(fixes::turnOnTls12), m_platform(std::move(platform)), m_current(std::move(current))
{
}

Message TurnOnTls12Fix::plan() const
{
    Messages steps;
    for (const TlsValueState& want : differing(m_current))
        steps << msg("Set %1.").arg(TlsCheck::describe(want));
    steps << msg("What is there now is kept (in the report, and by this program until you put it back), so \"Put back the "
                 "earlier values\" can restore it. Nothing else is changed.");
    steps << msg("The agent service must restart to use the new values; after a SCHANNEL change, or on Windows older than "
                 "Windows Server 2016, restart Windows.");
    return Message::joined(steps, QStringLiteral("\n"));
}

FixOutcome TurnOnTls12Fix::apply(const CheckContext&, FixProgress&) const
{
    FixOutcome outcome;
    SystemConfig& config = m_platform->systemConfig();
    // Never act on what was shown earlier: read again.
    const TlsSettings now = config.tlsSettings();
    for (const TlsValueState& value : now.values)
        outcome.before << TlsCheck::describe(value);
    const TlsValues changes = differing(now.values);
    if (changes.empty()) {
        outcome.changes << msg("Nothing to change: the values are already the documented ones.");
        return outcome;
    }
    // Keep the oldest record: a second run must not overwrite the values from before the first.
    if (!config.savedTlsSettings()) {
        const FixOutcome saved = toOutcome(config.saveTlsSettings(now.values));
        if (!saved.ok()) {
            outcome.failures << msg("Nothing changed: the earlier values could not be kept.") << saved.failures;
            return outcome;
        }
    }
    const FixOutcome written = toOutcome(config.writeTlsSettings(changes));
    outcome.changes << written.changes;
    outcome.failures << written.failures;
    bool schannelChanged = false;
    for (const TlsValueState& value : changes)
        schannelChanged = schannelChanged || isSchannel(value.which);
    const OsInfo os = config.osInfo();
    outcome.changes << msg("Restart the agent service (offered on the check's row) so it uses the new values.");
    if (schannelChanged || (os.applicable && os.build < 14393))
        outcome.changes << msg("Restart Windows: SCHANNEL reads its protocol settings when Windows starts.");
    return outcome;
}

PutBackTlsFix::PutBackTlsFix(std::shared_ptr<Platform> platform, TlsValues saved)
    : Fix(fixes::putBackTls), m_platform(std::move(platform)), m_saved(std::move(saved))
{
}

Message PutBackTlsFix::plan() const
{
    Messages steps;
    for (const TlsValueState& value : m_saved)
        steps << (value.present ? msg("Set %1.").arg(TlsCheck::describe(value)) : msg("Remove %1.").arg(fullPath(value.which)));
    steps << msg("These are the values from before this program changed them. Restart the agent service afterwards.");
    return Message::joined(steps, QStringLiteral("\n"));
}

FixOutcome PutBackTlsFix::apply(const CheckContext&, FixProgress&) const
{
    FixOutcome outcome;
    SystemConfig& config = m_platform->systemConfig();
    for (const TlsValueState& value : config.tlsSettings().values)
        outcome.before << TlsCheck::describe(value);
    const auto saved = config.savedTlsSettings();
    if (!saved) {
        outcome.failures << msg("Nothing changed: the earlier values are no longer recorded.");
        return outcome;
    }
    const FixOutcome written = toOutcome(config.writeTlsSettings(*saved));
    outcome.changes << written.changes;
    outcome.failures << written.failures;
    if (written.ok()) {
        const FixOutcome forgotten = toOutcome(config.forgetSavedTlsSettings());
        outcome.failures << forgotten.failures;
    }
    outcome.changes << msg("Restart the agent service (and, if SCHANNEL values changed, Windows) to use them.");
    return outcome;
}

RestartAgentServiceFix::RestartAgentServiceFix(std::shared_ptr<Platform> platform)
    : Fix(fixes::restartAgentService), m_platform(std::move(platform))
{
}

Message RestartAgentServiceFix::plan() const
{
    return msg("Stop the service obengine and start it again, so the agent reads its TLS settings anew. A backup running now "
               "is interrupted.");
}

FixOutcome RestartAgentServiceFix::apply(const CheckContext&, FixProgress&) const
{
    return toOutcome(m_platform->agent().restartAgentService());
}

}  // namespace mars
