#include "Catalog.h"

#include "installation/AdminRightsCheck.h"
#include "installation/InstallFolderCheck.h"
#include "registration/ClockCheck.h"
#include "registration/EndpointsCheck.h"
#include "registration/PassphraseCheck.h"
#include "registration/TempFilesCheck.h"

namespace mars {

QStringList knownFixes()
{
    return {QStringLiteral("admin-rights/restart-elevated"), QStringLiteral("install-folder/clear-folder-attributes"),
            QStringLiteral("endpoints/retry"), QStringLiteral("clock/resync-clock"), QStringLiteral("clock/set-clock"), QStringLiteral("temp-files/clear-tmp-files"), QStringLiteral("temp-files/restart-elevated")};
}

void addAllChecks(CheckSession& session, const std::shared_ptr<platform::Platform>& platform,
                  const std::shared_ptr<PassphraseStore>& passphrases)
{
    session.addCheck(sections::installation, std::make_shared<AdminRightsCheck>(platform));
    session.addCheck(sections::installation, std::make_shared<InstallFolderCheck>(platform));
    session.addCheck(sections::registration, std::make_shared<EndpointsCheck>(platform));
    session.addCheck(sections::registration, std::make_shared<ClockCheck>(platform));
    session.addCheck(sections::registration, std::make_shared<TempFilesCheck>(platform));
    session.addCheck(sections::registration, std::make_shared<PassphraseCheck>(platform, passphrases));
}

}  // namespace mars
