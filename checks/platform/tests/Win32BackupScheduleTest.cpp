// The agent's scheduled backups under Wine: its two tasks registered in the prefix's Task Scheduler under
// \Microsoft\OnlineBackup as the agent would have them (one enabled, one disabled) through the Task Scheduler API, and
// read back through the implementation; the enable fix's put_Enabled; and the registry values the check reads,
// planted by the test and removed afterwards. Wine keeps no account for a registered task (its IPrincipal setters
// are stubs), so "runs as SYSTEM / another account" is judged on the fake's tasks (checks/tests/
// BackupScheduleCheckTest.cpp). Wine 8's IRegisteredTask::put_Enabled is a stub that answers S_OK and changes
// nothing (wine dlls/taskschd/regtask.c): the implementation reads the task back and reports that as a failure, which
// is asserted here; that the task then really is enabled is reported as skipped under Wine, naming the fake's test.
#include "checks/platform/BackupSchedule.h"
#include "tests/support/TaskSchedulerRoot.h"
#include "checks/platform/TextConversion.h"

#include "tests/support/Skip.h"

#include <catch2/catch.hpp>
#include <taskschd.h>
#include <windows.h>

#include <functional>
#include <optional>
#include <string>

using namespace mars::platform;

namespace {
constexpr const char* kFakeTest = "checks/tests/BackupScheduleCheckTest.cpp (the fake's tasks)";

bool withRoot(const std::function<void(ITaskService*, ITaskFolder*)>& use)
{
    return mars::test::withTaskSchedulerRoot(use);
}

// The agent's folder (made when missing) and in it a task of `name`, enabled or not, as SYSTEM, starting
// powershell.exe as the agent's do. Returns the HRESULT of the registration.
HRESULT registerAgentTask(const char* name, bool enabled)
{
    HRESULT result = E_FAIL;
    withRoot([&](ITaskService* service, ITaskFolder* root) {
        ITaskFolder* folder = nullptr;
        BSTR folderPath = SysAllocString(toWide(kAgentTaskFolder).c_str());
        if (FAILED(service->GetFolder(folderPath, &folder))) {
            VARIANT empty;
            VariantInit(&empty);
            // Wine makes one level at a time, as Windows does not need: \Microsoft first.
            ITaskFolder* microsoft = nullptr;
            BSTR parent = SysAllocString(L"\\Microsoft");
            if (FAILED(service->GetFolder(parent, &microsoft)))
                root->CreateFolder(parent, empty, &microsoft);
            if (microsoft)
                microsoft->Release();
            SysFreeString(parent);
            result = root->CreateFolder(folderPath, empty, &folder);
        }
        SysFreeString(folderPath);
        if (!folder)
            return;
        ITaskDefinition* definition = nullptr;
        ITaskSettings* settings = nullptr;
        IActionCollection* actions = nullptr;
        IAction* action = nullptr;
        IExecAction* exec = nullptr;
        result = service->NewTask(0, &definition);
        if (SUCCEEDED(result))
            result = definition->get_Settings(&settings);
        if (SUCCEEDED(result))
            result = settings->put_Enabled(enabled ? VARIANT_TRUE : VARIANT_FALSE);
        if (SUCCEEDED(result))
            result = definition->get_Actions(&actions);
        if (SUCCEEDED(result))
            result = actions->Create(TASK_ACTION_EXEC, &action);
        if (SUCCEEDED(result))
            result = action->QueryInterface(IID_IExecAction, reinterpret_cast<void**>(&exec));
        if (SUCCEEDED(result)) {
            BSTR program = SysAllocString(L"C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe");
            result = exec->put_Path(program);
            SysFreeString(program);
        }
        if (SUCCEEDED(result)) {
            BSTR taskName = SysAllocString(toWide(name).c_str());
            BSTR system = SysAllocString(L"S-1-5-18");
            VARIANT user, none;
            VariantInit(&user);
            VariantInit(&none);
            V_VT(&user) = VT_BSTR;
            V_BSTR(&user) = system;
            IRegisteredTask* task = nullptr;
            result = folder->RegisterTaskDefinition(taskName, definition, TASK_CREATE_OR_UPDATE, user, none, TASK_LOGON_SERVICE_ACCOUNT, none, &task);
            if (task)
                task->Release();
            SysFreeString(system);
            SysFreeString(taskName);
        }
        for (IUnknown* object : std::initializer_list<IUnknown*>{exec, action, actions, settings, definition, folder})
            if (object)
                object->Release();
    });
    return result;
}

void deleteAgentTasks()
{
    withRoot([](ITaskService* service, ITaskFolder*) {
        ITaskFolder* folder = nullptr;
        BSTR folderPath = SysAllocString(toWide(kAgentTaskFolder).c_str());
        if (SUCCEEDED(service->GetFolder(folderPath, &folder))) {
            for (const char* name : {kAgentBackupTask, kAgentSystemStateTask}) {
                BSTR taskName = SysAllocString(toWide(name).c_str());
                folder->DeleteTask(taskName, 0);
                SysFreeString(taskName);
            }
            folder->Release();
        }
        SysFreeString(folderPath);
    });
}

// Wine's ntdll exports wine_get_version; Windows' does not.
bool runningUnderWine()
{
    const HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    return ntdll && GetProcAddress(ntdll, "wine_get_version");
}

struct AgentTasksGuard {
    AgentTasksGuard() { deleteAgentTasks(); }
    ~AgentTasksGuard() { deleteAgentTasks(); }
};

// A registry value the test plants (or removes) and puts back raw afterwards, whatever the prefix had.
class ValueGuard {
public:
    ValueGuard(const char* subkey, const wchar_t* name) : m_subkey(toWide(subkey)), m_name(name)
    {
        HKEY key = nullptr;
        if (RegOpenKeyExW(HKEY_LOCAL_MACHINE, m_subkey.c_str(), 0, KEY_QUERY_VALUE | KEY_WOW64_64KEY, &key) != ERROR_SUCCESS)
            return;
        DWORD type = 0, size = 0;
        if (RegQueryValueExW(key, m_name, nullptr, &type, nullptr, &size) == ERROR_SUCCESS) {
            m_data.assign(size, 0);
            if (RegQueryValueExW(key, m_name, nullptr, &type, m_data.data(), &size) == ERROR_SUCCESS)
                m_type = type;
        }
        RegCloseKey(key);
    }
    ~ValueGuard()
    {
        HKEY key = nullptr;
        if (RegCreateKeyExW(HKEY_LOCAL_MACHINE, m_subkey.c_str(), 0, nullptr, 0, KEY_SET_VALUE | KEY_WOW64_64KEY, nullptr, &key, nullptr) != ERROR_SUCCESS)
            return;
        if (m_type)
            RegSetValueExW(key, m_name, 0, *m_type, m_data.data(), DWORD(m_data.size()));
        else
            RegDeleteValueW(key, m_name);
        RegCloseKey(key);
    }
    void set(DWORD type, const std::wstring& text) const
    {
        HKEY key = nullptr;
        REQUIRE(RegCreateKeyExW(HKEY_LOCAL_MACHINE, m_subkey.c_str(), 0, nullptr, 0, KEY_SET_VALUE | KEY_WOW64_64KEY, nullptr, &key, nullptr) == ERROR_SUCCESS);
        REQUIRE(RegSetValueExW(key, m_name, 0, type, reinterpret_cast<const BYTE*>(text.c_str()), DWORD((text.size() + 1) * sizeof(wchar_t))) ==
                ERROR_SUCCESS);
        RegCloseKey(key);
    }
    void setNumber(DWORD value) const
    {
        HKEY key = nullptr;
        REQUIRE(RegCreateKeyExW(HKEY_LOCAL_MACHINE, m_subkey.c_str(), 0, nullptr, 0, KEY_SET_VALUE | KEY_WOW64_64KEY, nullptr, &key, nullptr) == ERROR_SUCCESS);
        REQUIRE(RegSetValueExW(key, m_name, 0, REG_DWORD, reinterpret_cast<const BYTE*>(&value), sizeof value) == ERROR_SUCCESS);
        RegCloseKey(key);
    }
    void remove() const
    {
        HKEY key = nullptr;
        if (RegOpenKeyExW(HKEY_LOCAL_MACHINE, m_subkey.c_str(), 0, KEY_SET_VALUE | KEY_WOW64_64KEY, &key) == ERROR_SUCCESS) {
            RegDeleteValueW(key, m_name);
            RegCloseKey(key);
        }
    }
    // The value's type and raw text as stored now (read raw, not through the code under test).
    std::optional<std::pair<DWORD, std::wstring>> now() const
    {
        HKEY key = nullptr;
        if (RegOpenKeyExW(HKEY_LOCAL_MACHINE, m_subkey.c_str(), 0, KEY_QUERY_VALUE | KEY_WOW64_64KEY, &key) != ERROR_SUCCESS)
            return std::nullopt;
        wchar_t data[2048] = {};
        DWORD type = 0, size = sizeof data - sizeof(wchar_t);
        const LSTATUS status = RegQueryValueExW(key, m_name, nullptr, &type, reinterpret_cast<BYTE*>(data), &size);
        RegCloseKey(key);
        if (status != ERROR_SUCCESS)
            return std::nullopt;
        return std::make_pair(type, std::wstring(data));
    }

private:
    std::wstring m_subkey;
    const wchar_t* m_name;
    std::vector<BYTE> m_data;
    std::optional<DWORD> m_type;
};

const AgentTask& taskAt(const BackupScheduleState& state, const char* name)
{
    for (const AgentTask& task : state.tasks)
        if (task.path == agentTaskPath(name))
            return task;
    FAIL("no entry for " << name);
    return state.tasks.front();
}
}  // namespace

