// The agent's own records in the registry: where it is installed, and what it kept of an earlier registration.
#include "../TextConversion.h"
#include "Win32Parts.h"

#include <map>
#include <vector>

namespace mars::platform::win32 {

class Win32AgentRecords final : public AgentRecords {
public:
    AgentRegistration agentRegistration() override;
    InstallLocation agentInstallLocation() override;
    AgentBinary agentBinary() override;
    AgentService agentService() override;
    ChangeResult startAgentService() override;
    ChangeResult restartAgentService() override;
};


namespace {
// The agent is 64-bit: read its 64-bit registry view even from a 32-bit build. Empty when absent.
// The agent's value, expanded when it is REG_EXPAND_SZ, however long. RegGetValueW with RRF_NOEXPAND returns an
// expandable value as stored ("%ProgramFiles%\..."), and ERROR_MORE_DATA means a longer value, not a missing one.
std::wstring agentRegistryString(const wchar_t* subkey, const wchar_t* value)
{
    HKEY key = nullptr;
    const std::wstring path = std::wstring(L"SOFTWARE\\Microsoft\\Windows Azure Backup\\") + subkey;
    if (RegOpenKeyExW(HKEY_LOCAL_MACHINE, path.c_str(), 0, KEY_QUERY_VALUE | KEY_WOW64_64KEY, &key) != ERROR_SUCCESS)
        return {};
    std::wstring text(MAX_PATH, L'\0');
    DWORD type = 0;
    LSTATUS status = ERROR_MORE_DATA;
    for (int attempt = 0; attempt < 4 && status == ERROR_MORE_DATA; ++attempt) {
        DWORD size = DWORD((text.size() + 1) * sizeof(wchar_t));
        status = RegGetValueW(key, nullptr, value, RRF_RT_REG_SZ | RRF_RT_REG_EXPAND_SZ | RRF_NOEXPAND, &type, text.data(), &size);
        if (status == ERROR_MORE_DATA)
            text.resize(size / sizeof(wchar_t) + 1);  // the value grew meanwhile at most a few times
        else if (status == ERROR_SUCCESS)
            text.resize(size / sizeof(wchar_t));
    }
    RegCloseKey(key);
    if (status != ERROR_SUCCESS)
        return {};
    while (!text.empty() && text.back() == L'\0')
        text.pop_back();
    if (type != REG_EXPAND_SZ)
        return text;
    const DWORD needed = ExpandEnvironmentStringsW(text.c_str(), nullptr, 0);
    std::wstring expanded(needed, L'\0');
    if (!needed || ExpandEnvironmentStringsW(text.c_str(), expanded.data(), needed) != needed)
        return text;
    expanded.resize(needed - 1);
    return expanded;
}
}  // namespace

// One of the agent's registration values, told apart as missing, read or unreadable (a value there that cannot be
// read is never taken for "not registered"). Text values only, at most 4,096 characters (a resource ID is far less).
RecordedValue agentRecordedValue(const wchar_t* subkey, const char* name)
{
    RecordedValue recorded;
    HKEY key = nullptr;
    const std::wstring path = std::wstring(L"SOFTWARE\\Microsoft\\Windows Azure Backup\\") + subkey;
    LSTATUS status = RegOpenKeyExW(HKEY_LOCAL_MACHINE, path.c_str(), 0, KEY_QUERY_VALUE | KEY_WOW64_64KEY, &key);
    if (status == ERROR_FILE_NOT_FOUND)
        return recorded;
    if (status != ERROR_SUCCESS) {
        recorded.state = RecordedValue::State::Unreadable;
        recorded.error = "its key cannot be opened: " + win32ErrorText(DWORD(status));
        return recorded;
    }
    std::wstring text(4097, L'\0');
    DWORD size = DWORD(text.size() * sizeof(wchar_t));
    DWORD type = 0;
    status = RegGetValueW(key, nullptr, toWide(name).c_str(), RRF_RT_REG_SZ, &type, text.data(), &size);
    RegCloseKey(key);
    if (status == ERROR_FILE_NOT_FOUND)
        return recorded;
    if (status != ERROR_SUCCESS) {
        recorded.state = RecordedValue::State::Unreadable;
        recorded.error = status == ERROR_UNSUPPORTED_TYPE ? std::string("it is not a text value")
                         : status == ERROR_MORE_DATA     ? std::string("it is longer than 4,096 characters")
                                                         : win32ErrorText(DWORD(status));
        return recorded;
    }
    text.resize(size / sizeof(wchar_t));
    while (!text.empty() && text.back() == L'\0')
        text.pop_back();
    recorded.state = RecordedValue::State::Read;
    recorded.text = toUtf8(text);
    return recorded;
}

AgentRegistration Win32AgentRecords::agentRegistration()
{
    AgentRegistration registration;
    registration.applicable = true;
    std::map<std::string, RecordedValue> values;
    for (const char* name : kRegisteredVaultValues)
        values[name] = agentRecordedValue(L"Config", name);
    registration.vault = judgeRegisteredVault(values);
    registration.scratch = agentRegistryString(L"Config", L"ScratchLocation");
    registration.providerScratch = agentRegistryString(L"Config\\CloudBackupProvider", L"ScratchLocation");
    // The key file in the folder Config names, or, when only CloudBackupProvider names one, in that folder.
    const std::filesystem::path& folder = registration.scratch.empty() ? registration.providerScratch : registration.scratch;
    if (!folder.empty()) {
        const DWORD kek = GetFileAttributesW((folder / L"OnlineBackup.KEK").c_str());
        registration.registered = kek != INVALID_FILE_ATTRIBUTES && !(kek & FILE_ATTRIBUTE_DIRECTORY);
    }
    return registration;
}

InstallLocation Win32AgentRecords::agentInstallLocation()
{
    const std::wstring installPath = agentRegistryString(L"Setup", L"InstallPath");
    if (!installPath.empty())
        return {std::filesystem::path(installPath), true};

    // %ProgramW6432% is the 64-bit Program Files even from a 32-bit process; the agent is 64-bit only.
    wchar_t programFiles[MAX_PATH];
    DWORD length = GetEnvironmentVariableW(L"ProgramW6432", programFiles, MAX_PATH);
    if (!length || length >= MAX_PATH)
        length = GetEnvironmentVariableW(L"ProgramFiles", programFiles, MAX_PATH);
    std::filesystem::path base = (length && length < MAX_PATH) ? std::filesystem::path(programFiles)
                                                                 : std::filesystem::path(L"C:\\Program Files");
    return {base / L"Microsoft Azure Recovery Services Agent", false};
}

namespace {
constexpr const wchar_t* kEngineService = L"obengine";  // windows.md: the engine service and its binary

struct ServiceHandles {
    SC_HANDLE manager = nullptr;
    SC_HANDLE service = nullptr;
    DWORD error = 0;
    ~ServiceHandles()
    {
        if (service)
            CloseServiceHandle(service);
        if (manager)
            CloseServiceHandle(manager);
    }
};

void openEngine(ServiceHandles& handles, DWORD access)
{
    handles.manager = OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT);
    if (!handles.manager) {
        handles.error = GetLastError();
        return;
    }
    handles.service = OpenServiceW(handles.manager, kEngineService, access);
    if (!handles.service)
        handles.error = GetLastError();
}

ServiceState stateOf(DWORD state)
{
    switch (state) {
    case SERVICE_STOPPED: return ServiceState::Stopped;
    case SERVICE_START_PENDING: return ServiceState::StartPending;
    case SERVICE_STOP_PENDING: return ServiceState::StopPending;
    case SERVICE_RUNNING: return ServiceState::Running;
    case SERVICE_CONTINUE_PENDING: return ServiceState::ContinuePending;
    case SERVICE_PAUSE_PENDING: return ServiceState::PausePending;
    case SERVICE_PAUSED: return ServiceState::Paused;
    default: return ServiceState::Unknown;
    }
}

DWORD currentState(SC_HANDLE service)
{
    SERVICE_STATUS_PROCESS status{};
    DWORD needed = 0;
    if (!QueryServiceStatusEx(service, SC_STATUS_PROCESS_INFO, reinterpret_cast<BYTE*>(&status), sizeof status, &needed))
        return 0;
    return status.dwCurrentState;
}

// Waits until the service leaves `pending` (at most ~30 s), and returns where it ended up.
DWORD waitWhile(SC_HANDLE service, DWORD pending)
{
    DWORD state = currentState(service);
    for (int i = 0; i < 120 && state == pending; ++i) {
        Sleep(250);
        state = currentState(service);
    }
    return state;
}

ChangeResult startOpened(SC_HANDLE service)
{
    ChangeResult result;
    // A Disabled service cannot start: set it to Automatic first, as setup installs it.
    DWORD needed = 0;
    QueryServiceConfigW(service, nullptr, 0, &needed);
    std::vector<BYTE> buffer(needed ? needed : 1);
    auto* config = reinterpret_cast<QUERY_SERVICE_CONFIGW*>(buffer.data());
    if (needed && QueryServiceConfigW(service, config, needed, &needed) && config->dwStartType == SERVICE_DISABLED) {
        if (!ChangeServiceConfigW(service, SERVICE_NO_CHANGE, SERVICE_AUTO_START, SERVICE_NO_CHANGE, nullptr, nullptr, nullptr,
                                  nullptr, nullptr, nullptr, nullptr)) {
            result.failed.push_back("could not change obengine from Disabled to Automatic: " + win32ErrorText(GetLastError()));
            return result;
        }
        result.changed.push_back("set obengine's start type from Disabled to Automatic");
    }
    if (!StartServiceW(service, 0, nullptr) && GetLastError() != ERROR_SERVICE_ALREADY_RUNNING) {
        result.failed.push_back("could not start obengine: " + win32ErrorText(GetLastError()));
        return result;
    }
    const DWORD state = waitWhile(service, SERVICE_START_PENDING);
    if (state == SERVICE_RUNNING)
        result.changed.push_back("started obengine");
    else
        result.failed.push_back("obengine did not reach Running (state " + std::to_string(state) + ")");
    return result;
}
}  // namespace

