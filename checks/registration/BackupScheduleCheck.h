#pragma once
#include "../Check.h"

namespace mars {

// Beyond the article's registration steps, once the server is registered: whether its scheduled backups can start
// (Microsoft's MARS troubleshooting article, "Backups don't run according to schedule"). The agent's backup task in
// Task Scheduler (\Microsoft\OnlineBackup) is there, enabled and runs as SYSTEM (or the local Administrators group);
// Windows PowerShell is 3.0 or later; the machine's PSModulePath lists the agent's module folder
// (<install>\bin\Modules); and the execution policy (Group Policy first, then the machine's) is not Restricted.
class BackupScheduleCheck final : public CheckOf<BackupScheduleCheck> {
    MARS_DECLARE_MESSAGES(BackupScheduleCheck)
public:
    static constexpr char kId[] = "backup-schedule";
    enum class Code {
        NotExamined, NotRegistered, CanRun, NoBackupTask, TaskDisabled, TaskAccount, TasksUnreadable, PowerShellMissing,
        PowerShellUnreadable, ModulePathMissing, ModulePathUnreadable, PolicyRestricted, PolicyByGroupPolicy, PolicyUnreadable, Count
    };
    static std::span<const FindingSpec> findings();

    explicit BackupScheduleCheck(std::shared_ptr<platform::Platform> platform);
    Verdict judge(const CheckContext& context) const override;

    // <install>\bin\Modules, with Windows' separators: the folder PSModulePath must list for the agent's module.
    static QString moduleFolder(const std::filesystem::path& install);
    // Whether a PSModulePath (expanded) lists `folder` (or, as the article writes it, its MSOnlineBackup subfolder):
    // entries compared case-insensitively, without quotes, surrounding spaces or a trailing backslash.
    static bool listsModuleFolder(const std::string& expanded, const QString& folder);
    // PSModulePath with `folder` added at the end, its type kept; when there is none, Windows' own default
    // (%ProgramFiles%\WindowsPowerShell\Modules;%SystemRoot%\system32\WindowsPowerShell\v1.0\Modules) first.
    static platform::RegistryText withModuleFolder(const platform::RegistryText& current, const QString& folder);

private:
    struct Tally;  // the verdict as it is being built: the worst finding so far, its summary, the facts
    void judgeTasks(const platform::BackupScheduleState& state, Tally& tally) const;
    void judgePowerShell(const platform::BackupScheduleState& state, Tally& tally) const;
    void judgeModulePath(const platform::BackupScheduleState& state, Tally& tally) const;
    void judgePolicy(const platform::BackupScheduleState& state, Tally& tally) const;
    void offerPutBacks(Tally& tally) const;

    std::shared_ptr<platform::Platform> m_platform;
};

}  // namespace mars
