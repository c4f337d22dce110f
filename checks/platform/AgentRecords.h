#pragma once
// What the installed agent records about itself (Windows: its registry keys and cache folder), and its engine
// service.
#include "Change.h"
#include "RegisteredVault.h"

#include <array>
#include <filesystem>
#include <string>

namespace mars::platform {

struct InstallLocation {
    std::filesystem::path folder;
    bool fromAgentRegistration = false;  // true: the installed agent's own record; false: the default location
};

// What the installed agent records about an earlier registration (no documented value says "registered": the
// practical signals are the cache ("scratch") locations and OnlineBackup.KEK in the cache folder).
struct AgentRegistration {
    bool applicable = false;  // false: no agent on this system (the portable build)
    bool registered = false;  // OnlineBackup.KEK found in the cache folder
    std::filesystem::path scratch;          // Config\ScratchLocation
    std::filesystem::path providerScratch;  // Config\CloudBackupProvider\ScratchLocation
    RegisteredVault vault = {};             // the vault it is registered to (Config's ResourceId and the rest)
};

// The engine's binary, <InstallPath>\bin\cbengine.exe, and its file version (the VERSIONINFO's FILEVERSION).
struct AgentBinary {
    bool applicable = false;      // false: no agent can exist on this system (the portable build)
    bool installed = false;       // Setup\InstallPath is recorded
    std::filesystem::path engine; // where cbengine.exe should be
    bool versionRead = false;
    std::array<unsigned, 4> version{};  // major.minor.build.revision
    std::string error;            // why the version could not be read
};

enum class ServiceState { Unknown, Stopped, StartPending, StopPending, Running, ContinuePending, PausePending, Paused };
enum class StartType { Unknown, Boot, System, Automatic, Manual, Disabled };

// The engine service "obengine" (Microsoft Azure Recovery Services Agent).
struct AgentService {
    bool applicable = false;  // false: no service manager to ask (the portable build)
    bool installed = false;
    ServiceState state = ServiceState::Unknown;
    StartType startType = StartType::Unknown;
    bool delayedStart = false;
    std::string error;  // why it could not be queried (not "not installed": that is installed == false)
};

class AgentRecords {
public:
    virtual ~AgentRecords() = default;
    virtual InstallLocation agentInstallLocation() = 0;
    virtual AgentRegistration agentRegistration() = 0;
    virtual AgentBinary agentBinary() = 0;
    virtual AgentService agentService() = 0;
    // Starts obengine and waits (up to about 30 s) until it runs. A Disabled service is set to Automatic first.
    virtual ChangeResult startAgentService() = 0;
    // Stops obengine (waiting for it) and starts it again, so it reads its settings anew.
    virtual ChangeResult restartAgentService() = 0;
};

}  // namespace mars::platform