AgentBinary Win32AgentRecords::agentBinary()
{
    AgentBinary binary;
    binary.applicable = true;
    const std::wstring installPath = agentRegistryString(L"Setup", L"InstallPath");
    if (installPath.empty())
        return binary;
    binary.installed = true;
    binary.engine = std::filesystem::path(installPath) / L"bin" / L"cbengine.exe";
    const std::wstring file = binary.engine.wstring();
    DWORD ignored = 0;
    const DWORD size = GetFileVersionInfoSizeW(file.c_str(), &ignored);
    if (!size) {
        binary.error = win32ErrorText(GetLastError());
        return binary;
    }
    std::vector<BYTE> data(size);
    VS_FIXEDFILEINFO* info = nullptr;
    UINT length = 0;
    if (!GetFileVersionInfoW(file.c_str(), 0, size, data.data()) ||
        !VerQueryValueW(data.data(), L"\\", reinterpret_cast<void**>(&info), &length) || !info || length < sizeof *info) {
        binary.error = "the file has no version resource";
        return binary;
    }
    binary.versionRead = true;
    binary.version = {HIWORD(info->dwFileVersionMS), LOWORD(info->dwFileVersionMS), HIWORD(info->dwFileVersionLS),
                      LOWORD(info->dwFileVersionLS)};
    return binary;
}

