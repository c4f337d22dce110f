#pragma once
// Catch2 v2 has no SKIP. A test that cannot run here says so to CTest instead of passing, in one of two ways that
// CTest reports as skipped (cmake/TestSupport.cmake sets both): MARS_SKIP prints the marker "MARS-SKIPPED:" and
// returns from the test case (SKIP_REGULAR_EXPRESSION); skipTest() prints it and exits 77 at once
// (SKIP_RETURN_CODE), for helpers that are not the test case itself.
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>

#define MARS_SKIP(reason)                      \
    do {                                       \
        WARN("MARS-SKIPPED: " << reason);      \
        return;                                \
    } while (false)

namespace mars::test {

inline constexpr int kSkipReturnCode = 77;

[[noreturn]] inline void skipTest(const char* reason)
{
    std::fprintf(stderr, "MARS-SKIPPED: %s\n", reason);
    std::fflush(nullptr);
    std::_Exit(kSkipReturnCode);  // before the test framework could count the case as passed
}

}  // namespace mars::test
