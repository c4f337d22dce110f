// The network settings each of the agent's routes is made of: this account's Internet Options and the machine's
// WinHTTP default (WinHTTP's own API), PAC/WPAD evaluated per URL (WinHttpGetProxyForUrl), the agent's own setting
// (Get-OBMachineSetting: where Set-OBMachineSetting stores it in the registry is not documented, so the documented
// cmdlet reads it), the fixes that change them (the cmdlet, netsh winhttp), and Windows' own proxy page.
#include "../TextConversion.h"
#include "Win32Parts.h"

#include <shellapi.h>
#include <winhttp.h>

#include <algorithm>
#include <cctype>

namespace mars::platform::win32 {

namespace {
std::string take(LPWSTR text)
{
    if (!text)
        return {};
    std::string value = toUtf8(text);
    GlobalFree(text);
    return value;
}

std::wstring systemProgram(const wchar_t* relative)
{
    wchar_t folder[MAX_PATH];
    const UINT length = GetSystemDirectoryW(folder, MAX_PATH);
    return std::wstring(folder, length) + L"\\" + relative;
}

// Runs `program` with `arguments`, no window, its output (at most 64 KiB) captured; false when it could not
// start or did not finish within timeoutMs (then it is ended).
bool runCaptured(const std::wstring& program, const std::wstring& arguments, DWORD timeoutMs, std::string* output, DWORD* exitCode,
                 std::string* error)
{
    SECURITY_ATTRIBUTES inherit{sizeof inherit, nullptr, TRUE};
    HANDLE readEnd = nullptr, writeEnd = nullptr;
    if (!CreatePipe(&readEnd, &writeEnd, &inherit, 0)) {
        *error = "CreatePipe: " + win32ErrorText(GetLastError());
        return false;
    }
    SetHandleInformation(readEnd, HANDLE_FLAG_INHERIT, 0);
    STARTUPINFOW startup{};
    startup.cb = sizeof startup;
    startup.dwFlags = STARTF_USESTDHANDLES;
    startup.hStdOutput = writeEnd;
    startup.hStdError = writeEnd;
    startup.hStdInput = nullptr;
    PROCESS_INFORMATION process{};
    std::wstring commandLine = L"\"" + program + L"\" " + arguments;
    const BOOL started = CreateProcessW(program.c_str(), commandLine.data(), nullptr, nullptr, TRUE, CREATE_NO_WINDOW, nullptr, nullptr,
                                        &startup, &process);
    CloseHandle(writeEnd);
    if (!started) {
        *error = "could not run " + toUtf8(program) + ": " + win32ErrorText(GetLastError());
        CloseHandle(readEnd);
        return false;
    }
    const ULONGLONG deadline = GetTickCount64() + timeoutMs;
    bool finished = false;
    for (;;) {
        DWORD available = 0;
        while (PeekNamedPipe(readEnd, nullptr, 0, nullptr, &available, nullptr) && available > 0) {
            char buffer[4096];
            DWORD got = 0;
            if (!ReadFile(readEnd, buffer, std::min<DWORD>(available, sizeof buffer), &got, nullptr) || got == 0)
                break;
            if (output->size() < 65536)
                output->append(buffer, std::min<size_t>(got, 65536 - output->size()));
        }
        if (WaitForSingleObject(process.hProcess, 50) == WAIT_OBJECT_0) {
            finished = true;
            DWORD available2 = 0;
            if (!PeekNamedPipe(readEnd, nullptr, 0, nullptr, &available2, nullptr) || available2 == 0)
                break;
            continue;
        }
        if (GetTickCount64() > deadline)
            break;
    }
    if (!finished) {
        TerminateProcess(process.hProcess, 1);
        *error = toUtf8(program) + " did not finish within " + std::to_string(timeoutMs / 1000) + " s";
    }
    GetExitCodeProcess(process.hProcess, exitCode);
    CloseHandle(process.hThread);
    CloseHandle(process.hProcess);
    CloseHandle(readEnd);
    return finished;
}

// A string under HKLM in the 64-bit view (RRF_SUBKEY_WOW6464KEY needs a newer SDK than the floor's), expanded.
std::wstring readMachineString(const wchar_t* subkey, const wchar_t* value)
{
    HKEY key = nullptr;
    if (RegOpenKeyExW(HKEY_LOCAL_MACHINE, subkey, 0, KEY_QUERY_VALUE | KEY_WOW64_64KEY, &key) != ERROR_SUCCESS)
        return {};
    wchar_t text[2048];
    DWORD size = sizeof text;
    const LSTATUS status = RegGetValueW(key, nullptr, value, RRF_RT_REG_SZ | RRF_RT_REG_EXPAND_SZ, nullptr, text, &size);
    RegCloseKey(key);
    return status == ERROR_SUCCESS ? std::wstring(text) : std::wstring();
}

std::wstring agentInstallPath()
{
    return readMachineString(L"SOFTWARE\\Microsoft\\Windows Azure Backup\\Setup", L"InstallPath");
}

// PowerShell single-quoted: a quote is doubled. The path comes from the registry, never from the user.
std::wstring psQuoted(const std::wstring& text)
{
    std::wstring quoted = L"'";
    for (wchar_t c : text)
        quoted += c == L'\'' ? std::wstring(L"''") : std::wstring(1, c);
    return quoted + L"'";
}

std::wstring agentCommand(const std::wstring& installPath, const std::wstring& script)
{
    return L"-NoProfile -NonInteractive -ExecutionPolicy Bypass -Command \"Import-Module " +
           psQuoted(installPath + L"\\bin\\Modules\\MSOnlineBackup") + L"; " + script + L"\"";
}

bool validServer(const std::string& server)
{
    return !server.empty() && server.size() <= 253 &&
           std::all_of(server.begin(), server.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == ':' || c == '[' || c == ']'; });
}

ChangeResult runNetsh(const std::wstring& arguments, const std::string& shown)
{
    std::string output, error;
    DWORD code = 1;
    if (!runCaptured(systemProgram(L"netsh.exe"), arguments, 30000, &output, &code, &error))
        return {{}, {error}};
    if (code != 0)
        return {{}, {shown + " failed (exit code " + std::to_string(code) + "): " + output.substr(0, 300)}};
    return {{"ran " + shown}, {}};
}
}  // namespace