AgentService Win32AgentRecords::agentService()
{
    AgentService result;
    result.applicable = true;
    ServiceHandles handles;
    openEngine(handles, SERVICE_QUERY_STATUS | SERVICE_QUERY_CONFIG);
    if (!handles.service) {
        if (handles.error != ERROR_SERVICE_DOES_NOT_EXIST)
            result.error = win32ErrorText(handles.error);
        return result;
    }
    result.installed = true;
    result.state = stateOf(currentState(handles.service));
    DWORD needed = 0;
    QueryServiceConfigW(handles.service, nullptr, 0, &needed);
    std::vector<BYTE> buffer(needed ? needed : 1);
    auto* config = reinterpret_cast<QUERY_SERVICE_CONFIGW*>(buffer.data());
    if (needed && QueryServiceConfigW(handles.service, config, needed, &needed)) {
        switch (config->dwStartType) {
        case SERVICE_BOOT_START: result.startType = StartType::Boot; break;
        case SERVICE_SYSTEM_START: result.startType = StartType::System; break;
        case SERVICE_AUTO_START: result.startType = StartType::Automatic; break;
        case SERVICE_DEMAND_START: result.startType = StartType::Manual; break;
        case SERVICE_DISABLED: result.startType = StartType::Disabled; break;
        default: break;
        }
    } else {
        result.error = "QueryServiceConfig: " + win32ErrorText(GetLastError());
    }
    SERVICE_DELAYED_AUTO_START_INFO delayed{};
    if (QueryServiceConfig2W(handles.service, SERVICE_CONFIG_DELAYED_AUTO_START_INFO, reinterpret_cast<BYTE*>(&delayed), sizeof delayed, &needed))
        result.delayedStart = delayed.fDelayedAutostart;
    return result;
}

ChangeResult Win32AgentRecords::startAgentService()
{
    ServiceHandles handles;
    openEngine(handles, SERVICE_START | SERVICE_QUERY_STATUS | SERVICE_QUERY_CONFIG | SERVICE_CHANGE_CONFIG);
    if (!handles.service)
        return {{}, {"could not open obengine: " + win32ErrorText(handles.error)}};
    return startOpened(handles.service);
}

ChangeResult Win32AgentRecords::restartAgentService()
{
    ServiceHandles handles;
    openEngine(handles, SERVICE_START | SERVICE_STOP | SERVICE_QUERY_STATUS | SERVICE_QUERY_CONFIG | SERVICE_CHANGE_CONFIG);
    if (!handles.service)
        return {{}, {"could not open obengine: " + win32ErrorText(handles.error)}};
    ChangeResult result;
    SERVICE_STATUS status{};
    if (currentState(handles.service) != SERVICE_STOPPED) {
        if (!ControlService(handles.service, SERVICE_CONTROL_STOP, &status) && GetLastError() != ERROR_SERVICE_NOT_ACTIVE)
            return {{}, {"could not stop obengine: " + win32ErrorText(GetLastError())}};
        if (waitWhile(handles.service, SERVICE_STOP_PENDING) != SERVICE_STOPPED)
            return {{}, {"obengine did not stop within 30 seconds"}};
        result.changed.push_back("stopped obengine");
    }
    ChangeResult started = startOpened(handles.service);
    result.changed.insert(result.changed.end(), started.changed.begin(), started.changed.end());
    result.failed = started.failed;
    return result;
}

}  // namespace mars::platform::win32

namespace mars::platform {

std::unique_ptr<AgentRecords> makeSystemAgentRecords()
{
    return std::make_unique<win32::Win32AgentRecords>();
}

}  // namespace mars::platform