TEST_CASE("no agent tasks in the prefix: both are missing, not unreadable", "[win32][backup-schedule]")
{
    AgentTasksGuard clean;
    auto schedule = makeSystemBackupSchedule();
    const BackupScheduleState state = schedule->read();
    REQUIRE(state.applicable);
    REQUIRE(state.tasks.size() == 2);
    for (const AgentTask& task : state.tasks) {
        INFO(task.path << ": " << task.error);
        CHECK(task.state == AgentTask::State::Missing);
    }
    CHECK(state.tasks[0].path == "\\Microsoft\\OnlineBackup\\Microsoft-OnlineBackup");
    CHECK(state.tasks[1].path == "\\Microsoft\\OnlineBackup\\Microsoft-OnlineBackup-SystemStateBackup");
}

TEST_CASE("the agent's tasks registered in the prefix, one enabled and one disabled, read back as they are", "[win32][backup-schedule][may-skip]")
{
    AgentTasksGuard clean;
    const HRESULT disabled = registerAgentTask(kAgentBackupTask, false);
    const HRESULT enabled = registerAgentTask(kAgentSystemStateTask, true);
    if (FAILED(disabled) || FAILED(enabled))
        MARS_SKIP("this Wine cannot register tasks under \\Microsoft\\OnlineBackup (0x" << std::hex << disabled << ", 0x" << enabled
                                                                                         << "); enabled and disabled tasks are judged in " << kFakeTest);
    auto schedule = makeSystemBackupSchedule();
    const BackupScheduleState state = schedule->read();
    const AgentTask& backup = taskAt(state, kAgentBackupTask);
    const AgentTask& systemState = taskAt(state, kAgentSystemStateTask);
    INFO("backup: state " << int(backup.state) << " " << backup.error << "; system state: " << int(systemState.state) << " " << systemState.error
                          << "; accounts '" << backup.account << "' '" << systemState.account << "'");
    if (backup.state == AgentTask::State::Unreadable && backup.error.find("0x80004001") != std::string::npos)
        MARS_SKIP("this Wine's IRegisteredTask::get_Enabled is a stub (E_NOTIMPL): enabled and disabled tasks are judged in " << kFakeTest);
    REQUIRE(backup.state == AgentTask::State::Found);
    REQUIRE(systemState.state == AgentTask::State::Found);
    CHECK_FALSE(backup.enabled);
    CHECK(systemState.enabled);
}

