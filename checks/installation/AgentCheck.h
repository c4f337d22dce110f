#pragma once
#include "../Check.h"
#include "AgentRequirements.h"

#include <optional>

namespace mars {

// Beyond the article: the agent itself and what it runs on. Installed or not (Setup\InstallPath), cbengine.exe's
// version against the minimums, the obengine service, the OS (64-bit, not Server Core, on the support list) and
// .NET Framework 4.x. The minimums and lists are data (resources/agent/requirements.json), each with its source.
class AgentCheck final : public CheckOf<AgentCheck> {
    MARS_DECLARE_MESSAGES(AgentCheck)
public:
    static constexpr char kId[] = "agent";
    enum class Code {
        CurrentAndRunning, NotInstalledSupported, NoWindowsAgent, VersionUnreadable, TooOldForService,
        TooOldForVaultFiles, ServiceUnqueried, ServiceMissing, ServiceDisabled, ServiceStopped, Not64Bit, ServerCore,
        WindowsUnsupported, DotNetMissing, DotNetTooOld, RegistrationUnreadable, Count
    };
    static std::span<const FindingSpec> findings();
    // What the support bundle lists. Unset: not read (or, with `examined` false, nothing here to read).
    struct Facts {
        bool examined = false;  // a Windows agent, service and .NET to look at
        bool installed = false;
        std::optional<QString> version;
        std::optional<bool> serviceRunning;
        std::optional<qint64> dotNetRelease;
        std::optional<int> osBuild;
        QString architecture;
        bool osServer = false, serverCore = false;
    };

    explicit AgentCheck(std::shared_ptr<platform::Platform> platform, const AgentRequirements& requirements = AgentRequirements::builtIn());
    Verdict judge(const CheckContext& context) const override;

private:
    std::shared_ptr<platform::Platform> m_platform;
    AgentRequirements m_requirements;
};

class StartAgentServiceFix final : public Fix {
    MARS_DECLARE_MESSAGES(StartAgentServiceFix)
public:
    StartAgentServiceFix(std::shared_ptr<platform::Platform> platform, bool disabled);
    Message plan() const override;
    FixOutcome apply(const CheckContext& context, FixProgress& progress) const override;

private:
    std::shared_ptr<platform::Platform> m_platform;
    bool m_disabled;
};

}  // namespace mars
