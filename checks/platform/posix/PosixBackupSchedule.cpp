// The portable build has no Task Scheduler, PowerShell engine or registry: nothing here is examined (applicable stays
// false), so the check says so instead of passing, and nothing can be changed.
#include "../BackupSchedule.h"

namespace mars::platform {

namespace {
class PosixBackupSchedule final : public BackupSchedule {
public:
    BackupScheduleState read() override { return {}; }
    TaskChange setTaskEnabled(const std::string&, bool) override { return {{{}, {"there is no Task Scheduler on this system"}}, false}; }
    ModulePathChange writeMachineModulePath(const RegistryText&) override { return {{{}, {"there is no registry on this system"}}, {}}; }
    std::optional<SavedSchedule> savedSchedule() override { return std::nullopt; }
    ChangeResult saveSchedule(const SavedSchedule&) override { return {{}, {"there is no registry on this system"}}; }
};
}  // namespace

std::unique_ptr<BackupSchedule> makeSystemBackupSchedule()
{
    return std::make_unique<PosixBackupSchedule>();
}

}  // namespace mars::platform
