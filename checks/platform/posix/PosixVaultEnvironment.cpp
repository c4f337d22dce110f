// Where a vault file lies, on POSIX systems: statfs's file system type. The agent is Windows-only, so this build has
// no agent to ask about.
#include "../VaultEnvironment.h"

#include <sys/vfs.h>

#include <cstdio>

namespace mars::platform {

namespace {

// Magic numbers from linux/magic.h and the file systems' own headers (statfs(2) lists them).
struct NetworkFs {
    unsigned long magic;
    const char* name;
};
constexpr NetworkFs kNetworkFileSystems[] = {
    {0x6969, "nfs"},        {0xFF534D42, "cifs"},      {0xFE534D42, "smb2"}, {0x517B, "smb"},
    {0x01021997, "9p"},     {0x5346414F, "afs"},       {0x00C36400, "ceph"}, {0x564C, "ncp"},
    {0x0BD00BD0, "lustre"}, {0x47504653, "gpfs"},      {0x73757245, "coda"},
};
constexpr unsigned long kFuse = 0x65735546;  // sshfs, rclone, ...: may or may not be remote

class PosixVaultEnvironment final : public VaultEnvironment {
public:
    FileLocation locate(const std::filesystem::path& file) override
    {
        struct statfs info {};
        if (statfs(file.c_str(), &info) != 0)
            return {FileLocation::Kind::Unknown, "statfs failed"};
        const auto type = static_cast<unsigned long>(info.f_type) & 0xFFFFFFFFul;
        for (const NetworkFs& fs : kNetworkFileSystems)
            if (type == fs.magic)
                return {FileLocation::Kind::Network, std::string("file system ") + fs.name};
        if (type == kFuse)
            return {FileLocation::Kind::Unknown, "a FUSE file system, which may be remote"};
        char hex[32];
        std::snprintf(hex, sizeof hex, "0x%lx", type);
        return {FileLocation::Kind::Local, std::string("file system type ") + hex};
    }

    AgentFacts agentFacts(const std::filesystem::path&) override
    {
        AgentFacts facts;
        facts.applicable = false;
        facts.error = "the agent runs on Windows only";
        return facts;
    }
};

}  // namespace

std::shared_ptr<VaultEnvironment> makeSystemVaultEnvironment()
{
    return std::make_shared<PosixVaultEnvironment>();
}

}  // namespace mars::platform
