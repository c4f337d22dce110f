#pragma once
#include "Check.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <memory>

namespace mars {

class WorkerThreads;

struct FixRecord {
    QString checkId;
    QString fixId;
    Message title;
    FixOutcome outcome;
    QDateTime finishedUtc;
    bool finishedLate = false;  // it outlived its timeout: the check had already been marked Error
};

// Owns the checks, the context they run in and their latest results. Runs each check and fix on a worker thread —
// at most one per check at a time — and reports back on the thread it lives on, so the wizard (or the command line)
// only ever sees finished results. A check that throws ends as Error; one that outlives its timeout ends as Error
// and its late answer is dropped. A fix that outlives its timeout is asked to stop (its progress' cancel flag), and
// what it did is still recorded when it returns.
class CheckSession : public QObject {
    Q_OBJECT
    MARS_MESSAGE_FUNCTION("mars::CheckSession")
public:
    explicit CheckSession(QObject* parent = nullptr);
    ~CheckSession() override;

    // The session's own verdicts, for any check: one that threw, one that did not answer in time.
    static constexpr char kId[] = "";
    enum class Code { CheckStopped, NoAnswer, Count };
    static std::span<const FindingSpec> findings();

    void addCheck(const CheckSpec& spec, std::shared_ptr<const Check> check);
    QStringList checkIds(const QString& section = {}) const;  // in the order they were added
    const CheckSpec* spec(const QString& checkId) const;
    CheckResult result(const QString& checkId) const;
    QList<FixRecord> fixHistory() const { return m_fixHistory; }
    bool isBusy() const;           // a check or fix is Running
    bool hasWorkers() const;       // a worker thread is alive (also one abandoned after its timeout)
    int runCount(const QString& checkId) const;  // how often the check was started: tests prove what did not re-run
    // While a fix runs: its progress (for a bar) and a way to stop it. Null when no fix is running.
    std::shared_ptr<const FixProgress> fixProgress(const QString& checkId) const;
    void cancelFix(const QString& checkId);

    CheckContext context() const { return m_context; }
    void setContext(const CheckContext& context) { m_context = context; }
    void setTimeoutScale(double scale) { m_timeoutScale = scale; }  // tests shorten timeouts with this

    // After the next run of checkId, if its fresh result still offers fixId, fixReady() asks for it to be confirmed.
    // This is how an elevated restart resumes a fix: it never acts on what it was handed without re-checking.
    void resumeFixAfterRun(const QString& checkId, const QString& fixId);

public slots:
    void run(const QString& checkId);
    void runSection(const QString& section);
    void runAll();  // the checks of the context's agent error first
    void runCausesOfError();  // the context's agent error: its checks not run yet start now, whatever page is shown
    void runChecksUsing(mars::Inputs inputs);  // an input changed: the checks that read it run again
    // Applies a fix the check's latest result offers.
    void applyFix(const QString& checkId, const QString& fixId);
    // Applies a fix on the check's behalf that it does not offer itself: the restart that elevates for one of its fixes.
    void applyFixOnBehalf(const QString& checkId, std::shared_ptr<const Fix> fix);

signals:
    void resultChanged(const QString& checkId);
    void fixFinished(const QString& checkId, const mars::FixRecord& record);
    void fixReady(const QString& checkId, const QString& fixId);
    void restartRequested();
    void contextChanged();  // a fix changed what the checks use (the cloud, the vault file): the wizard shows it
    void idle();

private:
    struct Entry {
        CheckSpec spec;
        std::shared_ptr<const Check> check;
        CheckResult result;
        CheckResult beforeFix;  // shown again when a fix hands over to a restarted program
        quint64 generation = 0;
        std::shared_ptr<FixProgress> progress;
        bool workerAlive = false;  // at most one worker per check, also after a timeout abandoned it
        bool runQueued = false;    // run again once the worker is gone: the inputs changed, or a fix wants proof
        std::shared_ptr<const Fix> fixQueued;  // asked for while the last run's worker was still ending
        int runs = 0;
    };

    void startRun(const QString& checkId);
    void startFix(const QString& checkId, std::shared_ptr<const Fix> fix);
    void launchFix(const QString& checkId, std::shared_ptr<const Fix> fix);
    void workerGone(const QString& checkId);
    void finishRun(const QString& checkId, quint64 generation, const CheckResult& result);
    void finishFix(const QString& checkId, quint64 generation, const FixRecord& record);
    void setResult(const QString& checkId, const CheckResult& result);
    void applyContextChange(const QString& checkId, const FixOutcome& outcome);
    void useMeasuredClock(double offsetSeconds);
    void armTimeout(const QString& checkId, quint64 generation, int seconds);
    Entry* find(const QString& checkId);

    struct Mailbox;

    QStringList m_order;
    QHash<QString, Entry> m_entries;
    QList<FixRecord> m_fixHistory;
    CheckContext m_context;
    std::unique_ptr<WorkerThreads> m_workers;
    std::shared_ptr<Mailbox> m_mailbox;
    QHash<QString, QString> m_resumeFix;
    double m_timeoutScale = 1.0;
};

}  // namespace mars
