#include "Program.h"
#include "StartupOptions.h"
#include "checks/platform/ProcessExit.h"
#include "checks/platform/ProcessHardening.h"

#ifdef _WIN32
#include <cstdio>
#include <windows.h>
#endif

int main(int argc, char* argv[])
{
    mars::platform::hardenProcess();  // before Qt reads any environment variable or loads any plugin
    if (mars::wantsCommandLineMode(argc, argv)) {
#ifdef _WIN32
        // A GUI-subsystem program has no console; borrow the parent's so output shows. Scripts that need the exit
        // code run the console twin, MarsSetupDoctor.com, which cmd.exe picks first for "MarsSetupDoctor".
        if (AttachConsole(ATTACH_PARENT_PROCESS)) {
            std::freopen("CONOUT$", "w", stdout);
            std::freopen("CONOUT$", "w", stderr);
        }
#endif
        mars::platform::endProcess(mars::commandLineMain(argc, argv));
    }
    mars::platform::endProcess(mars::wizardMain(argc, argv));
}
