// The user's network settings: Windows' own proxy page.
#include "../TextConversion.h"
#include "Win32Parts.h"

#include <shellapi.h>

namespace mars::platform::win32 {

class Win32NetworkSettings final : public NetworkSettings {
public:
    ChangeResult openProxySettings() override;
    bool canOpenProxySettings() override { return true; }
};


ChangeResult Win32NetworkSettings::openProxySettings()
{
    // Windows 10 and later have the Settings page; older ones the Internet Options "Connections" tab.
    if (reinterpret_cast<INT_PTR>(ShellExecuteW(nullptr, L"open", L"ms-settings:network-proxy", nullptr, nullptr, SW_SHOWNORMAL)) > 32)
        return {{"opened Settings > Network & Internet > Proxy"}, {}};
    if (reinterpret_cast<INT_PTR>(ShellExecuteW(nullptr, L"open", L"rundll32.exe", L"inetcpl.cpl,LaunchConnectionDialog", nullptr,
                                                SW_SHOWNORMAL)) > 32)
        return {{"opened Internet Options > Connections"}, {}};
    return {{}, {"could not open the proxy settings: " + win32ErrorText(GetLastError())}};
}

}  // namespace mars::platform::win32

namespace mars::platform {

std::unique_ptr<NetworkSettings> makeSystemNetworkSettings()
{
    return std::make_unique<win32::Win32NetworkSettings>();
}

}  // namespace mars::platform
