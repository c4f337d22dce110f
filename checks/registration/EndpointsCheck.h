#pragma once
#include "../Check.h"

#include <QCoreApplication>

namespace mars {

struct ProbeOutcome;

// Check 3 of the article: the firewall and proxy let this computer reach the cloud's endpoints (the cloud
// profile's list), each probed DNS -> TCP -> TLS -> HTTP, all at once.
class EndpointsCheck final : public Check {
    Q_DECLARE_TR_FUNCTIONS(EndpointsCheck)
public:
    explicit EndpointsCheck(std::shared_ptr<platform::Platform> platform);
    QString id() const override { return QStringLiteral("endpoints"); }
    QString title() const override { return tr("Firewall and proxy"); }
    int timeoutSeconds() const override { return 60; }
    CheckResult run(const CheckContext& context) const override;

    static QString describe(const ProbeOutcome& outcome);  // one evidence line

private:
    std::shared_ptr<platform::Platform> m_platform;
};

class CopyAllowListFix final : public Fix {
    Q_DECLARE_TR_FUNCTIONS(CopyAllowListFix)
public:
    explicit CopyAllowListFix(QString allowList) : m_allowList(std::move(allowList)) {}
    QString id() const override { return QStringLiteral("copy-allow-list"); }
    QString title() const override { return tr("Copy allow-list"); }
    QString plan() const override { return tr("Copy the addresses the firewall must allow to the clipboard."); }
    bool needsElevation() const override { return false; }
    bool changesSystem() const override { return false; }
    FixOutcome apply(const CheckContext&, FixProgress&) const override;

private:
    QString m_allowList;
};

class OpenProxySettingsFix final : public Fix {
    Q_DECLARE_TR_FUNCTIONS(OpenProxySettingsFix)
public:
    explicit OpenProxySettingsFix(std::shared_ptr<platform::Platform> platform) : m_platform(std::move(platform)) {}
    QString id() const override { return QStringLiteral("open-proxy-settings"); }
    QString title() const override { return tr("Open proxy settings"); }
    QString plan() const override;
    bool needsElevation() const override { return false; }
    bool changesSystem() const override { return false; }
    FixOutcome apply(const CheckContext&, FixProgress&) const override;

private:
    std::shared_ptr<platform::Platform> m_platform;
};

class RetryFix final : public Fix {
    Q_DECLARE_TR_FUNCTIONS(RetryFix)
public:
    QString id() const override { return QStringLiteral("retry"); }
    QString title() const override { return tr("Retry"); }
    QString plan() const override { return tr("Probe every address again."); }
    bool needsElevation() const override { return false; }
    bool changesSystem() const override { return false; }
    FixOutcome apply(const CheckContext&, FixProgress&) const override { return {}; }
};

}  // namespace mars