TEST_CASE("enabling the disabled backup task through put_Enabled, and disabling it again", "[win32][backup-schedule][may-skip]")
{
    AgentTasksGuard clean;
    if (FAILED(registerAgentTask(kAgentBackupTask, false)))
        MARS_SKIP("this Wine cannot register tasks under \\Microsoft\\OnlineBackup; the fix is tested in " << kFakeTest);
    auto schedule = makeSystemBackupSchedule();
    const std::string path = agentTaskPath(kAgentBackupTask);
    const TaskChange on = schedule->setTaskEnabled(path, true);
    std::string failures;
    for (const std::string& line : on.result.failed)
        failures += line + "; ";
    INFO("enable: " << failures);
    if (failures.find("0x80004001") != std::string::npos)
        MARS_SKIP("this Wine's IRegisteredTask::put_Enabled or get_Enabled is a stub (E_NOTIMPL): the fix is tested in " << kFakeTest);
    CHECK_FALSE(on.wasEnabled);
    if (!on.result.ok() && failures.find("accepted the change, but the task is still disabled") != std::string::npos && runningUnderWine()) {
        // The stub's S_OK is not reported as done: the fix says it failed, and nothing claims the task is enabled.
        CHECK(on.result.changed.empty());
        CHECK_FALSE(taskAt(schedule->read(), kAgentBackupTask).enabled);
        MARS_SKIP("this Wine's IRegisteredTask::put_Enabled answers S_OK and changes nothing: enabling and disabling are tested in " << kFakeTest);
    }
    REQUIRE(on.result.ok());
    CHECK(taskAt(schedule->read(), kAgentBackupTask).enabled);

    const TaskChange off = schedule->setTaskEnabled(path, false);
    REQUIRE(off.result.ok());
    CHECK(off.wasEnabled);
    CHECK_FALSE(taskAt(schedule->read(), kAgentBackupTask).enabled);
}

