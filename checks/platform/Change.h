#pragma once
// What every concern of the platform layer shares: the record of a change, and the progress of a long operation.
// Standard C++ only (no Qt), so the Win32 implementations cross-compile with mingw-w64 and run under Wine alone.
#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

namespace mars::platform {

// What a system change did: one line per change made, one per change that failed.
struct ChangeResult {
    std::vector<std::string> changed;
    std::vector<std::string> failed;
    bool ok() const { return failed.empty(); }
};

// Shared between a long operation on a worker thread and whoever shows it: counts up, and may be asked to stop.
struct Progress {
    std::atomic<std::uint64_t> done{0};
    std::atomic<std::uint64_t> total{0};
    std::atomic<bool> cancel{false};
};

}  // namespace mars::platform
