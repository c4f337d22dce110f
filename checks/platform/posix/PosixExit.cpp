#include "../ProcessExit.h"

#include <cstdio>
#include <cstdlib>
#include <thread>
#include <unistd.h>

namespace mars::platform {

void endProcess(int code)
{
    std::fflush(nullptr);
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
