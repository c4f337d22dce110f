#pragma once
#include <QObject>
#include <QThread>

#include <memory>
#include <optional>

namespace mars {

// Runs work() on its own thread and done(result) on receiver's thread, unless receiver is gone by then.
// For the few slow calls that are not checks (the UAC prompt of a restart blocks until the user answers).
template <typename Work, typename Done>
void runInBackground(QObject* receiver, Work work, Done done)
{
    using Result = decltype(work());
    auto result = std::make_shared<std::optional<Result>>();
    QThread* thread = QThread::create([work, result] { *result = work(); });
    QObject::connect(thread, &QThread::finished, receiver, [result, done] { done(**result); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

}  // namespace mars
