#pragma once
// The system's network settings: the proxy settings each route the agent may take is made of (this account's
// Internet Options, the machine's WinHTTP default, the agent's own), evaluating a PAC file per URL, and opening
// Windows' proxy page for the user.
#include "Change.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mars::platform {

// One proxy setting as Windows keeps it. `proxy` and `bypass` are in WinINET/WinHTTP's own syntax:
// "host:port" for every scheme or "http=host:port;https=host:port"; bypass "<local>;*.corp.example".
struct ProxySetting {
    bool known = false;        // false: it could not be read (see error) or does not exist here (see absentBecause)
    std::string absentBecause; // e.g. "the agent is not installed", "there is no WinHTTP on this system"
    bool autoDetect = false;   // WPAD
    std::string autoConfigUrl; // a PAC file
    std::string proxy;         // empty: direct
    std::string bypass;
    std::string source;        // where it was read, as a helpdesk would find it again
    std::string error;
};

// What a PAC file (or WPAD) answers for one URL: the proxies to try in order, an empty string meaning DIRECT.
struct AutoProxyAnswer {
    bool ok = false;
    std::vector<std::string> proxies;
    std::string error;
};

// What `netsh winhttp set proxy` / `reset proxy` needs to bring the machine's setting back.
struct WinHttpProxyChange {
    bool reset = false;  // true: netsh winhttp reset proxy (direct)
    std::string proxy;   // otherwise: netsh winhttp set proxy proxy-server="..." bypass-list="..."
    std::string bypass;
};

// A proxy setting as it was before the program changed it: proxy empty means none (direct).
struct SavedProxy {
    std::string proxy;
    std::string bypass;
};

// What a failed WinHttpGetIEProxyConfigForCurrentUser (its GetLastError, `errorText` its words) says about the
// account's Internet Options. ERROR_FILE_NOT_FOUND (2) is a service account's normal answer when none were ever set
// (LocalSystem has no Internet Options of its own until someone sets them): that is "direct", read and known, as
// dotnet's WinInetProxyHelper treats it. Anything else could not be read. Portable, so it is tested everywhere.
ProxySetting accountProxyAfterFailure(std::uint32_t error, const std::string& errorText, const std::string& source);

// The proxy settings a fix changes and can put back: the agent's own, and the machine's WinHTTP setting.
enum class SavedProxyOf { Agent, Machine };
inline const char* savedProxyName(SavedProxyOf which)
{
    return which == SavedProxyOf::Agent ? "agent" : "machine";  // stable: the registry value's name, not a check id
}

class NetworkSettings {
public:
    virtual ~NetworkSettings() = default;
    // Opens the system's proxy settings for the user (Windows: Settings > Network > Proxy).
    virtual bool canOpenProxySettings() = 0;
    virtual ChangeResult openProxySettings() = 0;

    // This account's Internet Options (WinHttpGetIEProxyConfigForCurrentUser).
    virtual ProxySetting accountProxy() = 0;
    // The machine's WinHTTP default (WinHttpGetDefaultProxyConfiguration): what SYSTEM services use unless told.
    virtual ProxySetting machineProxy() = 0;
    // The agent's own setting (Set-OBMachineSetting -ProxyServer/-ProxyPort, read with Get-OBMachineSetting).
    virtual ProxySetting agentProxy() = 0;
    // Evaluates `setting`'s PAC file or WPAD for `url` (Win32: WinHttpGetProxyForUrl). Never blocks longer than
    // timeoutMs.
    virtual AutoProxyAnswer evaluateAutoProxy(const ProxySetting& setting, const std::string& url, int timeoutMs) = 0;

    // The fixes. Each runs the exact command its plan showed.
    virtual ChangeResult setAgentProxy(const std::string& server, unsigned port) = 0;  // Set-OBMachineSetting (the caller restarts obengine)
    virtual ChangeResult removeAgentProxy() = 0;                                        // Set-OBMachineSetting -NoProxy
    virtual ChangeResult importAccountProxyToWinHttp() = 0;                             // netsh winhttp import proxy source=ie
    virtual ChangeResult setWinHttpProxy(const WinHttpProxyChange& change) = 0;         // the put-back

    // What `which` was before the program first changed it, kept across runs until put back (Win32:
    // HKLM\SOFTWARE\MARS Setup Doctor\Saved proxy settings, a value named savedProxyName(which)).
    virtual std::optional<SavedProxy> savedProxy(SavedProxyOf which) = 0;
    virtual ChangeResult saveProxy(SavedProxyOf which, const SavedProxy& saved) = 0;
    virtual ChangeResult forgetSavedProxy(SavedProxyOf which) = 0;
};

}  // namespace mars::platform
