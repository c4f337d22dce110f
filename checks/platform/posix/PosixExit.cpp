#include "../ProcessExit.h"

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <thread>
#include <unistd.h>

namespace mars::platform {

namespace {
std::atomic<bool> g_abandoned{false};
}

void noteAbandonedThreads()
{
    g_abandoned = true;
}

void endProcess(int code)
{
    std::fflush(nullptr);
    if (g_abandoned)
        _exit(code);
    std::exit(code);
}

void endProcessWithin(std::chrono::milliseconds grace, int code)
{
    std::thread([grace, code] {
        std::this_thread::sleep_for(grace);
        std::fflush(nullptr);
        _exit(code);  // no teardown: that is what hangs
    }).detach();
}

}  // namespace mars::platform
