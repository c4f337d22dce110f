#pragma once
#include "../Check.h"
#include "../clock/ClockDecision.h"

#include <QCoreApplication>

namespace mars {

// Check 4 of the article: the clock. Measured against SNTP and, because UDP 123 is often blocked, the Date header
// of the cloud's HTTPS endpoints. A wrong clock makes fresh vault credentials look expired (error 34513).
class ClockCheck final : public Check {
    Q_DECLARE_TR_FUNCTIONS(ClockCheck)
public:
    explicit ClockCheck(std::shared_ptr<platform::Platform> platform);
    QString id() const override { return QStringLiteral("clock"); }
    QString title() const override { return tr("System clock"); }
    CheckResult run(const CheckContext& context) const override;

    static ClockMeasurement measure(const CheckContext& context);
    static QString describeOffset(double seconds);  // "+5 min 3 s (ahead)"

private:
    std::shared_ptr<platform::Platform> m_platform;
};

class ResyncClockFix final : public Fix {
    Q_DECLARE_TR_FUNCTIONS(ResyncClockFix)
public:
    ResyncClockFix(std::shared_ptr<platform::Platform> platform, bool needsElevation);
    QString id() const override { return QStringLiteral("resync-clock"); }
    QString title() const override { return tr("Resync clock"); }
    QString plan() const override;
    bool needsElevation() const override { return m_needsElevation; }
    FixOutcome apply(const CheckContext& context, FixProgress& progress) const override;

private:
    std::shared_ptr<platform::Platform> m_platform;
    bool m_needsElevation;
};

class SetClockFix final : public Fix {
    Q_DECLARE_TR_FUNCTIONS(SetClockFix)
public:
    SetClockFix(std::shared_ptr<platform::Platform> platform, double offset, bool needsElevation);
    QString id() const override { return QStringLiteral("set-clock"); }
    QString title() const override { return tr("Set the clock"); }
    QString plan() const override;
    bool needsElevation() const override { return m_needsElevation; }
    FixOutcome apply(const CheckContext& context, FixProgress& progress) const override;

private:
    std::shared_ptr<platform::Platform> m_platform;
    double m_offset;
    bool m_needsElevation;
};

}  // namespace mars
