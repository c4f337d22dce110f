#include "PosixParts.h"

#include <cstdlib>

namespace mars::platform {

namespace {
class PosixPlatform final : public Platform {
public:
    AdminStatus queryAdminStatus() override { return posix::queryAdminStatus(); }
    AttributeRead readAttributes(const std::filesystem::path& path) override { return posix::readAttributes(path); }
    ChangeResult clearAttributes(const std::filesystem::path& folder, FolderAttributes which) override
    {
        return posix::clearAttributes(folder, which);
    }
    AgentRegistration agentRegistration() override { return {}; }
    bool canChangeAttributes(const std::filesystem::path& folder) override { return posix::canChangeAttributes(folder); }
    InstallLocation agentInstallLocation() override
    {
        // There is no Linux agent; the portable build checks the folder an install would use on a Unix-like layout.
        return {"/opt/Microsoft Azure Recovery Services Agent", false};
    }
    std::vector<std::filesystem::path> agentTempFolders() override
    {
        // The variables temp_directory_path() reads, in its order, but without its existence test: that throws
        // "No such file or directory" without the path. A missing folder is returned, and its scan names it.
        for (const char* name : {"TMPDIR", "TMP", "TEMP", "TEMPDIR"}) {
            const char* value = std::getenv(name);
            if (value && *value)
                return {std::filesystem::path(value)};
        }
        return {std::filesystem::path("/tmp")};
    }
    TmpScan scanTmpFiles(const std::filesystem::path& folder) override { return posix::scanTmpFiles(folder); }
    TmpCleanup deleteTmpFiles(const std::filesystem::path& folder, Progress& progress) override
    {
        return posix::deleteTmpFiles(folder, progress);
    }
    TimeService timeService() override { return posix::timeService(); }
    ChangeResult resyncClock() override { return posix::resyncClock(); }
    ChangeResult setClock(double unixSeconds) override { return posix::setClock(unixSeconds); }
    bool canOpenProxySettings() override { return false; }
    ChangeResult openProxySettings() override { return {{}, {"proxy settings are a Windows dialog"}}; }
    bool canRelaunchElevated() override { return false; }
    ChangeResult relaunchElevated(const std::vector<std::string>&) override
    {
        return {{}, {"restarting as administrator is a Windows feature; run the program with sudo instead"}};
    }
};
}  // namespace

std::unique_ptr<Platform> makeSystemPlatform()
{
    return std::make_unique<PosixPlatform>();
}

}  // namespace mars::platform
