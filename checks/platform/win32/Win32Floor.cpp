#include "../WindowsFloor.h"

#include "../ProcessExit.h"
#include "../TextConversion.h"

#include <cstdio>
#include <windows.h>

namespace mars::platform {

WindowsVersion runningWindowsVersion()
{
    // GetVersionExW answers what the manifest's supportedOS entries allow; RtlGetVersion answers the truth. Only the
    // driver kit's headers declare it: looked up by name, as Qt's QOperatingSystemVersion does.
    using RtlGetVersionFn = LONG(WINAPI*)(OSVERSIONINFOW*);
    const auto rtlGetVersion = reinterpret_cast<RtlGetVersionFn>(
        reinterpret_cast<void*>(GetProcAddress(GetModuleHandleW(L"ntdll.dll"), "RtlGetVersion")));
    OSVERSIONINFOW info{};
    info.dwOSVersionInfoSize = sizeof info;
    if (!rtlGetVersion || rtlGetVersion(&info) != 0)
        return {};
    return {info.dwMajorVersion, info.dwMinorVersion, info.dwBuildNumber};
}

void refuseOlderWindows(FloorMessage how)
{
    const WindowsVersion running = runningWindowsVersion();
    if (running.major == 0 || isSupportedWindows(running))
        return;  // unknown: let it try rather than refuse a Windows we cannot read
    const bool chinese = PRIMARYLANGID(GetUserDefaultUILanguage()) == LANG_CHINESE;
    const std::wstring message = olderWindowsMessage(running, chinese);
    const HANDLE error = GetStdHandle(STD_ERROR_HANDLE);
    const bool haveStandardError = error != nullptr && error != INVALID_HANDLE_VALUE;
    DWORD mode = 0, written = 0;
    if (how == FloorMessage::StandardError && haveStandardError && GetConsoleMode(error, &mode)) {
        const std::wstring line = message + L"\r\n";
        WriteConsoleW(error, line.data(), static_cast<DWORD>(line.size()), &written, nullptr);
    } else if (how == FloorMessage::StandardError && haveStandardError) {
        const std::string line = toUtf8(message) + "\n";  // redirected: UTF-8, like the program's other output
        WriteFile(error, line.data(), static_cast<DWORD>(line.size()), &written, nullptr);
    } else if (how == FloorMessage::StandardError && std::fputs((toUtf8(message) + "\n").c_str(), stderr) >= 0) {
        std::fflush(stderr);  // the GUI program's borrowed console (main.cpp reopened the C streams on it)
    } else {
        MessageBoxW(nullptr, message.c_str(), L"MARS Setup Doctor", MB_OK | MB_ICONERROR | MB_SETFOREGROUND);
    }
    endProcess(2);
}

}  // namespace mars::platform
