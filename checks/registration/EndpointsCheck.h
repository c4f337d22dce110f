#pragma once
#include "../Check.h"

#include <optional>

namespace mars {

struct ProbeOutcome;
struct EndpointVerdict;
struct RoutePlan;
struct CloudProfile;

// Check 3 of the article: the firewall and proxy let this computer reach the cloud's endpoints (the cloud
// profile's list), each probed DNS -> TCP -> TLS -> HTTP, all at once, along every route the agent's traffic can
// take (this account, the machine's WinHTTP, the agent's own setting, a --proxy), side by side. The verdict is the
// agent's route's; routes that disagree are a Warning naming the setting that differs.
class EndpointsCheck final : public CheckOf<EndpointsCheck> {
    MARS_DECLARE_MESSAGES(EndpointsCheck)
public:
    static constexpr char kId[] = "endpoints";
    enum class Code {
        AllAnswered, UnknownCloud, ClockLikelyWrong, ProxyWantsCredentials, SomethingElseAnswers, Blocked,
        RouteDisagrees, RouteSettingUnreadable, TlsInspected, ProxyBlocks, RootMissing, GivenProxyUnusable,
        AgentRouteUnreadable, SystemProbeIncomplete, ProxyCouldNotReach, NamesUnresolved, Count
    };
    static std::span<const FindingSpec> findings();
    // What the support bundle lists: each address along the agent's route, and every route's proxy setting.
    struct Facts {
        struct Probe {
            QString role, target, via;  // via: the proxy it went through, or "direct"
            bool answered = false;      // the service itself answered (a proxy's error page is not an answer)
            QString failedAt;           // the stage it stopped at, when it did not
        };
        struct Route {
            QString id;
            bool agentUses = false;
            bool examined = false;
            Message setting = {}, source = {};  // when examined; texts, so the bundle words them in its language
            Message why = {};                   // when not
        };
        QList<Probe> probes;
        QList<Route> routes;
    };

    // systemProbe: this program's files, to run a copy as LocalSystem (elevated only); none: that route is not probed.
    // vaultFile: where the vault credentials file is read (the region's backup host); null: one of its own.
    explicit EndpointsCheck(std::shared_ptr<platform::Platform> platform, std::optional<platform::ProbeProgram> systemProbe = std::nullopt,
                            std::shared_ptr<VaultFileSource> vaultFile = nullptr);
    Verdict judge(const CheckContext& context) const override;

    // One evidence line, and one route's part of a side-by-side line. "Reachable" only when the service answered
    // (the verdict): a proxy's error page in its place is named as the proxy's.
    static Message describe(const ProbeOutcome& outcome, const EndpointVerdict& verdict);
    static Message describeShort(const ProbeOutcome& outcome, const EndpointVerdict& verdict);
    static Message routeName(int routeKind);               // RouteKind: "This account", "The machine (WinHTTP)", ...

private:
    void addFixes(Verdict& result, const RoutePlan& plan, const CloudProfile& profile, bool blocked) const;
    static void addSystemEvidence(Verdict& result, const RoutePlan& plan, const CloudProfile& profile);
    std::shared_ptr<platform::Platform> m_platform;
    std::optional<platform::ProbeProgram> m_systemProbe;
    std::shared_ptr<VaultFileSource> m_vaultFile;
};

class CopyAllowListFix final : public Fix {
    MARS_DECLARE_MESSAGES(CopyAllowListFix)
public:
    explicit CopyAllowListFix(QString allowList);
    Message plan() const override { return msg("Copy the addresses the firewall must allow to the clipboard."); }
    FixOutcome apply(const CheckContext&, FixProgress&) const override;

private:
    QString m_allowList;
};

class OpenProxySettingsFix final : public Fix {
    MARS_DECLARE_MESSAGES(OpenProxySettingsFix)
public:
    explicit OpenProxySettingsFix(std::shared_ptr<platform::Platform> platform);
    Message plan() const override;
    FixOutcome apply(const CheckContext&, FixProgress&) const override;

private:
    std::shared_ptr<platform::Platform> m_platform;
};

class RetryFix final : public Fix {
    MARS_DECLARE_MESSAGES(RetryFix)
public:
    RetryFix();
    Message plan() const override { return msg("Probe every address again."); }
    FixOutcome apply(const CheckContext&, FixProgress&) const override { return {}; }
};

}  // namespace mars
