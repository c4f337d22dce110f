#pragma once
// A check whose run() the test scripts: a fixed result, a throw, or a wait on a latch the test releases.
#include "checks/Check.h"

#include <atomic>
#include <functional>

namespace mars::test {

class ScriptedCheck final : public Check {
public:
    ScriptedCheck(QString id, std::function<CheckResult(const CheckContext&)> body, int timeout = 30)
        : m_id(std::move(id)), m_body(std::move(body)), m_timeout(timeout)
    {
    }
    QString id() const override { return m_id; }
    QString title() const override { return QStringLiteral("Scripted ") + m_id; }
    int timeoutSeconds() const override { return m_timeout; }
    CheckResult run(const CheckContext& context) const override
    {
        ++runs;
        return m_body(context);
    }
    mutable std::atomic<int> runs{0};

private:
    QString m_id;
    std::function<CheckResult(const CheckContext&)> m_body;
    int m_timeout;
};

class ScriptedFix final : public Fix {
public:
    ScriptedFix(QString id, std::function<FixOutcome()> body, bool elevation = false)
        : m_id(std::move(id)), m_body(std::move(body)), m_elevation(elevation)
    {
    }
    QString id() const override { return m_id; }
    QString title() const override { return QStringLiteral("Fix ") + m_id; }
    QString plan() const override { return QStringLiteral("Will fix ") + m_id; }
    bool needsElevation() const override { return m_elevation; }
    FixOutcome apply(const CheckContext&, FixProgress&) const override { return m_body(); }

private:
    QString m_id;
    std::function<FixOutcome()> m_body;
    bool m_elevation;
};

}  // namespace mars::test
