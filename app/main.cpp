#include "ConsoleOutput.h"
#include "Program.h"
#include "StartupOptions.h"
#include "checks/platform/ProcessExit.h"
#include "checks/platform/ProcessHardening.h"

int main(int argc, char* argv[])
{
    mars::platform::hardenProcess();  // before Qt reads any environment variable or loads any plugin
    if (mars::wantsCommandLineMode(argc, argv)) {
        // A GUI-subsystem program has no console: borrow the parent's for what is not redirected. Scripts that
        // need the exit code run the console twin, MarsSetupDoctor.com, which cmd.exe picks first.
        mars::attachParentConsole();
        mars::platform::endProcess(mars::commandLineMain(argc, argv));
    }
    mars::platform::endProcess(mars::wizardMain(argc, argv));
}