class Win32NetworkSettings final : public NetworkSettings {
public:
    ChangeResult openProxySettings() override;
    bool canOpenProxySettings() override { return true; }

    ProxySetting accountProxy() override
    {
        ProxySetting setting;
        setting.source = "this account's Internet Options";
        WINHTTP_CURRENT_USER_IE_PROXY_CONFIG config{};
        if (!WinHttpGetIEProxyConfigForCurrentUser(&config)) {
            // As LocalSystem (the probe's copy), ERROR_FILE_NOT_FOUND is the usual answer: nothing set, direct.
            const DWORD error = GetLastError();
            return accountProxyAfterFailure(error, win32ErrorText(error), setting.source);
        }
        setting.known = true;
        setting.autoDetect = config.fAutoDetect;
        setting.autoConfigUrl = take(config.lpszAutoConfigUrl);
        setting.proxy = take(config.lpszProxy);
        setting.bypass = take(config.lpszProxyBypass);
        return setting;
    }

    ProxySetting machineProxy() override
    {
        ProxySetting setting;
        setting.source = "WinHTTP's default (netsh winhttp show proxy)";
        WINHTTP_PROXY_INFO info{};
        if (!WinHttpGetDefaultProxyConfiguration(&info)) {
            setting.error = "WinHttpGetDefaultProxyConfiguration: " + win32ErrorText(GetLastError());
            return setting;
        }
        setting.known = true;
        const std::string proxy = take(info.lpszProxy), bypass = take(info.lpszProxyBypass);
        if (info.dwAccessType == WINHTTP_ACCESS_TYPE_NAMED_PROXY) {
            setting.proxy = proxy;
            setting.bypass = bypass;
        }
        return setting;
    }

