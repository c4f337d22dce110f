// MarsSetupDoctor.com: the console twin of MarsSetupDoctor.exe. cmd.exe runs .com before .exe for a bare
// "MarsSetupDoctor", so scripts get real stdout and exit codes; without --check it opens the wizard and returns.
#include "Program.h"
#include "StartupOptions.h"
#include "checks/platform/OwnImage.h"
#include "checks/platform/ProcessExit.h"
#include "checks/platform/ProcessHardening.h"
#include "checks/platform/TextConversion.h"
#include "checks/platform/WindowsFloor.h"

#include <windows.h>

#include <cstdio>
#include <string>

int main(int argc, char* argv[])
{
    mars::platform::hardenProcess();
    // On Windows older than 10 version 1607: which Windows it needs, on stderr, and exit code 2 (also before opening
    // the wizard: the user is at a console).
    mars::platform::refuseOlderWindows(mars::platform::FloorMessage::StandardError);
    if (mars::wantsCommandLineMode(argc, argv))
        mars::platform::endProcess(mars::commandLineMain(argc, argv));

    // The wizard is the .exe beside the file this process was loaded from (the name hardenProcess() pinned). It is held
    // open for readers only until it has started, so no one can put another file in its place in between.
    const mars::platform::OwnImage& self = mars::platform::holdOwnImage();
    if (!self.held || self.path.size() < 4) {
        std::fprintf(stderr, "MarsSetupDoctor: the wizard is not started: %s\n", self.problem.c_str());
        return 1;
    }
    std::wstring exe = mars::platform::toWide(self.path);
    exe.replace(exe.size() - 4, 4, L".exe");
    HANDLE pinned = CreateFileW(exe.c_str(), GENERIC_READ, FILE_SHARE_READ, nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (pinned == INVALID_HANDLE_VALUE) {
        std::fprintf(stderr, "MarsSetupDoctor: the wizard's program beside this one cannot be opened (error %lu)\n", GetLastError());
        return 1;
    }
    // The wizard gets our own command line, so its arguments arrive exactly as typed.
    std::wstring commandLine = GetCommandLineW();
    STARTUPINFOW startup{};
    startup.cb = sizeof startup;
    PROCESS_INFORMATION process{};
    const BOOL started = CreateProcessW(exe.c_str(), commandLine.data(), nullptr, nullptr, FALSE, 0, nullptr, nullptr, &startup, &process);
    CloseHandle(pinned);
    if (!started)
        return 1;
    CloseHandle(process.hThread);
    CloseHandle(process.hProcess);
    return 0;
}
