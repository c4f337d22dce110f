#pragma once
// Catch2 v2 has no SKIP: a test that cannot run here says so with this marker and returns. CTest matches the marker
// (SKIP_REGULAR_EXPRESSION, cmake/TestSupport.cmake) and reports the test skipped, never passed.
#include <catch2/catch.hpp>

#define MARS_SKIP(reason)                      \
    do {                                       \
        WARN("MARS-SKIPPED: " << reason);      \
        return;                                \
    } while (false)
