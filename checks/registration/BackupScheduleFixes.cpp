#include "BackupScheduleFixes.h"

#include "../Catalog.h"
#include "../PlatformText.h"
#include "BackupScheduleCheck.h"

#include <algorithm>

namespace mars {

using namespace platform;

namespace {
QString modulePathKey()
{
    return QStringLiteral("HKLM\\%1\\PSModulePath").arg(QString::fromLatin1(kMachineEnvironmentKey));
}

void addChange(FixOutcome& outcome, const ChangeResult& change)
{
    const FixOutcome converted = toOutcome(change);
    outcome.changes << converted.changes;
    outcome.failures << converted.failures;
}

QString taskList(const std::vector<std::string>& tasks)
{
    QStringList names;
    for (const std::string& task : tasks)
        names << QString::fromStdString(task);
    return names.join(QStringLiteral(", "));
}
}  // namespace

EnableBackupTaskFix::EnableBackupTaskFix(std::shared_ptr<Platform> platform) : Fix(fixes::enableBackupTask), m_platform(std::move(platform)) {}

Message EnableBackupTaskFix::plan() const
{
    return msg("Enable the agent's disabled tasks in Task Scheduler (Microsoft > OnlineBackup), as the article's step does. That they "
               "were disabled is kept (in the report, and by this program until you put it back), so \"Put back the earlier task "
               "state\" can disable them again. Nothing else is changed.");
}

FixOutcome EnableBackupTaskFix::apply(const CheckContext&, FixProgress&) const
{
    FixOutcome outcome;
    BackupSchedule& schedule = m_platform->backupSchedule();
    // Never act on what was shown earlier: read again.
    std::vector<std::string> disabled;
    for (const AgentTask& task : schedule.read().tasks)
        if (task.state == AgentTask::State::Found && !task.enabled)
            disabled.push_back(task.path);
    if (disabled.empty()) {
        outcome.changes << msg("Nothing to change: the agent's tasks are enabled.");
        return outcome;
    }
    // Kept before anything changes; a task already in the record keeps its oldest state.
    SavedSchedule saved = schedule.savedSchedule().value_or(SavedSchedule{});
    for (const std::string& path : disabled)
        if (std::find(saved.tasksEnabled.begin(), saved.tasksEnabled.end(), path) == saved.tasksEnabled.end())
            saved.tasksEnabled.push_back(path);
    const ChangeResult kept = schedule.saveSchedule(saved);
    if (!kept.ok()) {
        outcome.failures << msg("Nothing changed: the earlier state could not be kept.") << toOutcome(kept).failures;
        return outcome;
    }
    for (const std::string& path : disabled) {
        const TaskChange change = schedule.setTaskEnabled(path, true);
        outcome.before << (change.wasEnabled ? msg("The task %1 was enabled.") : msg("The task %1 was disabled.")).arg(QString::fromStdString(path));
        addChange(outcome, change.result);
    }
    return outcome;
}

PutBackBackupTaskFix::PutBackBackupTaskFix(std::shared_ptr<Platform> platform, std::vector<std::string> tasks)
    : Fix(fixes::putBackBackupTask), m_platform(std::move(platform)), m_tasks(std::move(tasks))
{
}

Message PutBackBackupTaskFix::plan() const
{
    return msg("Disable again the tasks this program enabled: %1. Scheduled backups then do not start, as before.").arg(taskList(m_tasks));
}

FixOutcome PutBackBackupTaskFix::apply(const CheckContext&, FixProgress&) const
{
    FixOutcome outcome;
    BackupSchedule& schedule = m_platform->backupSchedule();
    auto saved = schedule.savedSchedule();
    if (!saved || saved->tasksEnabled.empty()) {
        outcome.failures << msg("Nothing changed: the earlier task state is no longer recorded.");
        return outcome;
    }
    std::vector<std::string> remaining;
    for (const std::string& path : saved->tasksEnabled) {
        const TaskChange change = schedule.setTaskEnabled(path, false);
        outcome.before << (change.wasEnabled ? msg("The task %1 was enabled.") : msg("The task %1 was disabled.")).arg(QString::fromStdString(path));
        addChange(outcome, change.result);
        if (!change.result.ok())
            remaining.push_back(path);  // still to put back
    }
    saved->tasksEnabled = remaining;
    addChange(outcome, schedule.saveSchedule(*saved));
    return outcome;
}

RestoreModulePathFix::RestoreModulePathFix(std::shared_ptr<Platform> platform, QString folder)
    : Fix(fixes::restoreModulePath), m_platform(std::move(platform)), m_folder(std::move(folder))
{
}

Message RestoreModulePathFix::plan() const
{
    return Message::joined({msg("Add %1 to the machine's PSModulePath (%2), keeping the entries there and the value's type.").arg(m_folder, modulePathKey()),
                            msg("What is there now is kept (in the report, and by this program until you put it back), so \"Put back the "
                                "earlier module path\" can restore it."),
                            msg("Programs started afterwards see it; restart the server, as the article advises, so Task Scheduler does too.")},
                           QStringLiteral("\n"));
}

FixOutcome RestoreModulePathFix::apply(const CheckContext&, FixProgress&) const
{
    FixOutcome outcome;
    BackupSchedule& schedule = m_platform->backupSchedule();
    const RegistryText now = schedule.read().machineModulePath;
    if (now.state == RegistryText::State::Unreadable) {
        outcome.failures << msg("Nothing changed: %1 could not be read (%2).").arg(modulePathKey()).arg(platformText(now.error));
        return outcome;
    }
    if (now.state == RegistryText::State::Read && BackupScheduleCheck::listsModuleFolder(now.expanded, m_folder)) {
        outcome.changes << msg("Nothing to change: PSModulePath already lists %1.").arg(m_folder);
        return outcome;
    }
    SavedSchedule saved = schedule.savedSchedule().value_or(SavedSchedule{});
    if (!saved.modulePath) {
        saved.modulePath = now;
        const ChangeResult kept = schedule.saveSchedule(saved);
        if (!kept.ok()) {
            outcome.failures << msg("Nothing changed: the earlier value could not be kept.") << toOutcome(kept).failures;
            return outcome;
        }
    }
    const ModulePathChange change = schedule.writeMachineModulePath(BackupScheduleCheck::withModuleFolder(now, m_folder));
    outcome.before << (change.before.state == RegistryText::State::Read
                           ? msg("%1 was %2").arg(modulePathKey(), QString::fromStdString(change.before.text))
                           : msg("%1 was not set.").arg(modulePathKey()));
    addChange(outcome, change.result);
    return outcome;
}

PutBackModulePathFix::PutBackModulePathFix(std::shared_ptr<Platform> platform, RegistryText saved)
    : Fix(fixes::putBackModulePath), m_platform(std::move(platform)), m_saved(std::move(saved))
{
}

Message PutBackModulePathFix::plan() const
{
    return m_saved.state == RegistryText::State::Read
               ? msg("Set the machine's PSModulePath back to what it was before this program changed it: %1").arg(QString::fromStdString(m_saved.text))
               : msg("Remove the machine's PSModulePath again: there was none before this program set it.");
}

FixOutcome PutBackModulePathFix::apply(const CheckContext&, FixProgress&) const
{
    FixOutcome outcome;
    BackupSchedule& schedule = m_platform->backupSchedule();
    auto saved = schedule.savedSchedule();
    if (!saved || !saved->modulePath) {
        outcome.failures << msg("Nothing changed: the earlier module path is no longer recorded.");
        return outcome;
    }
    const ModulePathChange change = schedule.writeMachineModulePath(*saved->modulePath);
    outcome.before << (change.before.state == RegistryText::State::Read
                           ? msg("%1 was %2").arg(modulePathKey(), QString::fromStdString(change.before.text))
                           : msg("%1 was not set.").arg(modulePathKey()));
    addChange(outcome, change.result);
    if (change.result.ok()) {
        saved->modulePath.reset();
        addChange(outcome, schedule.saveSchedule(*saved));
    }
    return outcome;
}

}  // namespace mars
