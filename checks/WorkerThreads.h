#pragma once
#include <QObject>

#include <functional>
#include <list>
#include <memory>

class QThread;

namespace mars {

// Owns the worker threads of a session. QThread rather than std::thread: Qt runs its thread-local cleanup before
// wait() returns. A thread is deleted on the owner's thread once it has ended; the destructor waits a short while
// for those still running (a closed window must be gone within a second) and abandons the rest to the process
// exit, which then ends without static teardown (platform::endProcess), since they may still be inside Qt.
class WorkerThreads : public QObject {
public:
    explicit WorkerThreads(int exitWaitMs, QObject* parent = nullptr);
    ~WorkerThreads() override;

    // Runs work() on a new thread; whenGone() runs on this object's thread after that thread has ended.
    void start(std::function<void()> work, std::function<void()> whenGone);
    int alive() const { return int(m_threads.size()); }

private:
    int m_exitWaitMs;
    std::list<std::unique_ptr<QThread>> m_threads;
};

}  // namespace mars
