#pragma once
#include "../Check.h"
#include "../platform/Platform.h"

#include <QCoreApplication>

namespace mars {

// Check 1 of the article: a member of the local Administrators group, running elevated.
class AdminRightsCheck final : public Check {
    Q_DECLARE_TR_FUNCTIONS(AdminRightsCheck)
public:
    explicit AdminRightsCheck(std::shared_ptr<platform::Platform> platform);
    QString id() const override { return QStringLiteral("admin-rights"); }
    QString title() const override { return tr("Administrator rights"); }
    CheckResult run(const CheckContext& context) const override;

private:
    std::shared_ptr<platform::Platform> m_platform;
};

class RestartElevatedFix final : public Fix {
    Q_DECLARE_TR_FUNCTIONS(RestartElevatedFix)
public:
    explicit RestartElevatedFix(std::shared_ptr<platform::Platform> platform);
    QString id() const override { return QStringLiteral("restart-elevated"); }
    QString title() const override { return tr("Restart as administrator"); }
    QString plan() const override;
    bool needsElevation() const override { return false; }  // it is the way to elevation
    FixOutcome apply(const CheckContext& context, FixProgress& progress) const override;

private:
    std::shared_ptr<platform::Platform> m_platform;
};

}  // namespace mars
