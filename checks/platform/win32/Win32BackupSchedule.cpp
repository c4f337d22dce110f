// The agent's scheduled backups as Windows holds them (see BackupSchedule.h). Each call is matched against a
// production codebase doing the same for the same purpose:
// - The tasks: Chromium's updater (chrome/updater/win/task_scheduler.cc, TaskSchedulerV2): IsTaskEnabled reads
//   IRegisteredTask::get_Enabled, SetTaskEnabled writes put_Enabled(VARIANT_TRUE/FALSE), and GetTaskInfo reads the
//   account through get_Definition -> ITaskDefinition::get_Principal -> IPrincipal::get_UserId. Where Chromium
//   walks its folder's tasks to find one by name, this asks the folder for it (ITaskFolder::GetTask): the agent's
//   two names are fixed, and a missing task then says so itself (ERROR_FILE_NOT_FOUND). The principal's GroupId is
//   read as well: the article accepts a task that runs as the local Administrators group.
// - PowerShell's version: PowerShell's own engine (PowerShell/PowerShell, src/System.Management.Automation/engine/
//   Utils.cs and singleshell/config/MshSnapinInfo.cs) reads Software\Microsoft\PowerShell\<3>\PowerShellEngine and
//   its PowerShellVersion value; the key exists from Windows PowerShell 3.0 on.
// - The execution policy: PowerShell's SecuritySupport.cs (GetExecutionPolicy, GetGroupPolicyValue): the Group
//   Policy scope first (Software\Policies\Microsoft\Windows\PowerShell: EnableScripts 0 is Restricted, 1 means its
//   ExecutionPolicy value), then LocalMachine (Windows PowerShell keeps it in the ExecutionPolicy value of
//   ...\PowerShell\1\ShellIds\Microsoft.PowerShell). Both are read here; the check weighs them in that order.
// - PSModulePath: PowerShell's ModuleIntrinsics.cs (GetExpandedEnvironmentVariable) reads the machine's value (.NET's
//   machine environment is HKLM\SYSTEM\CurrentControlSet\Control\Session Manager\Environment) and expands its
//   %variables%. Writing it is matched against rustup (rust-lang/rustup, src/cli/self_update/windows.rs,
//   _apply_new_path): the raw value written back with its type kept (REG_EXPAND_SZ stays expandable, so
//   %ProgramFiles% in Windows' own entries is never frozen into a path), a value that is not a string left alone,
//   and WM_SETTINGCHANGE "Environment" broadcast with SMTO_ABORTIFHUNG and a 5 s limit, so running programs (and
//   Task Scheduler's next start of the task) read the new value.
// All registry access is in the 64-bit view (KEY_WOW64_64KEY), so a 32-bit build reads what the agent reads.
#include "../BackupSchedule.h"
#include "../TextConversion.h"
#include "Win32Com.h"
#include "Win32Parts.h"

#include <sddl.h>
#include <taskschd.h>

#include <algorithm>
#include <vector>

