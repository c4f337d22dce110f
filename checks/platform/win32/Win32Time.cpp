#include "../TextConversion.h"
#include "Win32Parts.h"

#include <lm.h>

#include <cmath>

namespace mars::platform::win32 {

class Win32Clock final : public SystemClock {
public:
    TimeService timeService() override;
    ChangeResult resyncClock() override;
    ChangeResult setClock(double unixSeconds) override;
    std::optional<std::uint64_t> uptimeSeconds() override { return GetTickCount64() / 1000; }
};


namespace {

struct Service {
    SC_HANDLE manager = nullptr;
    SC_HANDLE service = nullptr;
    ~Service()
    {
        if (service)
            CloseServiceHandle(service);
        if (manager)
            CloseServiceHandle(manager);
    }
};

bool openTimeService(Service& handles, DWORD access, std::string& error)
{
    handles.manager = OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT);
    if (!handles.manager) {
        error = "service manager: " + win32ErrorText(GetLastError());
        return false;
    }
    handles.service = OpenServiceW(handles.manager, L"w32time", access);
    if (!handles.service) {
        error = "Windows Time (w32time): " + win32ErrorText(GetLastError());
        return false;
    }
    return true;
}

DWORD currentState(SC_HANDLE service)
{
    SERVICE_STATUS status{};
    return QueryServiceStatus(service, &status) ? status.dwCurrentState : 0;
}

bool enablePrivilege(const wchar_t* name)
{
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_ADJUST_PRIVILEGES | TOKEN_QUERY, &token))
        return false;
    TOKEN_PRIVILEGES privileges{};
    privileges.PrivilegeCount = 1;
    privileges.Privileges[0].Attributes = SE_PRIVILEGE_ENABLED;
    const bool ok = LookupPrivilegeValueW(nullptr, name, &privileges.Privileges[0].Luid) &&
                    AdjustTokenPrivileges(token, FALSE, &privileges, 0, nullptr, nullptr) && GetLastError() == ERROR_SUCCESS;
    CloseHandle(token);
    return ok;
}

}  // namespace

TimeService Win32Clock::timeService()
{
    TimeService state;
    state.applicable = true;
    LPWSTR domain = nullptr;
    NETSETUP_JOIN_STATUS join = NetSetupUnknownStatus;
    if (NetGetJoinInformation(nullptr, &domain, &join) == NERR_Success) {
        state.domainJoined = join == NetSetupDomainName;
        NetApiBufferFree(domain);
    }
    Service handles;
    if (!openTimeService(handles, SERVICE_QUERY_STATUS, state.error))
        return state;
    state.installed = true;
    state.running = currentState(handles.service) == SERVICE_RUNNING;
    return state;
}

ChangeResult Win32Clock::resyncClock()
{
    ChangeResult result;
    Service handles;
    std::string error;
    if (!openTimeService(handles, SERVICE_START | SERVICE_QUERY_STATUS, error)) {
        result.failed.push_back(error);
        return result;
    }
    if (currentState(handles.service) != SERVICE_RUNNING) {
        if (!StartServiceW(handles.service, 0, nullptr) && GetLastError() != ERROR_SERVICE_ALREADY_RUNNING) {
            result.failed.push_back("could not start Windows Time: " + win32ErrorText(GetLastError()));
            return result;
        }
        // A resync asked of a service still starting is refused, so wait until it runs (10 s at most).
        for (int i = 0; i < 100 && currentState(handles.service) != SERVICE_RUNNING; ++i)
            Sleep(100);
        if (currentState(handles.service) != SERVICE_RUNNING) {
            result.failed.push_back("Windows Time was started but is not running after 10 s");
            return result;
        }
        result.changed.push_back("started the Windows Time service");
    }
    wchar_t system[MAX_PATH];
    GetSystemDirectoryW(system, MAX_PATH);
    const std::wstring program = std::wstring(system) + L"\\w32tm.exe";
    // The documented switches (w32tm /?, and TechNet's W32tm reference): /resync [/nowait] [/rediscover]. There is
    // no /force; /rediscover looks for the network time sources again before it resyncs.
    std::wstring commandLine = L"\"" + program + L"\" /resync /rediscover";
    STARTUPINFOW startup{};
    startup.cb = sizeof startup;
    PROCESS_INFORMATION process{};
    if (!CreateProcessW(program.c_str(), commandLine.data(), nullptr, nullptr, FALSE, CREATE_NO_WINDOW, nullptr, nullptr, &startup, &process)) {
        result.failed.push_back("could not run w32tm: " + win32ErrorText(GetLastError()));
        return result;
    }
    const DWORD waited = WaitForSingleObject(process.hProcess, 30000);
    DWORD code = 1;
    GetExitCodeProcess(process.hProcess, &code);
    CloseHandle(process.hThread);
    CloseHandle(process.hProcess);
    if (waited != WAIT_OBJECT_0)
        result.failed.push_back("w32tm /resync did not finish within 30 s");
    else if (code != 0)
        result.failed.push_back("w32tm /resync failed (exit code " + std::to_string(code) + ")");
    else
        result.changed.push_back("asked Windows Time to resync (w32tm /resync /rediscover)");
    return result;
}

ChangeResult Win32Clock::setClock(double unixSeconds)
{
    ChangeResult result;
    // FILETIME counts 100 ns since 1601-01-01.
    const auto ticks = static_cast<ULONGLONG>(std::llround((unixSeconds + 11644473600.0) * 10000000.0));
    FILETIME fileTime{static_cast<DWORD>(ticks & 0xffffffffu), static_cast<DWORD>(ticks >> 32)};
    SYSTEMTIME systemTime{};
    if (!FileTimeToSystemTime(&fileTime, &systemTime)) {
        result.failed.push_back("invalid time");
        return result;
    }
    if (!enablePrivilege(SE_SYSTEMTIME_NAME)) {
        result.failed.push_back("this process may not change the clock (needs administrator rights)");
        return result;
    }
    if (!SetSystemTime(&systemTime)) {
        result.failed.push_back("SetSystemTime: " + win32ErrorText(GetLastError()));
        return result;
    }
    result.changed.push_back("set the system clock");
    return result;
}

}  // namespace mars::platform::win32

namespace mars::platform {

std::unique_ptr<SystemClock> makeSystemClock()
{
    return std::make_unique<win32::Win32Clock>();
}

}  // namespace mars::platform
