// The agent's own records in the registry: where it is installed, and what it kept of an earlier registration.
#include "../TextConversion.h"
#include "Win32Parts.h"

namespace mars::platform::win32 {

class Win32AgentRecords final : public AgentRecords {
public:
    AgentRegistration agentRegistration() override;
    InstallLocation agentInstallLocation() override;
};


namespace {
// The agent is 64-bit: read its 64-bit registry view even from a 32-bit build. Empty when absent.
std::wstring agentRegistryString(const wchar_t* subkey, const wchar_t* value)
{
    HKEY key = nullptr;
    const std::wstring path = std::wstring(L"SOFTWARE\\Microsoft\\Windows Azure Backup\\") + subkey;
    if (RegOpenKeyExW(HKEY_LOCAL_MACHINE, path.c_str(), 0, KEY_QUERY_VALUE | KEY_WOW64_64KEY, &key) != ERROR_SUCCESS)
        return {};
    wchar_t buffer[MAX_PATH * 2] = {};
    DWORD size = sizeof buffer - sizeof(wchar_t);
    const LSTATUS status = RegGetValueW(key, nullptr, value, RRF_RT_REG_SZ | RRF_RT_REG_EXPAND_SZ | RRF_NOEXPAND, nullptr, buffer, &size);
    RegCloseKey(key);
    return status == ERROR_SUCCESS ? std::wstring(buffer) : std::wstring();
}
}  // namespace

AgentRegistration Win32AgentRecords::agentRegistration()
{
    AgentRegistration registration;
    registration.applicable = true;
    registration.scratch = agentRegistryString(L"Config", L"ScratchLocation");
    registration.providerScratch = agentRegistryString(L"Config\\CloudBackupProvider", L"ScratchLocation");
    if (!registration.scratch.empty()) {
        const DWORD kek = GetFileAttributesW((registration.scratch / L"OnlineBackup.KEK").c_str());
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

}  // namespace mars::platform::win32

namespace mars::platform {

std::unique_ptr<AgentRecords> makeSystemAgentRecords()
{
    return std::make_unique<win32::Win32AgentRecords>();
}

}  // namespace mars::platform
