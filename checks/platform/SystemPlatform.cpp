#include "Platform.h"

namespace mars::platform {

namespace {
// Hands out this system's concerns; each is implemented where its OS calls are.
class SystemPlatform final : public Platform {
public:
    Elevation& elevation() override { return *m_elevation; }
    Folders& folders() override { return *m_folders; }
    AgentRecords& agent() override { return *m_agent; }
    AgentEventLog& agentEventLog() override { return *m_eventLog; }
    TempFiles& tempFiles() override { return *m_tempFiles; }
    SystemClock& clock() override { return *m_clock; }
    NetworkSettings& networkSettings() override { return *m_network; }
    SystemConfig& systemConfig() override { return *m_config; }
    SystemAccount& systemAccount() override { return *m_systemAccount; }
    ProgramSignature& programSignature() override { return *m_signature; }
    AntivirusExclusions& antivirusExclusions() override { return *m_antivirus; }
    BackupSchedule& backupSchedule() override { return *m_backupSchedule; }

private:
    std::unique_ptr<Elevation> m_elevation = makeSystemElevation();
    std::unique_ptr<Folders> m_folders = makeSystemFolders();
    std::unique_ptr<AgentRecords> m_agent = makeSystemAgentRecords();
    std::unique_ptr<AgentEventLog> m_eventLog = makeSystemAgentEventLog();
    std::unique_ptr<TempFiles> m_tempFiles = makeSystemTempFiles();
    std::unique_ptr<SystemClock> m_clock = makeSystemClock();
    std::unique_ptr<NetworkSettings> m_network = makeSystemNetworkSettings();
    std::unique_ptr<SystemConfig> m_config = makeSystemConfig();
    std::unique_ptr<SystemAccount> m_systemAccount = makeSystemAccount();
    std::unique_ptr<ProgramSignature> m_signature = makeSystemProgramSignature();
    std::unique_ptr<AntivirusExclusions> m_antivirus = makeSystemAntivirusExclusions();
    std::unique_ptr<BackupSchedule> m_backupSchedule = makeSystemBackupSchedule();
};
}  // namespace

std::unique_ptr<Platform> makeSystemPlatform()
{
    return std::make_unique<SystemPlatform>();
}

}  // namespace mars::platform
