#include "../ProcessExit.h"

#include <cstdio>
#include <windows.h>

namespace mars::platform {

void noteAbandonedThreads() {}  // endProcess never runs static teardown here anyway

void endProcess(int code)
{
    std::fflush(nullptr);
    TerminateProcess(GetCurrentProcess(), static_cast<UINT>(code));
    ExitProcess(static_cast<UINT>(code));  // not reached
}

}  // namespace mars::platform
