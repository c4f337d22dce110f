// MarsSetupDoctor.com: the console twin of MarsSetupDoctor.exe. cmd.exe runs .com before .exe for a bare
// "MarsSetupDoctor", so scripts get real stdout and exit codes; without --check it opens the wizard and returns.
#include "Program.h"
#include "StartupOptions.h"
#include "checks/platform/ProcessExit.h"
#include "checks/platform/ProcessHardening.h"
#include "checks/platform/WindowsFloor.h"

#include <windows.h>

#include <string>

int main(int argc, char* argv[])
{
    mars::platform::hardenProcess();
    // On Windows older than 10 version 1607: which Windows it needs, on stderr, and exit code 2 (also before opening
    // the wizard: the user is at a console).
    mars::platform::refuseOlderWindows(mars::platform::FloorMessage::StandardError);
    if (mars::wantsCommandLineMode(argc, argv))
        mars::platform::endProcess(mars::commandLineMain(argc, argv));

    wchar_t path[MAX_PATH * 4];
    const DWORD length = GetModuleFileNameW(nullptr, path, MAX_PATH * 4);
    if (!length || length < 4)
        return 1;
    std::wstring exe(path, length);
    exe.replace(exe.size() - 4, 4, L".exe");
    // The wizard gets our own command line, so its arguments arrive exactly as typed.
    std::wstring commandLine = GetCommandLineW();
    STARTUPINFOW startup{};
    startup.cb = sizeof startup;
    PROCESS_INFORMATION process{};
    if (!CreateProcessW(exe.c_str(), commandLine.data(), nullptr, nullptr, FALSE, 0, nullptr, nullptr, &startup, &process))
        return 1;
    CloseHandle(process.hThread);
    CloseHandle(process.hProcess);
    return 0;
}
