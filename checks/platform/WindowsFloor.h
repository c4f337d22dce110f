#pragma once
// The oldest Windows the program runs on, checked first thing in main(): Windows 10 version 1607 and Windows Server
// 2016, build 14393 (shared/domain/windows.md: the agent's oldest supported Windows still in security support).
// On an older Windows the program says which Windows it needs (a message box, or stderr for the command line) and
// exits with 2, instead of the loader's "entry point not found" or a Qt plugin that does not load.
//
// That message can only appear if the loader gets as far as main(): the program and the DLLs it loads at start
// (Qt6Core/Gui/Widgets/Network, the mingw runtime) must not import what the older Windows lacks. The import-floor
// tests (tests/windows/check-import-floor.py) prove that for build 14393 over every shipped file, and for Windows 8.1
// / Server 2012 R2 (build 9600) over what loads before main(). On Windows 7 and 8, Qt 6 itself imports functions
// those lack, so the loader stops first there; Qt 6 does not support them either.
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
