#pragma once
// The operating system as the checks see it, by concern: each concern is a small interface of its own, with a Win32
// and a POSIX implementation (chosen in CMake) and a fake in tests. A new OS query touches its concern's interface,
// the two implementations and the fake. Standard C++ only, so the Win32 half cross-compiles and runs under Wine.
#include "AgentEventLog.h"
#include "AgentRecords.h"
#include "AntivirusExclusions.h"
#include "BackupSchedule.h"
#include "Elevation.h"
#include "Folders.h"
#include "NetworkSettings.h"
#include "ProgramSignature.h"
#include "SystemAccount.h"
#include "SystemClock.h"
#include "SystemConfig.h"
#include "TempFiles.h"

#include <memory>

namespace mars::platform {

class Platform {
public:
    virtual ~Platform() = default;
    virtual Elevation& elevation() = 0;
    virtual Folders& folders() = 0;
    virtual AgentRecords& agent() = 0;
    virtual AgentEventLog& agentEventLog() = 0;
    virtual TempFiles& tempFiles() = 0;
    virtual SystemClock& clock() = 0;
    virtual NetworkSettings& networkSettings() = 0;
    virtual SystemConfig& systemConfig() = 0;
    virtual SystemAccount& systemAccount() = 0;
    virtual ProgramSignature& programSignature() = 0;
    virtual AntivirusExclusions& antivirusExclusions() = 0;
    virtual BackupSchedule& backupSchedule() = 0;
};

// The implementation for the system this was built for (Win32 or POSIX).
std::unique_ptr<Platform> makeSystemPlatform();

// Each concern's implementation for this system (platform/win32 or platform/posix).
std::unique_ptr<Elevation> makeSystemElevation();
std::unique_ptr<Folders> makeSystemFolders();
std::unique_ptr<AgentRecords> makeSystemAgentRecords();
std::unique_ptr<TempFiles> makeSystemTempFiles();
std::unique_ptr<SystemClock> makeSystemClock();
std::unique_ptr<NetworkSettings> makeSystemNetworkSettings();
std::unique_ptr<SystemConfig> makeSystemConfig();
std::unique_ptr<ProgramSignature> makeSystemProgramSignature();
std::unique_ptr<AntivirusExclusions> makeSystemAntivirusExclusions();

}  // namespace mars::platform