TEST_CASE("the account a registered agent task runs as is read, and SYSTEM is told by its SID", "[win32][backup-schedule][may-skip]")
{
    AgentTasksGuard clean;
    if (FAILED(registerAgentTask(kAgentBackupTask, true)))
        MARS_SKIP("this Wine cannot register tasks under \\Microsoft\\OnlineBackup; the tasks' accounts are judged in " << kFakeTest);
    const AgentTask task = taskAt(makeSystemBackupSchedule()->read(), kAgentBackupTask);
    INFO("account '" << task.account << "' group '" << task.group << "' sid '" << task.accountSid << "' " << task.error);
    REQUIRE(task.state == AgentTask::State::Found);
    if (runningUnderWine() && (!task.accountRead || (task.account.empty() && task.group.empty()))) {
        // Not read is said, never taken for SYSTEM: the check makes it "could not read the agent's tasks".
        CHECK(task.accountSid.empty());
        MARS_SKIP("this Wine keeps no readable account for a registered task (" << task.error << "): the tasks' accounts are judged in "
                                                                                  << kFakeTest);
    }
    REQUIRE(task.accountRead);
    CHECK(task.accountSid == "S-1-5-18");
}

TEST_CASE("only the agent's own tasks can be changed", "[win32][backup-schedule]")
{
    auto schedule = makeSystemBackupSchedule();
    const TaskChange change = schedule->setTaskEnabled("\\Microsoft\\Windows\\Defrag\\ScheduledDefrag", true);
    CHECK_FALSE(change.result.ok());
    CHECK(change.result.changed.empty());
}

TEST_CASE("PowerShell's version and the execution policies are read from where PowerShell keeps them", "[win32][backup-schedule]")
{
    ValueGuard version(kPowerShellEngineKey, L"PowerShellVersion");
    ValueGuard machine(kMachinePolicyKey, L"ExecutionPolicy");
    ValueGuard enableScripts(kGroupPolicyKey, L"EnableScripts");
    ValueGuard policy(kGroupPolicyKey, L"ExecutionPolicy");
    auto schedule = makeSystemBackupSchedule();

    version.remove();
    machine.remove();
    enableScripts.remove();
    policy.remove();
    BackupScheduleState state = schedule->read();
    CHECK(state.powerShellVersion.state == RegistryText::State::Missing);
    CHECK(state.machinePolicy.state == RegistryText::State::Missing);
    CHECK(state.groupPolicyEnabled.state == RegistryNumber::State::Missing);
    CHECK(state.groupPolicy.state == RegistryText::State::Missing);

    version.set(REG_SZ, L"5.1.17763.1");
    machine.set(REG_SZ, L"Restricted");
    enableScripts.setNumber(1);
    policy.set(REG_SZ, L"AllSigned");
    state = schedule->read();
    REQUIRE(state.powerShellVersion.state == RegistryText::State::Read);
    CHECK(state.powerShellVersion.text == "5.1.17763.1");
    CHECK(state.machinePolicy.text == "Restricted");
    REQUIRE(state.groupPolicyEnabled.state == RegistryNumber::State::Read);
    CHECK(state.groupPolicyEnabled.value == 1);
    CHECK(state.groupPolicy.text == "AllSigned");

    // A value of the wrong type is unreadable, never read as something.
    machine.setNumber(0);
    state = schedule->read();
    CHECK(state.machinePolicy.state == RegistryText::State::Unreadable);
    CHECK_FALSE(state.machinePolicy.error.empty());
}

