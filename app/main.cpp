#include "Program.h"
#include "StartupOptions.h"
#include "checks/platform/ProcessExit.h"
#include "checks/platform/ProcessHardening.h"
#include "checks/platform/WindowsFloor.h"

#ifdef _WIN32
#include <cstdio>
#include <windows.h>
#endif

int main(int argc, char* argv[])
{
    mars::platform::hardenProcess();  // before Qt reads any environment variable or loads any plugin
    const bool commandLine = mars::wantsCommandLineMode(argc, argv);
    bool console = commandLine;
#ifdef _WIN32
    // A GUI-subsystem program has no console; borrow the parent's so output shows. Scripts that need the exit
    // code run the console twin, MarsSetupDoctor.com, which cmd.exe picks first for "MarsSetupDoctor".
    console = commandLine && AttachConsole(ATTACH_PARENT_PROCESS);
    if (console) {
        std::freopen("CONOUT$", "w", stdout);
        std::freopen("CONOUT$", "w", stderr);
    }
#endif
    // Before Qt loads any plugin: on Windows older than 10 version 1607 say which Windows it needs, and exit 2.
    mars::platform::refuseOlderWindows(console ? mars::platform::FloorMessage::StandardError
                                               : mars::platform::FloorMessage::Dialog);
    if (commandLine)
        mars::platform::endProcess(mars::commandLineMain(argc, argv));
    mars::platform::endProcess(mars::wizardMain(argc, argv));
}
