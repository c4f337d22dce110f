#pragma once
#include "../Check.h"

namespace mars {

struct ProbeOutcome;

// Check 3 of the article: the firewall and proxy let this computer reach the cloud's endpoints (the cloud
// profile's list), each probed DNS -> TCP -> TLS -> HTTP, all at once.
class EndpointsCheck final : public Check {
    MARS_DECLARE_MESSAGES(EndpointsCheck)
public:
    explicit EndpointsCheck(std::shared_ptr<platform::Platform> platform);
    CheckResult run(const CheckContext& context) const override;

    static Message describe(const ProbeOutcome& outcome);  // one evidence line

private:
    std::shared_ptr<platform::Platform> m_platform;
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
