#pragma once
// The scheduled-backup check's fixes, where the article gives one: enable the agent's task, and put the agent's module
// folder back in the machine's PSModulePath. Each keeps what was there (HKLM\SOFTWARE\MARS Setup Doctor\Saved backup
// schedule) before changing anything, and its "put back" twin restores exactly that.
#include "../Check.h"

namespace mars {

class EnableBackupTaskFix final : public Fix {
    MARS_DECLARE_MESSAGES(EnableBackupTaskFix)
public:
    explicit EnableBackupTaskFix(std::shared_ptr<platform::Platform> platform);
    Message plan() const override;
    FixOutcome apply(const CheckContext& context, FixProgress& progress) const override;

private:
    std::shared_ptr<platform::Platform> m_platform;
};

class PutBackBackupTaskFix final : public Fix {
    MARS_DECLARE_MESSAGES(PutBackBackupTaskFix)
public:
    PutBackBackupTaskFix(std::shared_ptr<platform::Platform> platform, std::vector<std::string> tasks);
    Message plan() const override;
    FixOutcome apply(const CheckContext& context, FixProgress& progress) const override;

private:
    std::shared_ptr<platform::Platform> m_platform;
    std::vector<std::string> m_tasks;
};

class RestoreModulePathFix final : public Fix {
    MARS_DECLARE_MESSAGES(RestoreModulePathFix)
public:
    RestoreModulePathFix(std::shared_ptr<platform::Platform> platform, QString folder);
    Message plan() const override;
    FixOutcome apply(const CheckContext& context, FixProgress& progress) const override;

private:
    std::shared_ptr<platform::Platform> m_platform;
    QString m_folder;
};

class PutBackModulePathFix final : public Fix {
    MARS_DECLARE_MESSAGES(PutBackModulePathFix)
public:
    PutBackModulePathFix(std::shared_ptr<platform::Platform> platform, platform::RegistryText saved);
    Message plan() const override;
    FixOutcome apply(const CheckContext& context, FixProgress& progress) const override;

private:
    std::shared_ptr<platform::Platform> m_platform;
    platform::RegistryText m_saved;
};

}  // namespace mars
