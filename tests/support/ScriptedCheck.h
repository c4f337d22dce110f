#pragma once
// A check whose run() the test scripts: a fixed result, a throw, or a wait on a latch the test releases; and the
// catalogue entries such test checks and fixes need (the real catalogue declares only the real ones).
#include "checks/Check.h"
#include "checks/CheckSession.h"

#include <QByteArray>

#include <atomic>
#include <deque>
#include <functional>
#include <map>
#include <mutex>

namespace mars::test {

// Catalogue specs hold string literals; a test's names are kept here for the rest of the run.
inline const char* persistent(const QString& text)
{
    static std::mutex mutex;
    static std::deque<QByteArray> store;
    std::lock_guard lock(mutex);
    store.push_back(text.toUtf8());
    return store.back().constData();
}

inline const FixSpec& scriptedFixSpec(const QString& id, bool needsAdmin = false, bool changesSystem = true)
{
    static std::mutex mutex;
    static std::map<QString, FixSpec> specs;
    std::lock_guard lock(mutex);
    const QString key = id + QString::number(needsAdmin) + QString::number(changesSystem);
    auto found = specs.find(key);
    if (found == specs.end())
        found = specs.emplace(key, FixSpec{persistent(id), persistent(QStringLiteral("Fix ") + id), needsAdmin, changesSystem}).first;
    return found->second;
}

class ScriptedCheck final : public Check {
public:
    ScriptedCheck(QString id, std::function<CheckResult(const CheckContext&)> body, int timeout = 30)
        : m_id(std::move(id)), m_body(std::move(body)), m_timeout(timeout)
    {
    }
    CheckSpec spec(const QString& section) const
    {
        CheckSpec spec;
        spec.id = persistent(m_id);
        spec.section = persistent(section);
        spec.title = persistent(QStringLiteral("Scripted ") + m_id);
        spec.timeoutSeconds = m_timeout;
        return spec;
    }
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

inline void addScripted(CheckSession& session, const QString& section, const std::shared_ptr<ScriptedCheck>& check)
{
    session.addCheck(check->spec(section), check);
}

class ScriptedFix final : public Fix {
public:
    ScriptedFix(const QString& id, std::function<FixOutcome()> body, bool elevation = false)
        : Fix(scriptedFixSpec(id, elevation)), m_body(std::move(body))
    {
    }
    Message plan() const override { return Message::plain(QStringLiteral("Will fix ") + id()); }
    FixOutcome apply(const CheckContext&, FixProgress&) const override { return m_body(); }

private:
    std::function<FixOutcome()> m_body;
};

}  // namespace mars::test
