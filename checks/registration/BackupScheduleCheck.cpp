#include "BackupScheduleCheck.h"

#include "../PlatformText.h"
#include "BackupScheduleFixes.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mars {

std::span<const FindingSpec> BackupScheduleCheck::findings()
{
    using A = Article;
    static constexpr FindingSpec table[] = {
        {Code::NotExamined, "MSD-SCH-001", kWarning, "Not examined: no Task Scheduler or Windows PowerShell on this system (portable build).", A::Troubleshoot, Examined::No},
        {Code::NotRegistered, "MSD-SCH-002", kWarning, "Not examined: the server is not registered yet, so nothing is scheduled.", A::Troubleshoot, Examined::No},
        {Code::CanRun, "MSD-SCH-003", kPass, "Scheduled backups can run: task enabled as SYSTEM, PowerShell 3.0+, module path, execution policy.", A::Troubleshoot},
        {Code::NoBackupTask, "MSD-SCH-004", kWarning, "No backup is scheduled: the agent's backup task is not in Task Scheduler.", A::Troubleshoot},
        {Code::TaskDisabled, "MSD-SCH-005", kFail, "An agent task (\\Microsoft\\OnlineBackup) is disabled: scheduled backups do not start.", A::Troubleshoot},
        {Code::TaskAccount, "MSD-SCH-006", kWarning, "An agent task runs as another account than SYSTEM or the local Administrators group.", A::Troubleshoot},
        {Code::TasksUnreadable, "MSD-SCH-007", kWarning, "The agent's scheduled tasks (or their account) could not be read.", A::Troubleshoot, Examined::No},
        {Code::PowerShellMissing, "MSD-SCH-008", kFail, "Windows PowerShell 3.0 or later is missing.", A::Troubleshoot},
        {Code::PowerShellUnreadable, "MSD-SCH-009", kWarning, "Which Windows PowerShell is installed could not be told.", A::Troubleshoot, Examined::No},
        {Code::ModulePathMissing, "MSD-SCH-010", kFail, "The machine's PSModulePath lacks the agent's module folder (<install>\\bin\\Modules).", A::Troubleshoot},
        {Code::ModulePathUnreadable, "MSD-SCH-011", kWarning, "The machine's PSModulePath could not be read.", A::Troubleshoot, Examined::No},
        {Code::PolicyRestricted, "MSD-SCH-012", kFail, "PowerShell's execution policy for LocalMachine (or Windows' default) is Restricted.", A::Troubleshoot},
        {Code::PolicyByGroupPolicy, "MSD-SCH-013", kFail, "Group Policy sets PowerShell's execution policy to Restricted.", A::Troubleshoot},
        {Code::PolicyUnreadable, "MSD-SCH-014", kWarning, "PowerShell's execution policy could not be read.", A::Troubleshoot, Examined::No},
    };
    static_assert(coversEachCodeInOrder<Code>(table));
    return table;
}

using namespace platform;

