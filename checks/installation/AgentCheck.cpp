#include "AgentCheck.h"

#include "../Catalog.h"
#include "../PlatformText.h"

#include <QJsonObject>

namespace mars {

std::span<const FindingSpec> AgentCheck::findings()
{
    using A = Article;
    static constexpr FindingSpec table[] = {
        {Code::CurrentAndRunning, "MSD-AGT-001", kPass, "The agent is current, its service runs, and this Windows and .NET support it.", A::SupportMatrix},
        {Code::NotInstalledSupported, "MSD-AGT-002", kPass, "The agent is not installed yet; this Windows and .NET can run it.", A::SupportMatrix},
        {Code::NoWindowsAgent, "MSD-AGT-003", kWarning, "Not examined: no Windows agent, service or .NET on this system (portable build).", A::SupportMatrix, Examined::No},
        {Code::VersionUnreadable, "MSD-AGT-004", kWarning, "The agent's version could not be read.", A::Troubleshoot, Examined::No},
        {Code::TooOldForService, "MSD-AGT-005", kFail, "The agent is too old to work with the service.", A::Troubleshoot},
        {Code::TooOldForVaultFiles, "MSD-AGT-006", kFail, "The agent is too old for current vault credentials files.", A::Troubleshoot},
        {Code::ServiceUnqueried, "MSD-AGT-007", kWarning, "The agent's service (obengine) could not be queried.", A::Troubleshoot, Examined::No},
        {Code::ServiceMissing, "MSD-AGT-008", kFail, "The agent's service (obengine) is missing.", A::Troubleshoot},
        {Code::ServiceDisabled, "MSD-AGT-009", kFail, "The agent's service is disabled.", A::Troubleshoot},
        {Code::ServiceStopped, "MSD-AGT-010", kWarning, "The agent's service is stopped.", A::Troubleshoot},
        {Code::Not64Bit, "MSD-AGT-011", kFail, "This Windows is not 64-bit.", A::SupportMatrix},
        {Code::ServerCore, "MSD-AGT-012", kFail, "This is a Server Core installation, which the agent does not support.", A::SupportMatrix},
        {Code::WindowsUnsupported, "MSD-AGT-013", kFail, "This Windows version is not supported by the agent.", A::SupportMatrix},
        {Code::DotNetMissing, "MSD-AGT-014", kFail, "The .NET Framework version the agent needs is missing.", A::SupportMatrix},
        {Code::DotNetTooOld, "MSD-AGT-015", kFail, "The installed .NET Framework is older than the agent needs.", A::SupportMatrix},
        {Code::RegistrationUnreadable, "MSD-AGT-016", kWarning, "The agent's record of the vault this server is registered to is unreadable or inconsistent.", A::Troubleshoot},
    };
    static_assert(coversEachCodeInOrder<Code>(table));
    return table;
}

using namespace platform;

namespace {
Message stateName(ServiceState state)
{
    switch (state) {
    case ServiceState::Stopped: return AgentCheck::msg("stopped");
    case ServiceState::StartPending: return AgentCheck::msg("starting");
    case ServiceState::StopPending: return AgentCheck::msg("stopping");
    case ServiceState::Running: return AgentCheck::msg("running");
    case ServiceState::ContinuePending: return AgentCheck::msg("resuming");
    case ServiceState::PausePending: return AgentCheck::msg("pausing");
    case ServiceState::Paused: return AgentCheck::msg("paused");
    case ServiceState::Unknown: break;
    }
    return AgentCheck::msg("in an unknown state");
}

Message startTypeName(StartType type, bool delayed)
{
    switch (type) {
    case StartType::Automatic: return delayed ? AgentCheck::msg("Automatic (delayed start)") : AgentCheck::msg("Automatic");
    case StartType::Manual: return AgentCheck::msg("Manual");
    case StartType::Disabled: return AgentCheck::msg("Disabled");
    case StartType::Boot:
    case StartType::System: return AgentCheck::msg("started by the system");
    case StartType::Unknown: break;
    }
    return AgentCheck::msg("unknown");
}


// "Registered to vault X in resource group Y (subscription …1234)", "not registered yet", or why the record cannot be
// trusted (a Warning: never a Pass on what could not be read).
template <typename Problem>
void describeRegistration(const RegisteredVault& vault, Messages& evidence, QJsonObject& facts, Problem&& problem)
{
    QJsonObject registration{{QStringLiteral("state"), vault.state == RegisteredVault::State::Registered       ? QStringLiteral("registered")
                                                       : vault.state == RegisteredVault::State::NotRegistered ? QStringLiteral("not-registered")
                                                       : vault.state == RegisteredVault::State::Unreadable    ? QStringLiteral("unreadable")
                                                                                                              : QStringLiteral("inconsistent")}};
    switch (vault.state) {
    case RegisteredVault::State::Registered:
        registration.insert(QStringLiteral("vault"), QString::fromStdString(vault.vaultName));
        registration.insert(QStringLiteral("resourceGroup"), QString::fromStdString(vault.resourceGroup));
        registration.insert(QStringLiteral("subscription"), QString::fromStdString(maskedSubscription(vault.subscriptionId)));
        evidence << AgentCheck::msg("Registered to vault %1 in resource group %2 (subscription %3).")
                        .arg(QString::fromStdString(vault.vaultName), QString::fromStdString(vault.resourceGroup),
                             QString::fromStdString(maskedSubscription(vault.subscriptionId)));
        break;
    case RegisteredVault::State::NotRegistered:
        evidence << AgentCheck::msg("Not registered to a vault yet.");
        break;
    case RegisteredVault::State::Unreadable:
    case RegisteredVault::State::Inconsistent:
        registration.insert(QStringLiteral("problem"), QString::fromStdString(vault.problem));
        evidence << AgentCheck::msg("The agent's record of its vault (HKLM\\SOFTWARE\\Microsoft\\Windows Azure Backup\\Config): %1.")
                        .arg(platformText(vault.problem));
        problem(Status::Warning, AgentCheck::Code::RegistrationUnreadable,
                AgentCheck::msg("Which vault this server is registered to cannot be told: the agent's record is unreadable or inconsistent."));
        break;
    }
    facts.insert(QStringLiteral("registration"), registration);
}
}  // namespace

AgentCheck::AgentCheck(std::shared_ptr<Platform> platform, const AgentRequirements& requirements)
    : m_platform(std::move(platform)), m_requirements(requirements)
{
}

AgentCheck::Verdict AgentCheck::judge(const CheckContext&) const
{
    Verdict result;
    const AgentBinary binary = m_platform->agent().agentBinary();
    const OsInfo os = m_platform->systemConfig().osInfo();
    if (!binary.applicable || !os.applicable) {
        // The portable build: nothing here was examined, so nothing passes.
        result.status = Status::Warning;
        result.summary = msg("Not examined: this system has no Windows agent, service, version or .NET to look at.");
        result.evidence << msg("Run the Windows build of this program on the server to check the agent and its prerequisites.");
        result.facts = {{QStringLiteral("applicable"), false}};
        result.code = Code::NoWindowsAgent;
        return result;
    }
    const AgentService service = m_platform->agent().agentService();
    const DotNetInfo dotNet = m_platform->systemConfig().dotNet();
    Status status = Status::Pass;
    Message summary;
    std::optional<Code> code;
    auto problem = [&](Status level, Code problemCode, const Message& line) {
        // The first of the worst problems becomes the summary, and its code the verdict's.
        if (summary.isEmpty() || worseOf(status, level) != status) {
            summary = line;
            code = problemCode;
        }
        status = worseOf(status, level);
    };
    const QString vaultMinimum = versionText(m_requirements.vaultCredentialsVersion);
    const QString oldestMinimum = versionText(m_requirements.oldestWorkingVersion);
    QJsonObject facts{{QStringLiteral("applicable"), true}, {QStringLiteral("installed"), binary.installed},
                      {QStringLiteral("minimumVersion"), vaultMinimum}, {QStringLiteral("oldestWorkingVersion"), oldestMinimum}};

    // The agent and its version.
    if (!binary.installed) {
        result.evidence << msg("The agent is not installed (no Setup\\InstallPath in the registry): the lines below check that this computer can run it.");
    } else if (!binary.versionRead) {
        result.evidence << msg("Could not read the version of %1: %2").argPath(binary.engine).arg(platformText(binary.error));
        problem(Status::Warning, Code::VersionUnreadable, msg("Could not read the agent's version."));
    } else {
        const QString version = versionText(binary.version);
        facts.insert(QStringLiteral("version"), version);
        result.evidence << msg("Agent version %1 (%2).").arg(version).argPath(binary.engine);
        if (binary.version < m_requirements.oldestWorkingVersion) {
            result.evidence << msg("Agents older than %1 can no longer reach the service (error 0x1FBD3). Source: %2")
                                   .arg(oldestMinimum, m_requirements.oldestWorkingSource);
            problem(Status::Fail, Code::TooOldForService, msg("The agent (%1) is too old to work: install the latest agent (%2 or later).").arg(version, vaultMinimum));
        } else if (binary.version < m_requirements.vaultCredentialsVersion) {
            result.evidence << msg("Current vault credentials files need agent %1 or later. Source: %2")
                                   .arg(vaultMinimum, m_requirements.vaultCredentialsSource);
            problem(Status::Fail, Code::TooOldForVaultFiles, msg("The agent (%1) is too old for current vault credentials: install the latest agent (%2 or later).")
                                      .arg(version, vaultMinimum));
        } else {
            result.evidence << msg("That is at least %1, which current vault credentials files need.").arg(vaultMinimum);
        }
    }

    // The vault it is registered to, as it recorded it (the question its own screens do not answer).
    if (binary.installed)
        describeRegistration(m_platform->agent().agentRegistration().vault, result.evidence, facts, problem);

    // The engine service.
    if (binary.installed) {
        if (!service.error.empty()) {
            result.evidence << msg("Could not ask the service manager about obengine: %1").arg(platformText(service.error));
            problem(Status::Warning, Code::ServiceUnqueried, msg("Could not query the agent's service."));
        } else if (!service.installed) {
            result.evidence << msg("The engine service obengine is not installed: repair or reinstall the agent.");
            problem(Status::Fail, Code::ServiceMissing, msg("The agent's service (obengine) is missing."));
        } else {
            facts.insert(QStringLiteral("serviceRunning"), service.state == ServiceState::Running);
            facts.insert(QStringLiteral("serviceStartType"), int(service.startType));
            result.evidence << msg("Service obengine (Microsoft Azure Recovery Services Agent): %1, start type %2.")
                                   .arg(stateName(service.state), startTypeName(service.startType, service.delayedStart));
            if (service.startType == StartType::Disabled) {
                problem(Status::Fail, Code::ServiceDisabled, msg("The agent's service is Disabled: it cannot back up or register."));
                result.fixes << std::make_shared<StartAgentServiceFix>(m_platform, true);
            } else if (service.state == ServiceState::Stopped) {
                problem(Status::Warning, Code::ServiceStopped, msg("The agent's service is stopped."));
                result.fixes << std::make_shared<StartAgentServiceFix>(m_platform, false);
            }
        }
    }

    // The OS.
    facts.insert(QStringLiteral("osBuild"), int(os.build));
    facts.insert(QStringLiteral("osServer"), os.server);
    facts.insert(QStringLiteral("serverCore"), os.serverCore);
    facts.insert(QStringLiteral("architecture"), QString::fromStdString(os.architecture));
    result.evidence << msg("Windows: %1 %2 (build %3.%4.%5), %6.")
                           .arg(QString::fromStdString(os.productName), QString::fromStdString(os.displayVersion))
                           .arg(os.major).arg(os.minor).arg(os.build)
                           .arg(QString::fromStdString(os.architecture));
    if (m_requirements.requires64Bit && !os.is64Bit) {
        result.evidence << msg("The agent runs on 64-bit Windows only. Source: %1").arg(m_requirements.osSource);
        problem(Status::Fail, Code::Not64Bit, msg("This Windows is not 64-bit: the agent cannot run on it."));
    }
    if (os.serverCore && !m_requirements.serverCoreSupported) {
        result.evidence << msg("Server Core installations are not supported by the agent. Source: %1").arg(m_requirements.osSource);
        problem(Status::Fail, Code::ServerCore, msg("This is a Server Core installation, which the agent does not support."));
    }
    if (const SupportedWindows* windows = m_requirements.windowsFor(os.build, os.server)) {
        result.evidence << msg("%1 is on the agent's support list.").arg(windows->name);
    } else {
        QStringList names;
        for (const SupportedWindows& entry : m_requirements.supported)
            names << entry.name;
        result.evidence << msg("Build %1 is not on the agent's support list (%2). Sources: %3; %4")
                               .arg(os.build)
                               .arg(names.join(QStringLiteral(", ")), m_requirements.osSource, m_requirements.osFloorSource);
        problem(Status::Fail, Code::WindowsUnsupported, msg("This Windows version is not supported by the agent."));
    }

    // .NET Framework 4.x.
    if (!dotNet.present) {
        result.evidence << msg(".NET Framework 4.5 or later is not installed (no NDP\\v4\\Full Release value).");
        problem(Status::Fail, Code::DotNetMissing, msg(".NET Framework %1 or later is missing.").arg(m_requirements.dotNetMinimumName));
    } else {
        facts.insert(QStringLiteral("dotNetRelease"), qint64(dotNet.release));
        const QString name = m_requirements.dotNetName(dotNet.release);
        result.evidence << msg(".NET Framework %1 (Release %2); the agent needs %3 (Release %4) or later. Source: %5")
                               .arg(name.isEmpty() ? QStringLiteral("?") : name)
                               .arg(qulonglong(dotNet.release))
                               .arg(m_requirements.dotNetMinimumName)
                               .arg(qulonglong(m_requirements.dotNetMinimumRelease))
                               .arg(m_requirements.dotNetSource);
        if (dotNet.release < m_requirements.dotNetMinimumRelease)
            problem(Status::Fail, Code::DotNetTooOld, msg(".NET Framework %1 is older than the %2 the agent needs.").arg(name, m_requirements.dotNetMinimumName));
    }
    // The machine's name and domain against the registration's: where the agent records them is not documented, so
    // they are not compared (a rename after registration gives 230006 and needs a new registration).
    result.evidence << msg("If this server was renamed or changed domain since it was registered, registration fails with "
                          "error 230006: register it again.");

    result.status = status;
    result.code = status != Status::Pass ? code : binary.installed ? Code::CurrentAndRunning : Code::NotInstalledSupported;
    result.facts = facts;
    result.exportFacts(Facts{.examined = true,
                             .installed = binary.installed,
                             .version = facts.contains(QStringLiteral("version")) ? std::optional(facts[QStringLiteral("version")].toString()) : std::nullopt,
                             .serviceRunning = facts.contains(QStringLiteral("serviceRunning")) ? std::optional(facts[QStringLiteral("serviceRunning")].toBool())
                                                                                               : std::nullopt,
                             .dotNetRelease = facts.contains(QStringLiteral("dotNetRelease")) ? std::optional(qint64(dotNet.release)) : std::nullopt,
                             .osBuild = int(os.build),
                             .architecture = QString::fromStdString(os.architecture),
                             .osServer = os.server,
                             .serverCore = os.serverCore});
    if (status == Status::Pass)
        result.summary = binary.installed ? msg("The agent is current, its service runs, and this Windows and .NET support it.")
                                          : msg("The agent is not installed yet; this Windows and .NET can run it.");
    else
        result.summary = summary;
    return result;
}

StartAgentServiceFix::StartAgentServiceFix(std::shared_ptr<Platform> platform, bool disabled)
    : Fix(fixes::startAgentService), m_platform(std::move(platform)), m_disabled(disabled)
{
}

Message StartAgentServiceFix::plan() const
{
    return m_disabled ? msg("Set the service obengine from Disabled to Automatic and start it. The check runs again afterwards.")
                      : msg("Start the service obengine (Microsoft Azure Recovery Services Agent). The check runs again afterwards.");
}

FixOutcome StartAgentServiceFix::apply(const CheckContext&, FixProgress&) const
{
    const AgentService before = m_platform->agent().agentService();
    FixOutcome outcome = toOutcome(m_platform->agent().startAgentService());
    outcome.before << msg("The service was %1, start type %2.").arg(stateName(before.state), startTypeName(before.startType, before.delayedStart));
    return outcome;
}

}  // namespace mars
