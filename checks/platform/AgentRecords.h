#pragma once
// What the installed agent records about itself (Windows: its registry keys and cache folder).
#include <filesystem>

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
};

class AgentRecords {
public:
    virtual ~AgentRecords() = default;
    virtual InstallLocation agentInstallLocation() = 0;
    virtual AgentRegistration agentRegistration() = 0;
};

}  // namespace mars::platform