namespace {
constexpr const char* kSystemSid = "S-1-5-18";
constexpr const char* kAdministratorsSid = "S-1-5-32-544";

QString fullPath(const char* key, const char* value)
{
    return QStringLiteral("HKLM\\%1\\%2").arg(QString::fromLatin1(key), QString::fromLatin1(value));
}

QString normalisedEntry(QString entry)
{
    entry = entry.trimmed();
    if (entry.size() >= 2 && entry.startsWith(QLatin1Char('"')) && entry.endsWith(QLatin1Char('"')))
        entry = entry.mid(1, entry.size() - 2).trimmed();
    entry.replace(QLatin1Char('/'), QLatin1Char('\\'));
    while (entry.endsWith(QLatin1Char('\\')))
        entry.chop(1);
    return entry;
}

// What the execution policy is for the agent's scripts, scope by scope as PowerShell decides it (SecuritySupport.cs,
// GetExecutionPolicy): Group Policy first (EnableScripts 0: Restricted; 1: its ExecutionPolicy), then LocalMachine,
// then the default (Restricted on Windows client editions, RemoteSigned on Windows Server: about_Execution_Policies).
struct EffectivePolicy {
    QString policy;
    enum class Source { GroupPolicy, Machine, Default } source = Source::Default;
    bool unreadable = false;
    QString problem;  // which value could not be read, and why
};

EffectivePolicy effectivePolicy(const BackupScheduleState& state, bool server)
{
    EffectivePolicy effective;
    auto set = [](const RegistryText& value) {
        return value.state == RegistryText::State::Read && !value.text.empty() && QString::fromStdString(value.text).compare(QLatin1String("Undefined"), Qt::CaseInsensitive) != 0;
    };
    if (state.groupPolicyEnabled.state == RegistryNumber::State::Unreadable) {
        effective.unreadable = true;
        effective.problem = QStringLiteral("%1: %2").arg(fullPath(kGroupPolicyKey, "EnableScripts"), QString::fromStdString(state.groupPolicyEnabled.error));
        return effective;
    }
    if (state.groupPolicyEnabled.state == RegistryNumber::State::Read) {
        if (state.groupPolicyEnabled.value == 0) {
            effective.policy = QStringLiteral("Restricted");
            effective.source = EffectivePolicy::Source::GroupPolicy;
            return effective;
        }
        if (state.groupPolicy.state == RegistryText::State::Unreadable) {
            effective.unreadable = true;
            effective.problem = QStringLiteral("%1: %2").arg(fullPath(kGroupPolicyKey, "ExecutionPolicy"), QString::fromStdString(state.groupPolicy.error));
            return effective;
        }
        if (set(state.groupPolicy)) {
            effective.policy = QString::fromStdString(state.groupPolicy.text);
            effective.source = EffectivePolicy::Source::GroupPolicy;
            return effective;
        }
    }
    if (state.machinePolicy.state == RegistryText::State::Unreadable) {
        effective.unreadable = true;
        effective.problem = QStringLiteral("%1: %2").arg(fullPath(kMachinePolicyKey, "ExecutionPolicy"), QString::fromStdString(state.machinePolicy.error));
        return effective;
    }
    if (set(state.machinePolicy)) {
        effective.policy = QString::fromStdString(state.machinePolicy.text);
        effective.source = EffectivePolicy::Source::Machine;
        return effective;
    }
    effective.policy = server ? QStringLiteral("RemoteSigned") : QStringLiteral("Restricted");
    return effective;
}

// "5.1.17763.1" -> 5; 0 when it does not start with a number.
int majorVersion(const std::string& version)
{
    bool ok = false;
    const int major = QString::fromStdString(version).section(QLatin1Char('.'), 0, 0).toInt(&ok);
    return ok ? major : 0;
}

bool registered(const AgentRegistration& registration, const AgentBinary& binary)
{
    // Anything recorded counts: an unreadable or half-written record is looked at rather than called "not registered".
    return binary.installed && (registration.registered || registration.vault.state != RegisteredVault::State::NotRegistered);
}
}  // namespace

BackupScheduleCheck::BackupScheduleCheck(std::shared_ptr<Platform> platform) : m_platform(std::move(platform)) {}

QString BackupScheduleCheck::moduleFolder(const std::filesystem::path& install)
{
    QString folder = normalisedEntry(pathText(install));
    return folder + QStringLiteral("\\bin\\Modules");
}

