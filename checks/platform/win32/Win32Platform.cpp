#include "Win32Parts.h"

namespace mars::platform {

namespace {
class Win32Platform final : public Platform {
public:
    AdminStatus queryAdminStatus() override { return win32::queryAdminStatus(); }
    AttributeRead readAttributes(const std::filesystem::path& path) override { return win32::readAttributes(path); }
    ChangeResult clearAttributes(const std::filesystem::path& folder, FolderAttributes which) override
    {
        return win32::clearAttributes(folder, which);
    }
    bool canChangeAttributes(const std::filesystem::path& folder) override { return win32::canChangeAttributes(folder); }
    InstallLocation agentInstallLocation() override { return win32::agentInstallLocation(); }
    AgentRegistration agentRegistration() override { return win32::agentRegistration(); }
    std::vector<std::filesystem::path> agentTempFolders() override { return win32::agentTempFolders(); }
    TmpScan scanTmpFiles(const std::filesystem::path& folder) override { return win32::scanTmpFiles(folder); }
    TmpCleanup deleteTmpFiles(const std::filesystem::path& folder, Progress& progress) override
    {
        return win32::deleteTmpFiles(folder, progress);
    }
    TimeService timeService() override { return win32::timeService(); }
    ChangeResult resyncClock() override { return win32::resyncClock(); }
    ChangeResult setClock(double unixSeconds) override { return win32::setClock(unixSeconds); }
    bool canOpenProxySettings() override { return true; }
    ChangeResult openProxySettings() override { return win32::openProxySettings(); }
    bool canRelaunchElevated() override { return true; }
    ChangeResult relaunchElevated(const std::vector<std::string>& arguments) override
    {
        return win32::relaunchElevated(arguments);
    }
};
}  // namespace

std::unique_ptr<Platform> makeSystemPlatform()
{
    return std::make_unique<Win32Platform>();
}

}  // namespace mars::platform
