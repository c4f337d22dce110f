#pragma once
// Catch2 v2 has no SKIP. A test that cannot run here says so to CTest instead of passing: exit code 77, which CTest
// reports as skipped (SKIP_RETURN_CODE, cmake/TestSupport.cmake). MARS_SKIP prints the reason ("MARS-SKIPPED: …"),
// returns from the test case and marks the run; the Catch2 main (CatchMain.cpp, QtCatchMain.cpp) then ends a run
// that had no failure with 77, and a run with a failure as a failure: a skip never hides one. skipTest() exits 77 at
// once, for helpers that are not the test case itself.
#include <catch2/catch.hpp>

#include <atomic>
#include <cstdio>
#include <cstdlib>

namespace mars::test {

inline constexpr int kSkipReturnCode = 77;

inline std::atomic<int>& skippedCases()
{
    static std::atomic<int> count{0};
    return count;
}

// What the Catch2 mains return: a failure stays a failure; a clean run with a skipped case is a skip.
inline int runResult(int failures)
{
    if (failures == 0 && skippedCases().load() > 0) {
        std::fprintf(stderr, "MARS-SKIPPED: %d test case(s) could not run here (their reasons are above)\n", skippedCases().load());
        std::fflush(nullptr);
        return kSkipReturnCode;
    }
    return failures;
}

[[noreturn]] inline void skipTest(const char* reason)
{
    std::fprintf(stderr, "MARS-SKIPPED: %s\n", reason);
    std::fflush(nullptr);
    std::_Exit(kSkipReturnCode);  // before the test framework could count the case as passed
}

}  // namespace mars::test

#define MARS_SKIP(reason)                                \
    do {                                                 \
        WARN("MARS-SKIPPED: " << reason);                \
        ++mars::test::skippedCases();                    \
        return;                                          \
    } while (false)
