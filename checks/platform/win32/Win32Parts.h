#pragma once
// The pieces of the Win32 platform, one file each; Win32Platform.cpp joins them behind the Platform interface.
#include "../Platform.h"

namespace mars::platform::win32 {

AdminStatus queryAdminStatus();
ChangeResult relaunchElevated(const std::vector<std::string>& arguments);
ChangeResult openProxySettings();

AttributeRead readAttributes(const std::filesystem::path& path);
ChangeResult clearAttributes(const std::filesystem::path& folder, FolderAttributes which);
bool canChangeAttributes(const std::filesystem::path& folder);
std::vector<std::filesystem::path> agentTempFolders();
TmpScan scanTmpFiles(const std::filesystem::path& folder);
TimeService timeService();
ChangeResult resyncClock();
ChangeResult setClock(double unixSeconds);
TmpCleanup deleteTmpFiles(const std::filesystem::path& folder, Progress& progress);
InstallLocation agentInstallLocation();
AgentRegistration agentRegistration();

}  // namespace mars::platform::win32
