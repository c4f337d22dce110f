#include "CheckSession.h"

#include "errors/AgentErrors.h"

#include "WorkerThreads.h"

#include <QTimer>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <utility>

namespace mars {

namespace {
constexpr int kFixTimeoutSeconds = 600;  // a fix may have 100,000 files to delete
constexpr int kExitWaitMs = 500;         // a closed window is gone within a second, whatever is still running

std::string english(const Message& message)
{
    return message.render(TextRenderer()).toStdString();  // the log is always English: it is escalated as it is
}

using SessionVerdict = Verdict<CheckSession>;

CheckResult runGuarded(const Check& check, const CheckContext& context)
{
    try {
        return check.run(context);
    } catch (const std::exception& error) {
        return SessionVerdict::error(CheckSession::Code::CheckStopped, CheckSession::msg("The check stopped with an error: %1")
                                                                          .arg(QString::fromLocal8Bit(error.what()))).toResult();
    } catch (...) {
        return SessionVerdict::error(CheckSession::Code::CheckStopped, CheckSession::msg("The check stopped with an unknown error."))
            .toResult();
    }
}

FixOutcome applyGuarded(const Fix& fix, const CheckContext& context, FixProgress& progress)
{
    try {
        return fix.apply(context, progress);
    } catch (const std::exception& error) {
        FixOutcome outcome;
        outcome.failures << CheckSession::msg("The fix stopped with an error: %1").arg(QString::fromLocal8Bit(error.what()));
        return outcome;
    } catch (...) {
        FixOutcome outcome;
        outcome.failures << CheckSession::msg("The fix stopped with an unknown error.");
        return outcome;
    }
}

}  // namespace

std::span<const FindingSpec> CheckSession::findings()
{
    using A = Article;
    static constexpr FindingSpec table[] = {
        {Code::CheckStopped, "MSD-GEN-001", kError, "The check stopped with an error of its own.", A::Troubleshoot},
        {Code::NoAnswer, "MSD-GEN-002", kError, "The check gave no answer within its time limit.", A::Troubleshoot},
    };
    static_assert(coversEachCodeInOrder<Code>(table));
    return table;
}

// A worker's answer goes back through this: once the session is gone, it finds no one to report to.
struct CheckSession::Mailbox {
    std::mutex mutex;
    CheckSession* session = nullptr;

