#include "../ProcessExit.h"

#include <atomic>
#include <cstdio>
#include <cstdlib>
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

}  // namespace mars::platform