namespace mars::platform::win32 {

namespace {
constexpr const wchar_t* kSavedKey = L"SOFTWARE\\MARS Setup Doctor\\Saved backup schedule";
constexpr const wchar_t* kSavedModulePath = L"PSModulePath";
constexpr const wchar_t* kSavedTaskPrefix = L"task:";
constexpr DWORD kMaxTextBytes = 64 * 1024;  // a PSModulePath is a few hundred characters; anything larger is refused

bool notThere(LSTATUS status)
{
    return status == ERROR_FILE_NOT_FOUND || status == ERROR_PATH_NOT_FOUND;
}
bool absentTask(HRESULT hr)
{
    return hr == HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND) || hr == HRESULT_FROM_WIN32(ERROR_PATH_NOT_FOUND);
}

std::string expand(const std::wstring& text)
{
    const DWORD size = ExpandEnvironmentStringsW(text.c_str(), nullptr, 0);
    if (size == 0)
        return toUtf8(text);
    std::wstring expanded(size, L'\0');
    const DWORD written = ExpandEnvironmentStringsW(text.c_str(), expanded.data(), size);
    if (written == 0 || written > size)
        return toUtf8(text);
    expanded.resize(written - 1);
    return toUtf8(expanded);
}

// A string value read raw (RegQueryValueExW: RegGetValueW would expand REG_EXPAND_SZ with this process's
// environment and lose the type). `key` is open with KEY_QUERY_VALUE.
RegistryText readText(HKEY key, const wchar_t* name)
{
    RegistryText read;
    DWORD type = 0, size = 0;
    LSTATUS status = RegQueryValueExW(key, name, nullptr, &type, nullptr, &size);
    if (notThere(status))
        return read;
    if (status == ERROR_SUCCESS && type != REG_SZ && type != REG_EXPAND_SZ) {
        read.state = RegistryText::State::Unreadable;
        read.error = "not a string (registry type " + std::to_string(type) + ")";
        return read;
    }
    if (status == ERROR_SUCCESS && size > kMaxTextBytes) {
        read.state = RegistryText::State::Unreadable;
        read.error = "larger than " + std::to_string(kMaxTextBytes) + " bytes";
        return read;
    }
    std::vector<wchar_t> data(size / sizeof(wchar_t) + 1, L'\0');
    DWORD got = DWORD(data.size() * sizeof(wchar_t));
    if (status == ERROR_SUCCESS)
        status = RegQueryValueExW(key, name, nullptr, &type, reinterpret_cast<BYTE*>(data.data()), &got);
    if (status != ERROR_SUCCESS) {
        read.state = RegistryText::State::Unreadable;
        read.error = win32ErrorText(DWORD(status));
        return read;
    }
    std::wstring text(data.data(), std::min<size_t>(got / sizeof(wchar_t), data.size()));
    while (!text.empty() && text.back() == L'\0')
        text.pop_back();  // stored with or without its terminator
    read.state = RegistryText::State::Read;
    read.text = toUtf8(text);
    read.expandable = type == REG_EXPAND_SZ;
    read.expanded = read.expandable ? expand(text) : read.text;
    return read;
}

RegistryText readText(const char* subkey, const wchar_t* name)
{
    HKEY key = nullptr;
    const LSTATUS status = RegOpenKeyExW(HKEY_LOCAL_MACHINE, toWide(subkey).c_str(), 0, KEY_QUERY_VALUE | KEY_WOW64_64KEY, &key);
    if (notThere(status))
        return {};
    if (status != ERROR_SUCCESS) {
        RegistryText read;
        read.state = RegistryText::State::Unreadable;
        read.error = win32ErrorText(DWORD(status));
        return read;
    }
    RegistryText read = readText(key, name);
    RegCloseKey(key);
    return read;
}

RegistryNumber readNumber(const char* subkey, const wchar_t* name)
{
    RegistryNumber read;
    HKEY key = nullptr;
    LSTATUS status = RegOpenKeyExW(HKEY_LOCAL_MACHINE, toWide(subkey).c_str(), 0, KEY_QUERY_VALUE | KEY_WOW64_64KEY, &key);
    DWORD value = 0, size = sizeof value;
    if (status == ERROR_SUCCESS) {
        status = RegGetValueW(key, nullptr, name, RRF_RT_REG_DWORD, nullptr, &value, &size);
        RegCloseKey(key);
    }
    if (notThere(status))
        return read;
    if (status != ERROR_SUCCESS) {
        read.state = RegistryNumber::State::Unreadable;
        read.error = win32ErrorText(DWORD(status));
        return read;
    }
    read.state = RegistryNumber::State::Read;
    read.value = value;
    return read;
}

// Task Scheduler, connected, and the agent's folder in it (null when the folder is not there: no task either).
struct AgentFolder {
    Com<ITaskService> service;
    Com<ITaskFolder> folder;
    HRESULT hr = S_OK;     // why it could not be reached
    bool missing = false;  // the folder is not there
};

void openAgentFolder(AgentFolder& agent)
{
    agent.hr = CoCreateInstance(CLSID_TaskScheduler, nullptr, CLSCTX_INPROC_SERVER, IID_ITaskService, reinterpret_cast<void**>(agent.service.put()));
    VARIANT empty;
    VariantInit(&empty);
    if (SUCCEEDED(agent.hr))
        agent.hr = agent.service->Connect(empty, empty, empty, empty);
    if (SUCCEEDED(agent.hr)) {
        Bstr path(toWide(kAgentTaskFolder));
        agent.hr = agent.service->GetFolder(path.b, agent.folder.put());
        if (absentTask(agent.hr)) {
            agent.missing = true;
            agent.hr = S_OK;
        }
    }
}

std::string taskName(const std::string& path)
{
    const std::size_t slash = path.find_last_of('\\');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// A task keeps its account as a SID ("S-1-5-18", as Windows' own tasks do) or as a name, which may be localised
// ("NT AUTHORITY\SYSTEM", "NT-AUTORITÄT\SYSTEM"): a name is turned into its SID, so the check compares SIDs only.
// Matched against KDE Frameworks' KCoreAddons (kuser_win.cpp, sidFromName): LookupAccountNameW into a
// SECURITY_MAX_SID_SIZE buffer, with the domain buffer given (the call fails without it, whatever its page says).
std::string sidOf(const std::string& account)
{
    if (account.rfind("S-1-", 0) == 0 || account.empty())
        return account;
    BYTE sid[SECURITY_MAX_SID_SIZE];
    DWORD sidSize = sizeof sid;
    wchar_t domain[256];
    DWORD domainSize = 256;
    SID_NAME_USE use = SidTypeUnknown;
    LPWSTR text = nullptr;
    std::string result;
    if (LookupAccountNameW(nullptr, toWide(account).c_str(), sid, &sidSize, domain, &domainSize, &use) && ConvertSidToStringSidW(sid, &text)) {
        result = toUtf8(text);
        LocalFree(text);
    }
    return result;
}

bool isAgentTask(const std::string& path)
{
    return path == agentTaskPath(kAgentBackupTask) || path == agentTaskPath(kAgentSystemStateTask);
}

AgentTask readTask(AgentFolder& agent, const char* name)
{
    AgentTask task;
    task.path = agentTaskPath(name);
    if (FAILED(agent.hr)) {
        task.state = AgentTask::State::Unreadable;
        task.error = "Task Scheduler cannot be reached: " + hresultText(agent.hr);
        return task;
    }
    if (agent.missing)
        return task;
    Com<IRegisteredTask> registered;
    Bstr taskPath(toWide(name));
    HRESULT hr = agent.folder->GetTask(taskPath.b, registered.put());
    if (absentTask(hr))
        return task;
    VARIANT_BOOL enabled = VARIANT_FALSE;
    if (SUCCEEDED(hr))
        hr = registered->get_Enabled(&enabled);
    if (FAILED(hr)) {
        task.state = AgentTask::State::Unreadable;
        task.error = hresultText(hr);
        return task;
    }
    task.state = AgentTask::State::Found;
    task.enabled = enabled != VARIANT_FALSE;
    Com<ITaskDefinition> definition;
    Com<IPrincipal> principal;
    hr = registered->get_Definition(definition.put());
    if (SUCCEEDED(hr))
        hr = definition->get_Principal(principal.put());
    BSTR user = nullptr, group = nullptr;
    if (SUCCEEDED(hr))
        hr = principal->get_UserId(&user);
    if (SUCCEEDED(hr))
        task.account = takeBstr(user);
    if (SUCCEEDED(hr) && SUCCEEDED(principal->get_GroupId(&group)))
        task.group = takeBstr(group);
    task.accountRead = SUCCEEDED(hr);
    if (!task.accountRead)
        task.error = "its account could not be read: " + hresultText(hr);
    else
        task.accountSid = sidOf(task.account.empty() ? task.group : task.account);
    return task;
}

// COM for this call on this thread (a worker's; the wizard's thread already has it, in another mode, and then keeps it).
struct ComScope {
    HRESULT hr = CoInitializeEx(nullptr, COINIT_MULTITHREADED);
    ComScope() = default;
    ComScope(const ComScope&) = delete;
    ComScope& operator=(const ComScope&) = delete;
    ~ComScope()
    {
        if (SUCCEEDED(hr))
            CoUninitialize();
    }
};

std::string describe(const RegistryText& value)
{
    if (value.state != RegistryText::State::Read)
        return "(absent)";
    return "\"" + value.text + "\" (" + (value.expandable ? "REG_EXPAND_SZ" : "REG_SZ") + ")";
}

LSTATUS writeText(HKEY key, const wchar_t* name, const RegistryText& value)
{
    const std::wstring text = toWide(value.text);
    return RegSetValueExW(key, name, 0, value.expandable ? REG_EXPAND_SZ : REG_SZ, reinterpret_cast<const BYTE*>(text.c_str()),
                          DWORD((text.size() + 1) * sizeof(wchar_t)));
}
}  // namespace

class Win32BackupSchedule final : public BackupSchedule {
public:
    BackupScheduleState read() override
    {
        BackupScheduleState state;
        state.applicable = true;
        {
            ComScope com;
            AgentFolder agent;
            openAgentFolder(agent);
            state.tasks.push_back(readTask(agent, kAgentBackupTask));
            state.tasks.push_back(readTask(agent, kAgentSystemStateTask));
        }
        state.powerShellVersion = readText(kPowerShellEngineKey, L"PowerShellVersion");
        state.machineModulePath = readText(kMachineEnvironmentKey, L"PSModulePath");
        state.machinePolicy = readText(kMachinePolicyKey, L"ExecutionPolicy");
        state.groupPolicyEnabled = readNumber(kGroupPolicyKey, L"EnableScripts");
        state.groupPolicy = readText(kGroupPolicyKey, L"ExecutionPolicy");
        return state;
    }