    ProxySetting agentProxy() override
    {
        ProxySetting setting;
        setting.source = "Get-OBMachineSetting";
        const std::wstring install = agentInstallPath();
        if (install.empty()) {
            setting.absentBecause = "the agent is not installed";
            return setting;
        }
        // One line the parser below reads; ProxyUsername/ProxyPassword are never asked for.
        const std::wstring script =
            L"$p = (Get-OBMachineSetting).ProxySetting; 'MARS-PROXY|' + [string]$p.Enabled + '|' + [string]$p.ProxyServer + '|' + [string]$p.ProxyPort";
        std::string output, error;
        DWORD code = 1;
        if (!runCaptured(systemProgram(L"WindowsPowerShell\\v1.0\\powershell.exe"), agentCommand(install, script), 30000, &output, &code, &error)) {
            setting.error = error;
            return setting;
        }
        const auto line = output.find("MARS-PROXY|");
        if (code != 0 || line == std::string::npos) {
            setting.error = "Get-OBMachineSetting did not answer (exit code " + std::to_string(code) + "): " + output.substr(0, 300);
            return setting;
        }
        std::string rest = output.substr(line + 11);
        rest = rest.substr(0, rest.find_first_of("\r\n"));
        const auto first = rest.find('|'), second = first == std::string::npos ? first : rest.find('|', first + 1);
        if (second == std::string::npos) {
            setting.error = "Get-OBMachineSetting's answer was not understood";
            return setting;
        }
        setting.known = true;
        if (rest.substr(0, first) == "True") {
            std::string server = rest.substr(first + 1, second - first - 1);
            const auto scheme = server.find("://");
            if (scheme != std::string::npos)
                server = server.substr(scheme + 3);
            while (!server.empty() && server.back() == '/')
                server.pop_back();
            const std::string port = rest.substr(second + 1);
            setting.proxy = port.empty() || port == "0" ? server : server + ":" + port;
        }
        return setting;
    }

    AutoProxyAnswer evaluateAutoProxy(const ProxySetting& setting, const std::string& url, int timeoutMs) override
    {
        AutoProxyAnswer answer;
        HINTERNET session = WinHttpOpen(L"MARS-Setup-Doctor", WINHTTP_ACCESS_TYPE_NO_PROXY, WINHTTP_NO_PROXY_NAME, WINHTTP_NO_PROXY_BYPASS, 0);
        if (!session) {
            answer.error = "WinHttpOpen: " + win32ErrorText(GetLastError());
            return answer;
        }
        WinHttpSetTimeouts(session, timeoutMs, timeoutMs, timeoutMs, timeoutMs);
        const std::wstring pacUrl = toWide(setting.autoConfigUrl);
        WINHTTP_AUTOPROXY_OPTIONS options{};
        if (!setting.autoConfigUrl.empty()) {
            options.dwFlags = WINHTTP_AUTOPROXY_CONFIG_URL;
            options.lpszAutoConfigUrl = pacUrl.c_str();
        } else {
            options.dwFlags = WINHTTP_AUTOPROXY_AUTO_DETECT;
            options.dwAutoDetectFlags = WINHTTP_AUTO_DETECT_TYPE_DHCP | WINHTTP_AUTO_DETECT_TYPE_DNS_A;
        }
        options.fAutoLogonIfChallenged = TRUE;
        WINHTTP_PROXY_INFO info{};
        if (!WinHttpGetProxyForUrl(session, toWide(url).c_str(), &options, &info)) {
            answer.error = "WinHttpGetProxyForUrl: " + win32ErrorText(GetLastError());
            WinHttpCloseHandle(session);
            return answer;
        }
        WinHttpCloseHandle(session);
        answer.ok = true;
        const std::string proxies = take(info.lpszProxy);
        take(info.lpszProxyBypass);
        if (info.dwAccessType != WINHTTP_ACCESS_TYPE_NAMED_PROXY || proxies.empty()) {
            answer.proxies.push_back("");
            return answer;
        }
        // WinHTTP lists a PAC answer's proxies separated by ';' or whitespace, "DIRECT" dropped from the list.
        std::string entry;
        for (char c : proxies + ";") {
            if (c == ';' || c == ' ' || c == '\t') {
                if (!entry.empty())
                    answer.proxies.push_back(entry);
                entry.clear();
            } else {
                entry += c;
            }
        }
        return answer;
    }

    ChangeResult setAgentProxy(const std::string& server, unsigned port) override
    {
        const std::wstring install = agentInstallPath();
        if (install.empty())
            return {{}, {"the agent is not installed"}};
        if (!validServer(server) || port == 0 || port > 65535)
            return {{}, {"not a proxy host and port: " + server}};
        const std::wstring script = L"Set-OBMachineSetting -ProxyServer 'http://" + toWide(server) + L"' -ProxyPort " + std::to_wstring(port);
        return runAgentScript(install, script, "Set-OBMachineSetting -ProxyServer http://" + server + " -ProxyPort " + std::to_string(port));
    }

