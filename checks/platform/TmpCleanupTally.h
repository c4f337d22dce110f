#pragma once
// How the Win32 and POSIX cleanups count what happened to each *.tmp candidate, in one place.
#include "Platform.h"

#include <chrono>
#include <thread>

namespace mars::platform {

enum class TmpVerdict { Deleted, InUse, ReadOnly, NotRegular, Vanished, Failed };

struct TmpAttempt {
    TmpVerdict verdict = TmpVerdict::Failed;
    std::uint64_t size = 0;
    std::string failure = {};  // with Failed: the system's reason
};

inline void tally(TmpCleanup& cleanup, TmpVerdict verdict, std::uint64_t size, const std::string& name, const std::string& failure = {})
{
    constexpr std::size_t kMaxExamples = 5;
    auto remember = [&](const std::string& reason) {
        if (cleanup.examples.size() < kMaxExamples)
            cleanup.examples.push_back(name + " (" + reason + ")");
    };
    switch (verdict) {
    case TmpVerdict::Deleted: ++cleanup.deleted; cleanup.bytesFreed += size; break;
    case TmpVerdict::InUse: ++cleanup.inUse; remember("in use"); break;
    case TmpVerdict::ReadOnly: ++cleanup.readOnly; remember("read-only"); break;
    case TmpVerdict::NotRegular: ++cleanup.notRegular; remember("a link, folder, hard link or special file"); break;
    case TmpVerdict::Vanished: ++cleanup.vanished; break;
    case TmpVerdict::Failed: ++cleanup.failed; remember(failure); break;
    }
}

// A file found in use is tried again for a moment before it counts as in use: a parallel cleanup of the same folder
// holds each file only while it deletes it, and the file then turns out gone (vanished), not in use. A file another
// program keeps open stays busy through every round. The rounds back off (1, 2, 4 ... ms) and end after about a
// quarter of a second for the whole cleanup, however many files are busy. After a cancel nothing more is tried.
template <typename Candidate, typename NewRound, typename Attempt, typename NameOf>
void retryInUse(TmpCleanup& cleanup, const Progress& progress, std::vector<Candidate> busy, NewRound newRound, Attempt attempt,
                NameOf nameOf)
{
    using std::chrono::milliseconds;
    const auto deadline = std::chrono::steady_clock::now() + milliseconds(250);
    for (milliseconds pause{1}; !busy.empty(); pause *= 2) {
        const bool lastRound = std::chrono::steady_clock::now() + pause >= deadline;
        if (!lastRound)
            std::this_thread::sleep_for(pause);
        if (progress.cancel) {
            cleanup.cancelled = true;
            for (const Candidate& candidate : busy)
                tally(cleanup, TmpVerdict::InUse, 0, nameOf(candidate));
            return;
        }
        newRound();
        std::vector<Candidate> still;
        for (const Candidate& candidate : busy) {
            TmpAttempt result = attempt(candidate);
            if (result.verdict == TmpVerdict::InUse && !lastRound)
                still.push_back(candidate);
            else
                tally(cleanup, result.verdict, result.size, nameOf(candidate), result.failure);
        }
        busy.swap(still);
    }
}

}  // namespace mars::platform