    TaskChange setTaskEnabled(const std::string& path, bool enabled) override
    {
        TaskChange change;
        if (!isAgentTask(path)) {
            change.result.failed.push_back(path + ": not one of the agent's tasks");
            return change;
        }
        ComScope com;
        AgentFolder agent;
        openAgentFolder(agent);
        Com<IRegisteredTask> registered;
        HRESULT hr = agent.missing ? HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND) : agent.hr;
        if (SUCCEEDED(hr)) {
            Bstr name(toWide(taskName(path)));
            hr = agent.folder->GetTask(name.b, registered.put());
        }
        VARIANT_BOOL before = VARIANT_FALSE;
        if (SUCCEEDED(hr))
            hr = registered->get_Enabled(&before);
        if (FAILED(hr)) {
            change.result.failed.push_back("task " + path + ": " + hresultText(hr));
            return change;
        }
        change.wasEnabled = before != VARIANT_FALSE;
        hr = registered->put_Enabled(enabled ? VARIANT_TRUE : VARIANT_FALSE);
        if (FAILED(hr)) {
            change.result.failed.push_back("task " + path + " could not be " + (enabled ? "enabled" : "disabled") + ": " + hresultText(hr));
            return change;
        }
        // Read back before saying it is done: a change Task Scheduler accepted but did not make (Wine's put_Enabled is
        // a stub that answers S_OK) must not be reported as made.
        Com<IRegisteredTask> again;
        VARIANT_BOOL now = before;
        Bstr name(toWide(taskName(path)));
        if (SUCCEEDED(agent.folder->GetTask(name.b, again.put())))
            again->get_Enabled(&now);
        if ((now != VARIANT_FALSE) != enabled)
            change.result.failed.push_back("task " + path + ": Task Scheduler accepted the change, but the task is still " +
                                           (enabled ? "disabled" : "enabled"));
        else
            change.result.changed.push_back("task " + path + (enabled ? " enabled" : " disabled") + " (it was " +
                                            (change.wasEnabled ? "enabled" : "disabled") + ")");
        return change;
    }

