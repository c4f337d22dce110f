#pragma once
#include "Check.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <memory>
#include <mutex>

class QThread;

namespace mars {

struct FixRecord {
    QString checkId;
    QString fixId;
    QString title;
    FixOutcome outcome;
    QDateTime finishedUtc;
};

// Owns the checks, the context they run in and their latest results. Runs each check and fix on its own worker thread
// and reports back on the thread it lives on, so the wizard (or the command line) only ever sees finished results.
// A check that throws ends as Error; one that outlives its timeout ends as Error and its late answer is dropped.
class CheckSession : public QObject {
    Q_OBJECT
public:
    explicit CheckSession(QObject* parent = nullptr);
    ~CheckSession() override;

    void addCheck(const QString& section, std::shared_ptr<const Check> check);
    QList<std::shared_ptr<const Check>> checks(const QString& section = {}) const;
    std::shared_ptr<const Check> check(const QString& id) const;
    QString sectionOf(const QString& checkId) const;
    CheckResult result(const QString& checkId) const;
    QList<FixRecord> fixHistory() const { return m_fixHistory; }
    bool isBusy() const;
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
    void runAll();
    void applyFix(const QString& checkId, const QString& fixId);

signals:
    void resultChanged(const QString& checkId);
    void fixFinished(const QString& checkId, const mars::FixRecord& record);
    void fixReady(const QString& checkId, const QString& fixId);
    void restartRequested();
    void idle();

private:
    struct Mailbox {
        std::mutex mutex;
        CheckSession* session = nullptr;
    };
    template <typename Work>
    void startWorker(Work work);
    struct Entry {
        QString section;
        std::shared_ptr<const Check> check;
        CheckResult result;
        quint64 generation = 0;
        std::shared_ptr<FixProgress> progress;
        bool rerun = false;  // asked to run again while running: the inputs changed, the running result is stale
    };

    void finishRun(const QString& checkId, quint64 generation, const CheckResult& result);
    void finishFix(const QString& checkId, quint64 generation, const FixRecord& record);
    void setResult(const QString& checkId, const CheckResult& result);
    void armTimeout(const QString& checkId, quint64 generation, int seconds);

    QList<QString> m_order;
    QHash<QString, Entry> m_entries;
    QList<FixRecord> m_fixHistory;
    CheckContext m_context;
    std::shared_ptr<Mailbox> m_mailbox;
    QList<QThread*> m_workers;
    QHash<QString, QString> m_resumeFix;
    double m_timeoutScale = 1.0;
};

}  // namespace mars
