// A console program that starts the way MarsSetupDoctor.com does, without Qt: refuseOlderWindows() first, then it
// "runs" (prints the Windows it found). tests/windows/wine-floor.sh drives it under Wine with chosen Windows versions.
#include "checks/platform/WindowsFloor.h"

#include <cstdio>

int main()
{
    mars::platform::refuseOlderWindows(mars::platform::FloorMessage::StandardError);
    const auto running = mars::platform::runningWindowsVersion();
    std::printf("runs on Windows %lu.%lu.%lu\n", running.major, running.minor, running.build);
    return 0;
}