    ChangeResult removeAgentProxy() override
    {
        const std::wstring install = agentInstallPath();
        if (install.empty())
            return {{}, {"the agent is not installed"}};
        return runAgentScript(install, L"Set-OBMachineSetting -NoProxy", "Set-OBMachineSetting -NoProxy");
    }

    ChangeResult importAccountProxyToWinHttp() override
    {
        return runNetsh(L"winhttp import proxy source=ie", "netsh winhttp import proxy source=ie");
    }

    ChangeResult setWinHttpProxy(const WinHttpProxyChange& change) override
    {
        if (change.reset)
            return runNetsh(L"winhttp reset proxy", "netsh winhttp reset proxy");
        if (change.proxy.find('"') != std::string::npos || change.bypass.find('"') != std::string::npos)
            return {{}, {"a proxy setting with a quote cannot be put back through netsh"}};
        std::wstring arguments = L"winhttp set proxy proxy-server=\"" + toWide(change.proxy) + L"\"";
        std::string shown = "netsh winhttp set proxy proxy-server=\"" + change.proxy + "\"";
        if (!change.bypass.empty()) {
            arguments += L" bypass-list=\"" + toWide(change.bypass) + L"\"";
            shown += " bypass-list=\"" + change.bypass + "\"";
        }
        return runNetsh(arguments, shown);
    }

    std::optional<SavedProxy> savedProxy(SavedProxyOf which) override
    {
        const std::string value = toUtf8(readMachineString(kSavedKey, toWide(savedProxyName(which)).c_str()));
        const auto newline = value.find('\n');
        if (newline == std::string::npos)
            return std::nullopt;  // not a record this program wrote
        return SavedProxy{value.substr(0, newline), value.substr(newline + 1)};
    }

    ChangeResult saveProxy(SavedProxyOf which, const SavedProxy& saved) override
    {
        HKEY key = nullptr;
        LSTATUS status = RegCreateKeyExW(HKEY_LOCAL_MACHINE, kSavedKey, 0, nullptr, 0, KEY_SET_VALUE | KEY_WOW64_64KEY, nullptr, &key, nullptr);
        if (status != ERROR_SUCCESS)
            return {{}, {"could not create HKLM\\SOFTWARE\\MARS Setup Doctor: " + win32ErrorText(DWORD(status))}};
        const std::wstring value = toWide(saved.proxy + "\n" + saved.bypass);
        status = RegSetValueExW(key, toWide(savedProxyName(which)).c_str(), 0, REG_SZ, reinterpret_cast<const BYTE*>(value.c_str()), DWORD((value.size() + 1) * sizeof(wchar_t)));
        RegCloseKey(key);
        if (status != ERROR_SUCCESS)
            return {{}, {"could not save the earlier proxy setting: " + win32ErrorText(DWORD(status))}};
        return {{"saved the earlier " + std::string(savedProxyName(which)) + " proxy setting in HKLM\\SOFTWARE\\MARS Setup Doctor\\Saved proxy settings"}, {}};
    }

    ChangeResult forgetSavedProxy(SavedProxyOf which) override
    {
        HKEY key = nullptr;
        if (RegOpenKeyExW(HKEY_LOCAL_MACHINE, kSavedKey, 0, KEY_SET_VALUE | KEY_WOW64_64KEY, &key) != ERROR_SUCCESS)
            return {};
        const LSTATUS status = RegDeleteValueW(key, toWide(savedProxyName(which)).c_str());
        RegCloseKey(key);
        if (status != ERROR_SUCCESS && status != ERROR_FILE_NOT_FOUND)
            return {{}, {"could not forget the saved proxy setting: " + win32ErrorText(DWORD(status))}};
        return {};
    }

private:
    static constexpr const wchar_t* kSavedKey = L"SOFTWARE\\MARS Setup Doctor\\Saved proxy settings";

    static ChangeResult runAgentScript(const std::wstring& install, const std::wstring& script, const std::string& shown)
    {
        std::string output, error;
        DWORD code = 1;
        // -Confirm:$false: the cmdlet must not wait for an answer nobody can give.
        if (!runCaptured(systemProgram(L"WindowsPowerShell\\v1.0\\powershell.exe"), agentCommand(install, script + L" -Confirm:$false"), 60000,
                         &output, &code, &error))
            return {{}, {error}};
        if (code != 0)
            return {{}, {shown + " failed (exit code " + std::to_string(code) + "): " + output.substr(0, 300)}};
        return {{"ran " + shown}, {}};
    }
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
