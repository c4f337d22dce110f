#pragma once
// What the system says about a vault credentials file and the agent that will read it. Standard C++ only: the
// POSIX and Win32 layers each implement it; tests use a fake (tests/support/FakeVaultEnvironment.h).
#include <filesystem>
#include <memory>
#include <string>

namespace mars::platform {

struct FileLocation {
    enum class Kind { Local, Network, Unknown };
    Kind kind = Kind::Unknown;
    std::string how;  // what told: "UNC path", "mapped network drive", "file system nfs", or why it cannot be known
};

struct AgentFacts {
    bool applicable = false;     // false: no agent on this system, or this build cannot ask (the portable build)
    std::string version;         // file version of <install>\bin\cbengine.exe, "2.0.9249.0"; empty: not installed
    std::string error;
};

class VaultEnvironment {
public:
    virtual ~VaultEnvironment() = default;
    // Whether the file lies on this computer's own disks (Windows: not a UNC path, GetDriveType not DRIVE_REMOTE;
    // POSIX: statfs's file system type is not a network one).
    virtual FileLocation locate(const std::filesystem::path& file) = 0;
    virtual AgentFacts agentFacts(const std::filesystem::path& installFolder) = 0;
};

std::shared_ptr<VaultEnvironment> makeSystemVaultEnvironment();

}  // namespace mars::platform
