#pragma once
// How the Win32 and POSIX cleanups count what happened to each *.tmp candidate, in one place.
#include "Platform.h"

namespace mars::platform {

enum class TmpVerdict { Deleted, InUse, ReadOnly, NotRegular, Vanished, Failed };

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

}  // namespace mars::platform
