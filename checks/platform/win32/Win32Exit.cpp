#include "../ProcessExit.h"

#include <cstdio>
#include <thread>
#include <windows.h>

namespace mars::platform {

void noteAbandonedThreads() {}  // endProcess never runs static teardown here anyway

void endProcess(int code)
{
    std::fflush(nullptr);
    TerminateProcess(GetCurrentProcess(), static_cast<UINT>(code));
    ExitProcess(static_cast<UINT>(code));  // not reached
}

void endProcessWithin(std::chrono::milliseconds grace, int code)
{
    std::thread([grace, code] {
        std::this_thread::sleep_for(grace);
        std::fflush(nullptr);
        TerminateProcess(GetCurrentProcess(), static_cast<UINT>(code));
    }).detach();
}

}  // namespace mars::platform
