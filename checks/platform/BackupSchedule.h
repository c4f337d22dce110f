#pragma once
// What the agent's scheduled backups need from Windows (Microsoft's MARS troubleshooting article, "Backups don't run
// according to schedule"): its tasks in Task Scheduler's \Microsoft\OnlineBackup folder, enabled and running as SYSTEM
// (or the local Administrators group); Windows PowerShell 3.0 or later, since the tasks start the agent's PowerShell
// module; that module's folder in the machine's PSModulePath; and an execution policy that lets its scripts run.
// Standard C++ only, so the Win32 half cross-compiles and runs under Wine.
#include "Change.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace mars::platform {

// Where the agent keeps its tasks, and their names (as Task Scheduler shows them under Microsoft > OnlineBackup).
inline constexpr const char* kAgentTaskFolder = "\\Microsoft\\OnlineBackup";
inline constexpr const char* kAgentBackupTask = "Microsoft-OnlineBackup";
inline constexpr const char* kAgentSystemStateTask = "Microsoft-OnlineBackup-SystemStateBackup";
inline std::string agentTaskPath(const char* name)
{
    return std::string(kAgentTaskFolder) + "\\" + name;
}

// The registry values read, as regedit shows them (under HKEY_LOCAL_MACHINE).
inline constexpr const char* kPowerShellEngineKey = "SOFTWARE\\Microsoft\\PowerShell\\3\\PowerShellEngine";  // PowerShellVersion
inline constexpr const char* kMachineEnvironmentKey = "SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment";
inline constexpr const char* kMachinePolicyKey = "SOFTWARE\\Microsoft\\PowerShell\\1\\ShellIds\\Microsoft.PowerShell";  // ExecutionPolicy
inline constexpr const char* kGroupPolicyKey = "SOFTWARE\\Policies\\Microsoft\\Windows\\PowerShell";  // EnableScripts, ExecutionPolicy

// One of the agent's tasks, as Task Scheduler holds it.
struct AgentTask {
    enum class State { Found, Missing, Unreadable };
    std::string path;  // "\Microsoft\OnlineBackup\Microsoft-OnlineBackup"
    State state = State::Missing;
    bool enabled = false;       // Found: IRegisteredTask::get_Enabled
    bool accountRead = false;   // Found: the task's principal could be read
    std::string account;        // IPrincipal::get_UserId as kept: a SID ("S-1-5-18") or a name ("SYSTEM"); empty: none given
    std::string group;          // IPrincipal::get_GroupId: a task may run as a group ("S-1-5-32-544", Administrators)
    std::string accountSid;     // the account's (else the group's) SID, names resolved here; empty: it could not be told
    std::string error;          // Unreadable: why; Found and !accountRead: why the account could not be read
};

// A registry value as it was read.
struct RegistryText {
    enum class State { Missing, Read, Unreadable };
    State state = State::Missing;
    std::string text;         // Read: as stored (UTF-8), %variables% unexpanded
    bool expandable = false;  // Read: REG_EXPAND_SZ (REG_SZ otherwise)
    std::string expanded;     // Read: with %variables% expanded (the same as text for REG_SZ)
    std::string error;        // Unreadable: why (a wrong type, access denied, ...)
};

struct RegistryNumber {
    enum class State { Missing, Read, Unreadable };
    State state = State::Missing;
    std::uint32_t value = 0;
    std::string error;
};

struct BackupScheduleState {
    bool applicable = false;            // false: no Task Scheduler or registry here (the portable build)
    std::vector<AgentTask> tasks;       // the backup task, then the System State task
    RegistryText powerShellVersion;     // kPowerShellEngineKey PowerShellVersion ("5.1.17763.1"); absent before 3.0
    RegistryText machineModulePath;     // kMachineEnvironmentKey PSModulePath
    RegistryText machinePolicy;         // kMachinePolicyKey ExecutionPolicy (the LocalMachine scope)
    RegistryNumber groupPolicyEnabled;  // kGroupPolicyKey EnableScripts (Group Policy "Turn on Script Execution")
    RegistryText groupPolicy;           // kGroupPolicyKey ExecutionPolicy (the MachinePolicy scope, when EnableScripts is 1)
};

// What a change found just before it changed anything: for the report's "before", and to put it back.
struct TaskChange {
    ChangeResult result;
    bool wasEnabled = false;
};
struct ModulePathChange {
    ChangeResult result;
    RegistryText before;
};

// The program's own record of what it changed, kept across runs until put back (Win32: HKLM\SOFTWARE\MARS Setup
// Doctor\Saved backup schedule): machine-wide, as the changes are, and another administrator may run it next.
struct SavedSchedule {
    std::vector<std::string> tasksEnabled;   // the tasks it enabled (each was disabled before)
    std::optional<RegistryText> modulePath;  // PSModulePath before it changed it (Missing: there was none)
    bool empty() const { return tasksEnabled.empty() && !modulePath; }
};

class BackupSchedule {
public:
    virtual ~BackupSchedule() = default;
    virtual BackupScheduleState read() = 0;
    // Enables or disables the task at `path` (one of the agent's): IRegisteredTask::put_Enabled.
    virtual TaskChange setTaskEnabled(const std::string& path, bool enabled) = 0;
    // Writes the machine's PSModulePath as `value` (its text and type; Missing deletes it) and tells running programs
    // that the environment changed (WM_SETTINGCHANGE "Environment").
    virtual ModulePathChange writeMachineModulePath(const RegistryText& value) = 0;
    virtual std::optional<SavedSchedule> savedSchedule() = 0;
    virtual ChangeResult saveSchedule(const SavedSchedule& saved) = 0;  // replaces the record; an empty one removes it
};

std::unique_ptr<BackupSchedule> makeSystemBackupSchedule();

}  // namespace mars::platform