TEST_CASE("the machine's PSModulePath is written with its type kept, and put back as it was", "[win32][backup-schedule]")
{
    ValueGuard modulePath(kMachineEnvironmentKey, L"PSModulePath");
    const std::wstring windows = L"%ProgramFiles%\\WindowsPowerShell\\Modules;%SystemRoot%\\system32\\WindowsPowerShell\\v1.0\\Modules";
    modulePath.set(REG_EXPAND_SZ, windows);
    auto schedule = makeSystemBackupSchedule();

    const BackupScheduleState before = schedule->read();
    REQUIRE(before.machineModulePath.state == RegistryText::State::Read);
    CHECK(before.machineModulePath.expandable);
    CHECK(before.machineModulePath.text == toUtf8(windows));
    // Expanded with this system's variables: no % left.
    CHECK(before.machineModulePath.expanded.find('%') == std::string::npos);
    CHECK(before.machineModulePath.expanded.find("WindowsPowerShell\\Modules") != std::string::npos);

    RegistryText added = before.machineModulePath;
    added.text += ";C:\\Program Files\\Microsoft Azure Recovery Services Agent\\bin\\Modules";
    const ModulePathChange change = schedule->writeMachineModulePath(added);
    REQUIRE(change.result.ok());
    CHECK(change.before.text == toUtf8(windows));
    const auto written = modulePath.now();
    REQUIRE(written);
    CHECK(written->first == REG_EXPAND_SZ);  // %ProgramFiles% stays a variable
    CHECK(written->second == toWide(added.text));

    // The record kept for "put back", in the program's own key, read back whole.
    SavedSchedule saved;
    saved.tasksEnabled = {agentTaskPath(kAgentBackupTask)};
    saved.modulePath = change.before;
    REQUIRE(schedule->saveSchedule(saved).ok());
    const auto kept = schedule->savedSchedule();
    REQUIRE(kept);
    CHECK(kept->tasksEnabled == saved.tasksEnabled);
    REQUIRE(kept->modulePath);
    CHECK(kept->modulePath->text == toUtf8(windows));
    CHECK(kept->modulePath->expandable);

    const ModulePathChange back = schedule->writeMachineModulePath(*kept->modulePath);
    REQUIRE(back.result.ok());
    CHECK(modulePath.now()->second == windows);
    CHECK(modulePath.now()->first == REG_EXPAND_SZ);
    REQUIRE(schedule->saveSchedule({}).ok());
    CHECK_FALSE(schedule->savedSchedule());

    // Absent before: putting back removes it.
    SavedSchedule none;
    none.modulePath = RegistryText{};
    REQUIRE(schedule->saveSchedule(none).ok());
    const auto keptNone = schedule->savedSchedule();
    REQUIRE(keptNone);
    REQUIRE(keptNone->modulePath);
    CHECK(keptNone->modulePath->state == RegistryText::State::Missing);
    REQUIRE(schedule->writeMachineModulePath(*keptNone->modulePath).result.ok());
    CHECK_FALSE(modulePath.now());
    REQUIRE(schedule->saveSchedule({}).ok());
}

TEST_CASE("a PSModulePath that is not a string is never overwritten", "[win32][backup-schedule]")
{
    ValueGuard modulePath(kMachineEnvironmentKey, L"PSModulePath");
    modulePath.setNumber(7);
    auto schedule = makeSystemBackupSchedule();
    CHECK(schedule->read().machineModulePath.state == RegistryText::State::Unreadable);
    RegistryText value;
    value.state = RegistryText::State::Read;
    value.text = "C:\\elsewhere";
    const ModulePathChange change = schedule->writeMachineModulePath(value);
    CHECK_FALSE(change.result.ok());
    const auto now = modulePath.now();
    REQUIRE(now);
    CHECK(now->first == REG_DWORD);
}
