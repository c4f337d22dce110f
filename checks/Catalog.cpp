#include "Catalog.h"

#include "installation/AdminRightsCheck.h"
#include "installation/InstallFolderCheck.h"

namespace mars {

QStringList knownFixes()
{
    return {QStringLiteral("admin-rights/restart-elevated"), QStringLiteral("install-folder/clear-folder-attributes")};
}

void addAllChecks(CheckSession& session, const std::shared_ptr<platform::Platform>& platform)
{
    session.addCheck(sections::installation, std::make_shared<AdminRightsCheck>(platform));
    session.addCheck(sections::installation, std::make_shared<InstallFolderCheck>(platform));
}

}  // namespace mars
