#pragma once
// The endpoint check's fixes for routes that disagree: give the agent a proxy that works, copy this account's
// proxy to WinHTTP (LocalSystem's), and put back what either changed. Each plan shows the exact command first; each
// records the setting before it (kept across runs until put back) and says what it did.
#include "../Check.h"

#include <optional>

namespace mars {

class GiveAgentProxyFix final : public Fix {
    MARS_DECLARE_MESSAGES(GiveAgentProxyFix)
public:
    GiveAgentProxyFix(std::shared_ptr<platform::Platform> platform, QString host, quint16 port, Message route, platform::ProxySetting before);
    Message plan() const override;
    FixOutcome apply(const CheckContext& context, FixProgress& progress) const override;
    QString command() const;  // Set-OBMachineSetting ..., as it runs

private:
    std::shared_ptr<platform::Platform> m_platform;
    QString m_host;
    quint16 m_port;
    Message m_route;
    platform::ProxySetting m_before;
};

class CopyAccountProxyToWinHttpFix final : public Fix {
    MARS_DECLARE_MESSAGES(CopyAccountProxyToWinHttpFix)
public:
    CopyAccountProxyToWinHttpFix(std::shared_ptr<platform::Platform> platform, platform::ProxySetting account, platform::ProxySetting before);
    Message plan() const override;
    FixOutcome apply(const CheckContext& context, FixProgress& progress) const override;

private:
    std::shared_ptr<platform::Platform> m_platform;
    platform::ProxySetting m_account;
    platform::ProxySetting m_before;
};

class PutBackProxyFix final : public Fix {
    MARS_DECLARE_MESSAGES(PutBackProxyFix)
public:
    PutBackProxyFix(std::shared_ptr<platform::Platform> platform, std::optional<platform::SavedProxy> agent,
                    std::optional<platform::SavedProxy> machine);
    Message plan() const override;
    FixOutcome apply(const CheckContext& context, FixProgress& progress) const override;
    // The exact commands the put-back runs, for the plan and the report.
    static QString agentCommand(const platform::SavedProxy& saved);
    static QString machineCommand(const platform::SavedProxy& saved);

private:
    std::shared_ptr<platform::Platform> m_platform;
    std::optional<platform::SavedProxy> m_agent, m_machine;
};

}  // namespace mars