bool BackupScheduleCheck::listsModuleFolder(const std::string& expanded, const QString& folder)
{
    const QString wanted = normalisedEntry(folder);
    const QString article = wanted + QStringLiteral("\\MSOnlineBackup");
    for (const QString& entry : QString::fromStdString(expanded).split(QLatin1Char(';'))) {
        const QString candidate = normalisedEntry(entry);
        if (candidate.compare(wanted, Qt::CaseInsensitive) == 0 || candidate.compare(article, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

RegistryText BackupScheduleCheck::withModuleFolder(const RegistryText& current, const QString& folder)
{
    RegistryText value;
    value.state = RegistryText::State::Read;
    if (current.state == RegistryText::State::Read && !current.text.empty()) {
        value.text = current.text;
        value.expandable = current.expandable;
        if (value.text.back() != ';')
            value.text += ';';
    } else {
        value.text = "%ProgramFiles%\\WindowsPowerShell\\Modules;%SystemRoot%\\system32\\WindowsPowerShell\\v1.0\\Modules;";
        value.expandable = true;
    }
    value.text += folder.toStdString();
    value.expanded = value.text;
    return value;
}

struct BackupScheduleCheck::Tally {
    Verdict result;
    QJsonObject facts;
    Status status = Status::Pass;
    Message summary;
    Code code = Code::CanRun;
    // The first of the worst problems becomes the summary, and its code the verdict's.
    void problem(Status level, Code problemCode, const Message& line)
    {
        if (summary.isEmpty() || worseOf(status, level) != status) {
            summary = line;
            code = problemCode;
        }
        status = worseOf(status, level);
    }
};

BackupScheduleCheck::Verdict BackupScheduleCheck::judge(const CheckContext&) const
{
    Verdict result;
    const BackupScheduleState state = m_platform->backupSchedule().read();
    if (!state.applicable) {
        result.status = Status::Warning;
        result.summary = msg("Not examined: this system has no Task Scheduler or Windows PowerShell to look at.");
        result.evidence << msg("Run the Windows build of this program on the server to check its scheduled backups.");
        result.facts = {{QStringLiteral("applicable"), false}};
        result.code = Code::NotExamined;
        return result;
    }
    const AgentBinary binary = m_platform->agent().agentBinary();
    if (!registered(m_platform->agent().agentRegistration(), binary)) {
        result.status = Status::Warning;
        result.summary = msg("Not registered yet: nothing to schedule.");
        result.evidence << msg("Backups are scheduled once the server is registered to a vault; this check looks at them then.");
        result.facts = {{QStringLiteral("applicable"), true}, {QStringLiteral("registered"), false}};
        result.code = Code::NotRegistered;
        return result;
    }

    Tally tally;
    tally.facts = {{QStringLiteral("applicable"), true}, {QStringLiteral("registered"), true}};
    judgeTasks(state, tally);
    judgePowerShell(state, tally);
    judgeModulePath(state, tally);
    judgePolicy(state, tally);
    offerPutBacks(tally);
    Verdict& verdict = tally.result;
    if (tally.status != Status::Pass)
        verdict.evidence << msg("Restart the server after a change, as the article advises, so Task Scheduler and the agent use it.");
    verdict.status = tally.status;
    verdict.code = tally.code;
    verdict.facts = tally.facts;
    verdict.summary = tally.status == Status::Pass ? msg("Scheduled backups can run: the task is enabled as SYSTEM, PowerShell and its module "
                                                         "path are in place, and scripts may run.")
                                                   : tally.summary;
    return std::move(verdict);
}

// The tasks: each there, enabled, and running as SYSTEM (or the local Administrators group, which the article accepts).
void BackupScheduleCheck::judgeTasks(const BackupScheduleState& state, Tally& tally) const
{
    QJsonArray tasks;
    bool offerEnable = false;
    for (const AgentTask& task : state.tasks) {
        const bool backupTask = task.path == agentTaskPath(kAgentBackupTask);
        const QString path = QString::fromStdString(task.path);
        QJsonObject fact{{QStringLiteral("path"), path}};
        switch (task.state) {
        case AgentTask::State::Unreadable:
            fact.insert(QStringLiteral("state"), QStringLiteral("unreadable"));
            tally.result.evidence << msg("Could not read the task %1: %2").arg(path).arg(platformText(task.error));
            tally.problem(Status::Warning, Code::TasksUnreadable, msg("Could not read the agent's scheduled tasks."));
            break;
        case AgentTask::State::Missing:
            fact.insert(QStringLiteral("state"), QStringLiteral("missing"));
            if (backupTask) {
                tally.result.evidence << msg("The task %1 is not in Task Scheduler: no backup is scheduled. Schedule one in the agent's console "
                                             "(Schedule Backup).")
                                             .arg(path);
                tally.problem(Status::Warning, Code::NoBackupTask, msg("No backup is scheduled: the agent's backup task is not there."));
            } else {
                tally.result.evidence << msg("The task %1 is not in Task Scheduler: no System State backup is scheduled.").arg(path);
            }
            break;
        case AgentTask::State::Found: {
            fact.insert(QStringLiteral("state"), QStringLiteral("found"));
            fact.insert(QStringLiteral("enabled"), task.enabled);
            tally.result.evidence << (task.enabled ? msg("The task %1 is enabled.").arg(path) : msg("The task %1 is disabled.").arg(path));
            if (!task.enabled) {
                offerEnable = true;
                tally.problem(Status::Fail, Code::TaskDisabled,
                              backupTask ? msg("The backup task is disabled: scheduled backups do not start.")
                                         : msg("The System State backup task is disabled: scheduled System State backups do not start."));
            }
            const QString account = QString::fromStdString(task.account.empty() ? task.group : task.account);
            if (!task.accountRead) {
                tally.result.evidence << msg("Could not read the account the task %1 runs as: %2").arg(path).arg(platformText(task.error));
                tally.problem(Status::Warning, Code::TasksUnreadable, msg("Could not read the agent's scheduled tasks."));
            } else if (task.accountSid == kSystemSid) {
                fact.insert(QStringLiteral("runsAs"), QStringLiteral("system"));
                tally.result.evidence << msg("It runs as SYSTEM (%1).").arg(account);
            } else if (task.accountSid == kAdministratorsSid) {
                fact.insert(QStringLiteral("runsAs"), QStringLiteral("administrators"));
                tally.result.evidence << msg("It runs as the local Administrators group (%1), which the article also accepts.").arg(account);
            } else {
                fact.insert(QStringLiteral("runsAs"), account);
                tally.result.evidence << msg("It runs as %1, not SYSTEM: in Task Scheduler, on the task's General tab, choose SYSTEM under "
                                             "Security options.")
                                             .arg(account.isEmpty() ? QStringLiteral("?") : account);
                tally.problem(Status::Warning, Code::TaskAccount, msg("An agent task does not run as SYSTEM: it may not start, or may fail when it does."));
            }
            break;
        }
        }
        tasks.append(fact);
    }
    tally.facts.insert(QStringLiteral("tasks"), tasks);
    if (offerEnable)
        tally.result.fixes << std::make_shared<EnableBackupTaskFix>(m_platform);

}

// Windows PowerShell, which the tasks start: 3.0 or later.
void BackupScheduleCheck::judgePowerShell(const BackupScheduleState& state, Tally& tally) const
{
    const QString versionKey = fullPath(kPowerShellEngineKey, "PowerShellVersion");
    switch (state.powerShellVersion.state) {
    case RegistryText::State::Unreadable:
        tally.result.evidence << msg("Could not read %1: %2").arg(versionKey).arg(platformText(state.powerShellVersion.error));
        tally.problem(Status::Warning, Code::PowerShellUnreadable, msg("Could not tell which Windows PowerShell is installed."));
        break;
    case RegistryText::State::Missing:
        tally.result.evidence << msg("%1 is not there: Windows PowerShell 3.0 or later is not installed.").arg(versionKey);
        tally.problem(Status::Fail, Code::PowerShellMissing, msg("Windows PowerShell 3.0 or later is missing: the backup task cannot start the agent."));
        break;
    case RegistryText::State::Read: {
        const QString version = QString::fromStdString(state.powerShellVersion.text);
        tally.facts.insert(QStringLiteral("powerShellVersion"), version);
        const int major = majorVersion(state.powerShellVersion.text);
        if (major == 0) {
            tally.result.evidence << msg("%1 is \"%2\", which is not a version.").arg(versionKey, version);
            tally.problem(Status::Warning, Code::PowerShellUnreadable, msg("Could not tell which Windows PowerShell is installed."));
        } else if (major < 3) {
            tally.result.evidence << msg("Windows PowerShell %1 is installed; the agent's tasks need 3.0 or later.").arg(version);
            tally.problem(Status::Fail, Code::PowerShellMissing, msg("Windows PowerShell 3.0 or later is missing: the backup task cannot start the agent."));
        } else {
            tally.result.evidence << msg("Windows PowerShell %1 (3.0 or later).").arg(version);
        }
        break;
    }
    }

}

// The agent's module folder in the machine's PSModulePath.
void BackupScheduleCheck::judgeModulePath(const BackupScheduleState& state, Tally& tally) const
{
    const QString folder = moduleFolder(m_platform->agent().agentInstallLocation().folder);
    const QString modulePathKey = fullPath(kMachineEnvironmentKey, "PSModulePath");
    if (state.machineModulePath.state == RegistryText::State::Unreadable) {
        tally.result.evidence << msg("Could not read %1: %2").arg(modulePathKey).arg(platformText(state.machineModulePath.error));
        tally.problem(Status::Warning, Code::ModulePathUnreadable, msg("Could not read the machine's PSModulePath."));
    } else {
        const bool listed = state.machineModulePath.state == RegistryText::State::Read && listsModuleFolder(state.machineModulePath.expanded, folder);
        tally.facts.insert(QStringLiteral("modulePathListsAgent"), listed);
        if (state.machineModulePath.state == RegistryText::State::Missing)
            tally.result.evidence << msg("%1 is not set.").arg(modulePathKey);
        else
            tally.result.evidence << msg("%1 = %2").arg(modulePathKey, QString::fromStdString(state.machineModulePath.text));
        if (listed) {
            tally.result.evidence << msg("It lists the agent's module folder %1.").arg(folder);
        } else {
            tally.result.evidence << msg("It does not list the agent's module folder %1, so the task cannot load the agent's PowerShell module.").arg(folder);
            tally.problem(Status::Fail, Code::ModulePathMissing, msg("The machine's PSModulePath lacks the agent's module folder."));
            tally.result.fixes << std::make_shared<RestoreModulePathFix>(m_platform, folder);
        }
    }

}

// The execution policy the tasks' PowerShell meets: not Restricted.
void BackupScheduleCheck::judgePolicy(const BackupScheduleState& state, Tally& tally) const
{
    const EffectivePolicy policy = effectivePolicy(state, m_platform->systemConfig().osInfo().server);
    if (policy.unreadable) {
        tally.result.evidence << msg("Could not read %1").arg(policy.problem);
        tally.problem(Status::Warning, Code::PolicyUnreadable, msg("Could not read PowerShell's execution policy."));
    } else {
        tally.facts.insert(QStringLiteral("executionPolicy"), policy.policy);
        const QString source = policy.source == EffectivePolicy::Source::GroupPolicy ? QStringLiteral("group-policy")
                               : policy.source == EffectivePolicy::Source::Machine   ? QStringLiteral("machine")
                                                                                     : QStringLiteral("default");
        tally.facts.insert(QStringLiteral("executionPolicySource"), source);
        const bool restricted = policy.policy.compare(QLatin1String("Restricted"), Qt::CaseInsensitive) == 0;
        switch (policy.source) {
        case EffectivePolicy::Source::GroupPolicy:
            tally.result.evidence << msg("The execution policy is %1, set by Group Policy (%2).").arg(policy.policy, fullPath(kGroupPolicyKey, "EnableScripts"));
            break;
        case EffectivePolicy::Source::Machine:
            tally.result.evidence << msg("The execution policy for LocalMachine is %1.").arg(policy.policy);
            break;
        case EffectivePolicy::Source::Default:
            tally.result.evidence << msg("No execution policy is set: Windows' default, %1, applies.").arg(policy.policy);
            break;
        }
        if (restricted && policy.source == EffectivePolicy::Source::GroupPolicy) {
            tally.result.evidence << msg("Group Policy (\"Turn on Script Execution\") overrides Set-ExecutionPolicy: ask whoever manages it to allow "
                                         "RemoteSigned scripts on this server.");
            tally.problem(Status::Fail, Code::PolicyByGroupPolicy, msg("Group Policy blocks PowerShell scripts: the backup task's PowerShell command may fail."));
        } else if (restricted) {
            tally.result.evidence << msg("In an elevated PowerShell, Set-ExecutionPolicy RemoteSigned -Scope LocalMachine allows the agent's scripts "
                                         "(the article names RemoteSigned or Unrestricted).");
            tally.problem(Status::Fail, Code::PolicyRestricted, msg("The execution policy is Restricted: the backup task's PowerShell command may fail."));
        }
    }

}

// What this program changed earlier, and can put back.
void BackupScheduleCheck::offerPutBacks(Tally& tally) const
{
    if (const auto saved = m_platform->backupSchedule().savedSchedule()) {
        if (!saved->tasksEnabled.empty()) {
            tally.result.evidence << msg("This program enabled agent tasks earlier and kept what they were; it can disable them again.");
            tally.result.fixes << std::make_shared<PutBackBackupTaskFix>(m_platform, saved->tasksEnabled);
        }
        if (saved->modulePath) {
            tally.result.evidence << msg("This program changed PSModulePath earlier and kept what was there before; it can put it back.");
            tally.result.fixes << std::make_shared<PutBackModulePathFix>(m_platform, *saved->modulePath);
        }
    }
}

}  // namespace mars
