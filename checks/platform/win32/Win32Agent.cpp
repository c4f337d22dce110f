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
