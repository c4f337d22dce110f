#include "ConsoleOutput.h"
#include "Program.h"
#include "StartupOptions.h"
#include "checks/platform/ProcessExit.h"
#include "checks/platform/ProcessHardening.h"
#include "checks/platform/WindowsFloor.h"

int main(int argc, char* argv[])
{
    mars::platform::hardenProcess();  // before Qt reads any environment variable or loads any plugin
    const bool commandLine = mars::wantsCommandLineMode(argc, argv);
    // A GUI-subsystem program has no console: borrow the parent's for what is not redirected. Scripts that need the
    // exit code run the console twin, MarsSetupDoctor.com, which cmd.exe picks first for "MarsSetupDoctor".
    const bool console = commandLine && mars::attachParentConsole();
    // Before Qt loads any plugin: on Windows older than 10 version 1607 say which Windows it needs, and exit 2.
    mars::platform::refuseOlderWindows(console ? mars::platform::FloorMessage::StandardError
                                               : mars::platform::FloorMessage::Dialog);
    if (commandLine)
        mars::platform::endProcess(mars::commandLineMain(argc, argv));
    if (!mars::displayAvailable())  // QApplication would abort (SIGABRT) with advice to reinstall: say what is meant
        mars::platform::endProcess(mars::noDisplayMain(argc, argv));
    mars::platform::endProcess(mars::wizardMain(argc, argv));
}
