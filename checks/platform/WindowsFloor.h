#pragma once
// The oldest Windows the program runs on, checked first thing in main(): Windows 10 version 1607 and Windows Server
// 2016, build 14393 (shared/domain/windows.md: the agent's oldest supported Windows still in security support).
// On an older Windows the program says which Windows it needs (a message box, or stderr for the command line) and
// exits with 2, instead of the loader's "entry point not found" or a Qt plugin that does not load.
//
// That message can only appear if the loader gets as far as main(). The programs are single files (Qt linked in) that
// import only kernel32 and msvcrt at load time; every other system DLL is delay-loaded, on its first use
// (cmake/DelayLoad.cmake). The import-floor tests (tests/windows/check-import-floor.py) hold everything both programs
// import, delay-loaded or not, to build 14393, and what they import at load time to Windows 8.1 / Server 2012 R2
// (build 9600). Windows 7 and 8 are not checked: Qt 6 does not support them.
#include <string>

namespace mars::platform {

struct WindowsVersion {
    unsigned long major = 0;
    unsigned long minor = 0;
    unsigned long build = 0;
};

inline constexpr unsigned long kOldestWindowsBuild = 14393;

// Builds count on from Windows 10 (10.0) on; 6.x (Windows 7, 8, 8.1 and their servers) is always older.
bool isSupportedWindows(const WindowsVersion& version);

// One line, for a message box or stderr: what the program needs, and what this computer runs.
// chinese: Simplified Chinese (the program's other language; Qt's translations are not loaded yet this early).
std::wstring olderWindowsMessage(const WindowsVersion& running, bool chinese);

enum class FloorMessage { Dialog, StandardError };  // Dialog: a message box (not "MessageBox": windows.h defines that name)

#ifdef _WIN32
// The version Windows really is (RtlGetVersion: not shimmed by the manifest's supportedOS entries).
WindowsVersion runningWindowsVersion();

// Returns when this Windows is supported; otherwise shows olderWindowsMessage() the way asked and ends the process
// with exit code 2.
void refuseOlderWindows(FloorMessage how);
#else
inline void refuseOlderWindows(FloorMessage) {}
#endif

}  // namespace mars::platform
