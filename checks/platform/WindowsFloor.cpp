#include "WindowsFloor.h"

namespace mars::platform {

bool isSupportedWindows(const WindowsVersion& version)
{
    if (version.major != 10)
        return version.major > 10;
    return version.build >= kOldestWindowsBuild;
}

std::wstring olderWindowsMessage(const WindowsVersion& running, bool chinese)
{
    const std::wstring version = std::to_wstring(running.major) + L"." + std::to_wstring(running.minor);
    const std::wstring build = std::to_wstring(running.build);
    if (chinese)
        return L"MARS Setup Doctor 需要 Windows 10 版本 1607 或 Windows Server 2016(内部版本 14393)或更高版本。"
               L"此计算机运行的是 Windows " + version + L"(内部版本 " + build + L")。";
    return L"MARS Setup Doctor needs Windows 10 version 1607 or Windows Server 2016 (build 14393) or later. "
           L"This computer runs Windows " + version + L" (build " + build + L").";
}

}  // namespace mars::platform
