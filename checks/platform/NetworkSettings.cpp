#include "NetworkSettings.h"

namespace mars::platform {

// Matched against dotnet's WinInetProxyHelper (dotnet/corefx, src/System.Net.Http.WinHttpHandler/src/System/Net/Http/
// WinInetProxyHelper.cs, its constructor): after WinHttpGetIEProxyConfigForCurrentUser fails, ERROR_FILE_NOT_FOUND
// is not an error and the helper goes on with no proxy settings (direct); any other error was thrown. (dotnet/runtime's
// later Common/src/System/Net/Http/WinInetProxyHelper.cs ignores every error alike; here only that one is "direct",
// because an unreadable setting must never be reported as examined.)
ProxySetting accountProxyAfterFailure(std::uint32_t error, const std::string& errorText, const std::string& source)
{
    constexpr std::uint32_t kFileNotFound = 2;  // ERROR_FILE_NOT_FOUND
    ProxySetting setting;
    setting.source = source;
    if (error == kFileNotFound) {
        setting.known = true;  // none set: direct, as for a browser of that account
        setting.source += " (none set)";
        return setting;
    }
    setting.error = "WinHttpGetIEProxyConfigForCurrentUser: " + errorText;
    return setting;
}

}  // namespace mars::platform
