#pragma once
// With MARS_FUZZ_TIMING set, a fuzz target times every input it runs and prints the slowest at exit, so a replay
// of the corpus proves "no input slower than 100 ms" (libFuzzer's own -timeout counts whole seconds).
#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace mars::fuzz {

struct Timing {
    double slowestMs = 0;
    long inputs = 0;
    bool enabled = std::getenv("MARS_FUZZ_TIMING") != nullptr;
    ~Timing()
    {
        if (enabled)
            std::printf("fuzz timing: %ld inputs, slowest %.3f ms\n", inputs, slowestMs);
    }
};

inline Timing& timing()
{
    static Timing instance;
    return instance;
}

template <typename Body>
void timed(Body body)
{
    if (!timing().enabled)
        return body();
    const auto start = std::chrono::steady_clock::now();
    body();
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    timing().slowestMs = ms > timing().slowestMs ? ms : timing().slowestMs;
    ++timing().inputs;
}

}  // namespace mars::fuzz