    template <typename Deliver>
    void post(Deliver deliver)
    {
        std::lock_guard lock(mutex);
        if (session)
            QMetaObject::invokeMethod(session, [session = session, deliver] { deliver(*session); }, Qt::QueuedConnection);
    }
};

CheckSession::CheckSession(QObject* parent)
    : QObject(parent), m_workers(std::make_unique<WorkerThreads>(kExitWaitMs)), m_mailbox(std::make_shared<Mailbox>())
{
    m_mailbox->session = this;
}

CheckSession::~CheckSession()
{
    {
        std::lock_guard lock(m_mailbox->mutex);
        m_mailbox->session = nullptr;
    }
    for (Entry& entry : m_entries)
        if (entry.progress)
            entry.progress->cancel = true;
    m_workers.reset();  // waits briefly, before the entries the callbacks name are gone
}

CheckSession::Entry* CheckSession::find(const QString& checkId)
{
    const auto found = m_entries.find(checkId);
    return found == m_entries.end() ? nullptr : &*found;
}

void CheckSession::addCheck(const CheckSpec& spec, std::shared_ptr<const Check> check)
{
    const QString id = spec.idText();
    m_order << id;
    Entry entry;
    entry.spec = spec;
    entry.check = std::move(check);
    m_entries.insert(id, std::move(entry));
}

QStringList CheckSession::checkIds(const QString& section) const
{
    QStringList ids;
    for (const QString& id : m_order)
        if (section.isEmpty() || m_entries[id].spec.sectionText() == section)
            ids << id;
    return ids;
}

const CheckSpec* CheckSession::spec(const QString& checkId) const
{
    const auto found = m_entries.find(checkId);
    return found == m_entries.end() ? nullptr : &found->spec;
}

CheckResult CheckSession::result(const QString& checkId) const
{
    return m_entries.value(checkId).result;
}

int CheckSession::runCount(const QString& checkId) const
{
    return m_entries.value(checkId).runs;
}

bool CheckSession::isBusy() const
{
    for (const Entry& entry : m_entries)
        if (entry.result.status == Status::Running)
            return true;
    return false;
}

bool CheckSession::hasWorkers() const
{
    return m_workers->alive() > 0;
}

std::shared_ptr<const FixProgress> CheckSession::fixProgress(const QString& checkId) const
{
    return m_entries.value(checkId).progress;
}

void CheckSession::cancelFix(const QString& checkId)
{
    if (Entry* entry = find(checkId); entry && entry->progress)
        entry->progress->cancel = true;
}

void CheckSession::resumeFixAfterRun(const QString& checkId, const QString& fixId)
{
    m_resumeFix.insert(checkId, fixId);
}

void CheckSession::run(const QString& checkId)
{
    Entry* entry = find(checkId);
    if (!entry)
        return;
    if (entry->workerAlive) {
        // The running result (or the fix's) would be stale: run once more when that worker is gone.
        entry->runQueued = true;
        if (entry->result.status != Status::Running) {
            CheckResult waiting;
            waiting.status = Status::Running;
            waiting.summary = msg("Waiting for the previous attempt to stop…");
            ++entry->generation;
            setResult(checkId, waiting);
        }
        return;
    }
    startRun(checkId);
}

void CheckSession::startRun(const QString& checkId)
{
    Entry* entry = find(checkId);
    const quint64 generation = ++entry->generation;
    entry->workerAlive = true;
    entry->runQueued = false;
    ++entry->runs;
    CheckResult running;
    running.status = Status::Running;
    running.summary = msg("Checking…");
    setResult(checkId, running);
    spdlog::info("check {}: started", checkId.toStdString());

    m_workers->start(
        [check = entry->check, context = m_context, checkId, generation, mailbox = m_mailbox] {
            const CheckResult result = runGuarded(*check, context);
            mailbox->post([checkId, generation, result](CheckSession& session) { session.finishRun(checkId, generation, result); });
        },
        [this, checkId] { workerGone(checkId); });
    armTimeout(checkId, generation, entry->spec.timeoutSeconds);
}

void CheckSession::runSection(const QString& section)
{
    // The checks of the error the run started from start first: their answers are the ones the user waits for.
    QStringList ids = checkIds(section);
    const ErrorMatch match = lookUpAgentError(m_context.inputs.agentError);
    if (match.error)
        std::stable_partition(ids.begin(), ids.end(), [&match](const QString& id) { return match.error->checks.contains(id); });
    for (const QString& id : std::as_const(ids))
        run(id);
}

void CheckSession::runCausesOfError()
{
    const ErrorMatch match = lookUpAgentError(m_context.inputs.agentError);
    if (!match.error)
        return;
    for (const QString& id : match.error->checks)
        if (const Entry* entry = find(id); entry && entry->result.status == Status::NotRun)
            run(id);
}

void CheckSession::useMeasuredClock(double offsetSeconds)
{
    // A minute matters to a certificate's dates; a few seconds of jitter between measurements does not.
    constexpr double kSignificantSeconds = 60;
    const double before = m_context.measured.clockOffsetSeconds.value_or(0);
    const bool first = !m_context.measured.clockOffsetSeconds;
    m_context.measured.clockOffsetSeconds = offsetSeconds;
    if (!first && std::abs(offsetSeconds - before) < kSignificantSeconds)
        return;
    if (first && std::abs(offsetSeconds) < kSignificantSeconds)
        return;  // the checks that ran already judged by a clock right to within a minute
    for (const QString& id : std::as_const(m_order)) {
        const Entry& entry = m_entries[id];
        if ((entry.spec.inputs & Input::MeasuredClock) && entry.result.status != Status::NotRun)
            run(id);
    }
}

void CheckSession::runAll()
{
    runSection({});
}

void CheckSession::runChecksUsing(Inputs inputs)
{
    for (const QString& id : std::as_const(m_order))
        if (m_entries[id].spec.inputs & inputs)
            run(id);
}

void CheckSession::applyFix(const QString& checkId, const QString& fixId)
{
    Entry* entry = find(checkId);
    if (!entry || entry->result.status == Status::Running)
        return;
    for (const auto& offered : entry->result.fixes)
        if (offered->id() == fixId)
            return startFix(checkId, offered);
    spdlog::warn("fix {} is not offered by check {} now; ignored", fixId.toStdString(), checkId.toStdString());
}

void CheckSession::applyFixOnBehalf(const QString& checkId, std::shared_ptr<const Fix> fix)
{
    Entry* entry = find(checkId);
    if (entry && fix && entry->result.status != Status::Running)
        startFix(checkId, std::move(fix));
}

void CheckSession::startFix(const QString& checkId, std::shared_ptr<const Fix> fix)
{
    Entry* entry = find(checkId);
    ++entry->generation;
    entry->beforeFix = entry->result;
    CheckResult applying = entry->result;
    applying.status = Status::Running;
    applying.summary = msg("Applying “%1”…").arg(fix->title());
    applying.fixes.clear();
    entry->progress = std::make_shared<FixProgress>();
    setResult(checkId, applying);
    spdlog::info("fix {} of check {}: started", fix->id().toStdString(), checkId.toStdString());
    if (entry->workerAlive) {
        // The result is in, but its worker's thread has not quite ended: the fix starts as soon as it has.
        entry->fixQueued = std::move(fix);
        return;
    }
    launchFix(checkId, std::move(fix));
}

void CheckSession::launchFix(const QString& checkId, std::shared_ptr<const Fix> fix)
{
    Entry* entry = find(checkId);
    const quint64 generation = entry->generation;
    if (fix->spec().onUiThread) {
        // Here, so the window it opens belongs to the wizard's; it returns once Windows has shown it (or was refused).
        FixRecord record{checkId, fix->id(), fix->title(), applyGuarded(*fix, m_context, *entry->progress), QDateTime::currentDateTimeUtc()};
        QMetaObject::invokeMethod(this, [this, checkId, generation, record] { finishFix(checkId, generation, record); }, Qt::QueuedConnection);
        return;
    }
    entry->workerAlive = true;
    m_workers->start(
        [fix, context = m_context, checkId, generation, progress = entry->progress, mailbox = m_mailbox] {
            FixRecord record{checkId, fix->id(), fix->title(), applyGuarded(*fix, context, *progress), QDateTime::currentDateTimeUtc()};
            mailbox->post([checkId, generation, record](CheckSession& session) { session.finishFix(checkId, generation, record); });
        },
        [this, checkId] { workerGone(checkId); });
    armTimeout(checkId, generation, kFixTimeoutSeconds);
}

void CheckSession::workerGone(const QString& checkId)
{
    Entry* entry = find(checkId);
    if (!entry)
        return;
    entry->workerAlive = false;
    if (auto fix = std::exchange(entry->fixQueued, nullptr); fix && !entry->runQueued)
        launchFix(checkId, std::move(fix));
    else if (entry->runQueued)
        startRun(checkId);
}

void CheckSession::armTimeout(const QString& checkId, quint64 generation, int seconds)
{
    QTimer::singleShot(static_cast<int>(seconds * 1000 * m_timeoutScale), this, [this, checkId, generation, seconds] {
        Entry* entry = find(checkId);
        if (!entry || entry->generation != generation || entry->result.status != Status::Running)
            return;
        ++entry->generation;  // drop the late answer
        Messages evidence{msg("The check was abandoned; press Run again to retry.")};
        if (entry->progress) {
            entry->progress->cancel = true;  // a fix stops at its next step; what it did is still recorded
            entry->progress.reset();
            evidence = {msg("The fix was asked to stop; what it did until then is recorded when it returns.")};
        }
        spdlog::warn("check {}: no answer within {} s", checkId.toStdString(), seconds);
        setResult(checkId, SessionVerdict::error(Code::NoAnswer, msg("No answer within %1 seconds.").arg(seconds), evidence).toResult());
    });
}

void CheckSession::finishRun(const QString& checkId, quint64 generation, const CheckResult& result)
{
    Entry* entry = find(checkId);
    if (!entry || entry->generation != generation || entry->runQueued)
        return;  // stale: a timeout or a newer request superseded it
    spdlog::info("check {}: {} - {}", checkId.toStdString(), statusName(result.status).toStdString(), english(result.summary));
    setResult(checkId, result);
    const QString resume = m_resumeFix.take(checkId);
    if (!resume.isEmpty()) {
        for (const auto& fix : result.fixes)
            if (fix->id() == resume)
                emit fixReady(checkId, resume);
    }
}

void CheckSession::finishFix(const QString& checkId, quint64 generation, const FixRecord& record)
{
    Entry* entry = find(checkId);
    if (!entry)
        return;
    FixRecord recorded = record;
    recorded.finishedLate = entry->generation != generation;
    for (const Message& line : record.outcome.changes)
        spdlog::info("fix {}: changed: {}", record.fixId.toStdString(), english(line));
    for (const Message& line : record.outcome.failures)
        spdlog::warn("fix {}: failed: {}", record.fixId.toStdString(), english(line));
    // Recorded even when late: it may have changed the system before it was asked to stop.
    m_fixHistory << recorded;
    emit fixFinished(checkId, recorded);
    if (recorded.finishedLate) {
        run(checkId);  // prove what the late fix left behind
        return;
    }
    entry->progress.reset();
    if (record.outcome.restartsProgram) {
        ++entry->generation;
        setResult(checkId, entry->beforeFix);
        emit restartRequested();
        return;
    }
    applyContextChange(checkId, record.outcome);
    // The proving run starts once this fix's worker is gone: at most one worker per check.
    if (!entry->workerAlive) {
        entry->result.status = Status::NotRun;
        startRun(checkId);
        return;
    }
    entry->runQueued = true;
    ++entry->generation;
    CheckResult checking;
    checking.status = Status::Running;
    checking.summary = msg("Checking…");
    setResult(checkId, checking);
}

void CheckSession::applyContextChange(const QString& checkId, const FixOutcome& outcome)
{
    // The context changes here, once, and what reads the changed inputs runs again; the fixing check gets its
    // proving run anyway.
    if (!outcome.changeContext)
        return;
    outcome.changeContext(m_context);
    QStringList rerun;
    for (const QString& id : m_order)
        if (id != checkId && (m_entries[id].spec.inputs & outcome.changedInputs) && m_entries[id].result.status != Status::NotRun)
            rerun << id;
    emit contextChanged();
    for (const QString& id : rerun)
        run(id);
}

void CheckSession::setResult(const QString& checkId, const CheckResult& result)
{
    m_entries[checkId].result = result;
    emit resultChanged(checkId);
    if (const auto* clock = std::any_cast<ClockOffset>(&result.exported); clock && m_entries[checkId].spec.measuresClock)
        useMeasuredClock(clock->offsetSeconds);
    if (!isBusy())
        emit idle();
}

}  // namespace mars
