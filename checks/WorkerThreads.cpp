#include "WorkerThreads.h"

#include "platform/ProcessExit.h"

#include <QDeadlineTimer>
#include <QThread>

#include <spdlog/spdlog.h>

namespace mars {

WorkerThreads::WorkerThreads(int exitWaitMs, QObject* parent) : QObject(parent), m_exitWaitMs(exitWaitMs) {}

WorkerThreads::~WorkerThreads()
{
    const QDeadlineTimer deadline(m_exitWaitMs);
    for (auto& thread : m_threads) {
        if (thread->wait(deadline))
            continue;
        // Still inside a system call (a DNS look-up, a file system that stopped answering): it owns nothing of ours
        // but a copy of its inputs, and its answer has nowhere to go. The process ends without running Qt's teardown.
        spdlog::warn("a worker is still running at exit; the process ends without waiting for it");
        platform::noteAbandonedThreads();
        (void)thread.release();
    }
}

void WorkerThreads::start(std::function<void()> work, std::function<void()> whenGone)
{
    auto& thread = m_threads.emplace_back(QThread::create(std::move(work)));
    QThread* raw = thread.get();
    connect(raw, &QThread::finished, this, [this, raw, whenGone = std::move(whenGone)] {
        raw->wait();  // finished() is emitted just before the thread's very end
        m_threads.remove_if([raw](const std::unique_ptr<QThread>& held) { return held.get() == raw; });
        whenGone();
    });
    raw->start();
}

}  // namespace mars