    ModulePathChange writeMachineModulePath(const RegistryText& value) override
    {
        ModulePathChange change;
        const std::string where = std::string("HKLM\\") + kMachineEnvironmentKey + "\\PSModulePath";
        HKEY key = nullptr;
        LSTATUS status = RegOpenKeyExW(HKEY_LOCAL_MACHINE, toWide(kMachineEnvironmentKey).c_str(), 0,
                                       KEY_QUERY_VALUE | KEY_SET_VALUE | KEY_WOW64_64KEY, &key);
        if (status != ERROR_SUCCESS) {
            change.result.failed.push_back(where + ": " + win32ErrorText(DWORD(status)));
            return change;
        }
        change.before = readText(key, L"PSModulePath");
        if (change.before.state == RegistryText::State::Unreadable) {
            // Never overwrite what cannot be put back.
            change.result.failed.push_back(where + " is not changed: it could not be read (" + change.before.error + ")");
            RegCloseKey(key);
            return change;
        }
        if (value.state == RegistryText::State::Read) {
            status = writeText(key, L"PSModulePath", value);
            if (status == ERROR_SUCCESS)
                change.result.changed.push_back("set " + where + " = " + describe(value) + " (it was " + describe(change.before) + ")");
        } else {
            status = RegDeleteValueW(key, L"PSModulePath");
            if (status == ERROR_SUCCESS)
                change.result.changed.push_back("removed " + where + " (it was " + describe(change.before) + ")");
            else if (notThere(status))
                status = ERROR_SUCCESS;
        }
        RegCloseKey(key);
        if (status != ERROR_SUCCESS) {
            change.result.failed.push_back(where + ": " + win32ErrorText(DWORD(status)));
            return change;
        }
        DWORD_PTR answer = 0;
        if (!SendMessageTimeoutW(HWND_BROADCAST, WM_SETTINGCHANGE, 0, reinterpret_cast<LPARAM>(L"Environment"), SMTO_ABORTIFHUNG, 5000, &answer))
            change.result.changed.push_back("running programs were not all told of the change (they read it when they start again)");
        return change;
    }

