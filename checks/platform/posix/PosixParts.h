#pragma once
#include "../Platform.h"

namespace mars::platform::posix {

AdminStatus queryAdminStatus();  // root = elevated administrator; a member of sudo/wheel/admin = administrator, not elevated
AttributeRead readAttributes(const std::filesystem::path& path);
ChangeResult clearAttributes(const std::filesystem::path& folder, FolderAttributes which);
bool canChangeAttributes(const std::filesystem::path& folder);
TmpScan scanTmpFiles(const std::filesystem::path& folder);
TimeService timeService();
ChangeResult resyncClock();
ChangeResult setClock(double unixSeconds);
TmpCleanup deleteTmpFiles(const std::filesystem::path& folder, Progress& progress);

}  // namespace mars::platform::posix
