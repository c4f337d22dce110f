#include "CheckSession.h"

#include <QDeadlineTimer>
#include <QThread>
#include <QTimer>

#include <spdlog/spdlog.h>


namespace mars {

namespace {
CheckResult runGuarded(const Check& check, const CheckContext& context)
{
    try {
        return check.run(context);
    } catch (const std::exception& error) {
        return CheckResult::error(CheckSession::tr("The check stopped with an error: %1").arg(QString::fromLocal8Bit(error.what())));
    } catch (...) {
        return CheckResult::error(CheckSession::tr("The check stopped with an unknown error."));
    }
}

FixOutcome applyGuarded(const Fix& fix, const CheckContext& context, FixProgress& progress)
{
    try {
        return fix.apply(context, progress);
    } catch (const std::exception& error) {
        FixOutcome outcome;
        outcome.failures << CheckSession::tr("The fix stopped with an error: %1").arg(QString::fromLocal8Bit(error.what()));
        return outcome;
    } catch (...) {
        FixOutcome outcome;
        outcome.failures << CheckSession::tr("The fix stopped with an unknown error.");
        return outcome;
    }
}
}  // namespace

CheckSession::CheckSession(QObject* parent) : QObject(parent), m_mailbox(std::make_shared<Mailbox>())
{
    m_mailbox->session = this;
}

CheckSession::~CheckSession()
{
    // Workers keep their own copies of what they need and find no one to report to. They are still waited for
    // (every check has its own timeout): a thread that used Qt must finish, per-thread cleanup included, before the
    // application object goes.
    {
        std::lock_guard lock(m_mailbox->mutex);
        m_mailbox->session = nullptr;
    }
    const QDeadlineTimer deadline(std::chrono::seconds(15));
    for (QThread* worker : std::as_const(m_workers)) {
        if (!worker->wait(deadline))
            spdlog::warn("a check worker is still running at exit");
        else
            delete worker;
    }
}

template <typename Work>
void CheckSession::startWorker(Work work)
{
    // QThread rather than std::thread: Qt then runs its thread-local cleanup before wait() returns.
    QThread* worker = QThread::create([mailbox = m_mailbox, work = std::move(work)] { work(*mailbox); });
    m_workers << worker;
    connect(worker, &QThread::finished, this, [this, worker] {
        m_workers.removeOne(worker);
        worker->deleteLater();
    });
    worker->start();
}

void CheckSession::addCheck(const QString& section, std::shared_ptr<const Check> check)
{
    const QString id = check->id();
    m_order << id;
    m_entries.insert(id, Entry{section, std::move(check), {}, 0, nullptr, false});
}

QList<std::shared_ptr<const Check>> CheckSession::checks(const QString& section) const
{
    QList<std::shared_ptr<const Check>> list;
    for (const QString& id : m_order) {
        const Entry& entry = m_entries[id];
        if (section.isEmpty() || entry.section == section)
            list << entry.check;
    }
    return list;
}

std::shared_ptr<const Check> CheckSession::check(const QString& id) const
{
    return m_entries.contains(id) ? m_entries[id].check : nullptr;
}

QString CheckSession::sectionOf(const QString& checkId) const
{
    return m_entries.value(checkId).section;
}

CheckResult CheckSession::result(const QString& checkId) const
{
    return m_entries.value(checkId).result;
}

bool CheckSession::isBusy() const
{
    for (const Entry& entry : m_entries)
        if (entry.result.status == Status::Running)
            return true;
    return false;
}

std::shared_ptr<const FixProgress> CheckSession::fixProgress(const QString& checkId) const
{
    return m_entries.value(checkId).progress;
}

void CheckSession::cancelFix(const QString& checkId)
{
    if (const auto& progress = m_entries.value(checkId).progress)
        progress->cancel = true;
}

void CheckSession::resumeFixAfterRun(const QString& checkId, const QString& fixId)
{
    m_resumeFix.insert(checkId, fixId);
}

void CheckSession::run(const QString& checkId)
{
    auto found = m_entries.find(checkId);
    if (found == m_entries.end())
        return;
    if (found->result.status == Status::Running) {
        found->rerun = !found->progress;  // a running fix re-runs its check anyway
        return;
    }
    const quint64 generation = ++found->generation;
    CheckResult running;
    running.status = Status::Running;
    running.summary = tr("Checking…");
    setResult(checkId, running);
    spdlog::info("check {}: started", checkId.toStdString());

    startWorker([check = found->check, context = m_context, checkId, generation](Mailbox& mailbox) {
        const CheckResult result = runGuarded(*check, context);
        std::lock_guard lock(mailbox.mutex);
        if (CheckSession* session = mailbox.session)
            QMetaObject::invokeMethod(session, [session, checkId, generation, result] { session->finishRun(checkId, generation, result); },
                                      Qt::QueuedConnection);
    });
    armTimeout(checkId, generation, found->check->timeoutSeconds());
}

void CheckSession::runSection(const QString& section)
{
    for (const auto& check : checks(section))
        run(check->id());
}

void CheckSession::runAll()
{
    runSection({});
}

void CheckSession::applyFix(const QString& checkId, const QString& fixId)
{
    auto found = m_entries.find(checkId);
    if (found == m_entries.end() || found->result.status == Status::Running)
        return;
    std::shared_ptr<const Fix> fix;
    for (const auto& offered : found->result.fixes)
        if (offered->id() == fixId)
            fix = offered;
    if (!fix) {
        spdlog::warn("fix {} is not offered by check {} now; ignored", fixId.toStdString(), checkId.toStdString());
        return;
    }
    const quint64 generation = ++found->generation;
    CheckResult applying = found->result;
    applying.status = Status::Running;
    applying.summary = tr("Applying “%1”…").arg(fix->title());
    applying.fixes.clear();
    setResult(checkId, applying);
    spdlog::info("fix {} of check {}: started", fixId.toStdString(), checkId.toStdString());

    found->progress = std::make_shared<FixProgress>();
    startWorker([fix, context = m_context, checkId, generation, progress = found->progress](Mailbox& mailbox) {
        FixRecord record{checkId, fix->id(), fix->title(), applyGuarded(*fix, context, *progress), QDateTime::currentDateTimeUtc()};
        std::lock_guard lock(mailbox.mutex);
        if (CheckSession* session = mailbox.session)
            QMetaObject::invokeMethod(session, [session, checkId, generation, record] { session->finishFix(checkId, generation, record); },
                                      Qt::QueuedConnection);
    });
    armTimeout(checkId, generation, 600);  // a fix may have 100,000 files to delete
}

void CheckSession::armTimeout(const QString& checkId, quint64 generation, int seconds)
{
    QTimer::singleShot(static_cast<int>(seconds * 1000 * m_timeoutScale), this, [this, checkId, generation, seconds] {
        auto found = m_entries.find(checkId);
        if (found == m_entries.end() || found->generation != generation || found->result.status != Status::Running)
            return;
        ++found->generation;  // drop the late answer
        spdlog::warn("check {}: no answer within {} s", checkId.toStdString(), seconds);
        setResult(checkId, CheckResult::error(tr("No answer within %1 seconds.").arg(seconds),
                                              {tr("The check was abandoned; press Run again to retry.")}));
    });
}

void CheckSession::finishRun(const QString& checkId, quint64 generation, const CheckResult& result)
{
    auto found = m_entries.find(checkId);
    if (found == m_entries.end() || found->generation != generation)
        return;
    if (found->rerun) {
        found->rerun = false;
        found->result.status = Status::NotRun;
        run(checkId);
        return;
    }
    spdlog::info("check {}: {} - {}", checkId.toStdString(), statusName(result.status).toStdString(), result.summary.toStdString());
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
    auto found = m_entries.find(checkId);
    if (found == m_entries.end() || found->generation != generation)
        return;
    for (const QString& line : record.outcome.changes)
        spdlog::info("fix {}: changed: {}", record.fixId.toStdString(), line.toStdString());
    for (const QString& line : record.outcome.failures)
        spdlog::warn("fix {}: failed: {}", record.fixId.toStdString(), line.toStdString());
    m_fixHistory << record;
    found->progress.reset();
    found->result.status = Status::NotRun;  // lets run() start the proving re-run
    emit fixFinished(checkId, record);
    if (record.outcome.restartsProgram) {
        emit restartRequested();
        return;
    }
    run(checkId);
}

void CheckSession::setResult(const QString& checkId, const CheckResult& result)
{
    m_entries[checkId].result = result;
    emit resultChanged(checkId);
    if (!isBusy())
        emit idle();
}

}  // namespace mars