    std::optional<SavedSchedule> savedSchedule() override
    {
        HKEY key = nullptr;
        if (RegOpenKeyExW(HKEY_LOCAL_MACHINE, kSavedKey, 0, KEY_QUERY_VALUE | KEY_WOW64_64KEY, &key) != ERROR_SUCCESS)
            return std::nullopt;
        SavedSchedule saved;
        for (DWORD index = 0;; ++index) {
            wchar_t name[256];
            DWORD length = 256, type = 0;
            const LSTATUS status = RegEnumValueW(key, index, name, &length, nullptr, &type, nullptr, nullptr);
            if (status == ERROR_MORE_DATA)
                continue;  // a name longer than any this program writes
            if (status != ERROR_SUCCESS)
                break;
            const std::wstring valueName(name, length);
            if (valueName == kSavedModulePath)
                saved.modulePath = type == REG_DWORD ? RegistryText{} : readText(key, kSavedModulePath);
            else if (valueName.rfind(kSavedTaskPrefix, 0) == 0 && isAgentTask(toUtf8(valueName.substr(wcslen(kSavedTaskPrefix)))))
                saved.tasksEnabled.push_back(toUtf8(valueName.substr(wcslen(kSavedTaskPrefix))));
        }
        RegCloseKey(key);
        // A module path this program could not have written (unreadable, or a type it never writes): never restore it.
        if (saved.modulePath && saved.modulePath->state == RegistryText::State::Unreadable)
            saved.modulePath.reset();
        if (saved.empty())
            return std::nullopt;
        return saved;
    }

    ChangeResult saveSchedule(const SavedSchedule& saved) override
    {
        ChangeResult result;
        const LSTATUS removed = RegDeleteKeyExW(HKEY_LOCAL_MACHINE, kSavedKey, KEY_WOW64_64KEY, 0);
        if (removed != ERROR_SUCCESS && !notThere(removed)) {
            result.failed.push_back("could not replace the saved backup schedule values: " + win32ErrorText(DWORD(removed)));
            return result;
        }
        if (saved.empty()) {
            result.changed.push_back("removed the saved backup schedule values");
            return result;
        }
        HKEY key = nullptr;
        LSTATUS status = RegCreateKeyExW(HKEY_LOCAL_MACHINE, kSavedKey, 0, nullptr, 0, KEY_SET_VALUE | KEY_WOW64_64KEY, nullptr, &key, nullptr);
        if (status != ERROR_SUCCESS) {
            result.failed.push_back("could not create HKLM\\SOFTWARE\\MARS Setup Doctor: " + win32ErrorText(DWORD(status)));
            return result;
        }
        for (const std::string& task : saved.tasksEnabled) {
            const DWORD wasDisabled = 0;
            status = RegSetValueExW(key, (kSavedTaskPrefix + toWide(task)).c_str(), 0, REG_DWORD, reinterpret_cast<const BYTE*>(&wasDisabled),
                                    sizeof wasDisabled);
            if (status != ERROR_SUCCESS)
                result.failed.push_back("could not save task " + task + ": " + win32ErrorText(DWORD(status)));
        }
        if (saved.modulePath) {
            const DWORD absent = 0;
            status = saved.modulePath->state == RegistryText::State::Read
                         ? writeText(key, kSavedModulePath, *saved.modulePath)
                         : RegSetValueExW(key, kSavedModulePath, 0, REG_DWORD, reinterpret_cast<const BYTE*>(&absent), sizeof absent);
            if (status != ERROR_SUCCESS)
                result.failed.push_back("could not save PSModulePath: " + win32ErrorText(DWORD(status)));
        }
        RegCloseKey(key);
        if (result.ok())
            result.changed.push_back("saved the earlier values in HKLM\\SOFTWARE\\MARS Setup Doctor\\Saved backup schedule");
        return result;
    }
};

}  // namespace mars::platform::win32

namespace mars::platform {

std::unique_ptr<BackupSchedule> makeSystemBackupSchedule()
{
    return std::make_unique<win32::Win32BackupSchedule>();
}

}  // namespace mars::platform
