#include "../Platform.h"

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

#include <algorithm>

namespace mars::platform::posix {

class PosixElevation final : public Elevation {
public:
    AdminStatus queryAdminStatus() override;
    bool canRelaunchElevated() override { return false; }
    ChangeResult relaunchElevated(const std::vector<std::string>&, std::uintptr_t) override
    {
        return {{}, {"restarting as administrator is a Windows feature; run the program with sudo instead"}};
    }
    // No drive letters, nothing mapped per token: a path means the same to every process.
    std::string reachableWhenElevated(const std::string& path) override { return path; }
};


namespace {
bool inAdministrativeGroup()
{
    const int count = getgroups(0, nullptr);
    if (count <= 0)
        return false;
    std::vector<gid_t> groups(static_cast<size_t>(count));
    if (getgroups(count, groups.data()) != count)
        return false;
    for (const char* name : {"sudo", "wheel", "admin"}) {
        const group* entry = getgrnam(name);
        if (entry && std::find(groups.begin(), groups.end(), entry->gr_gid) != groups.end())
            return true;
    }
    return false;
}
}  // namespace

AdminStatus PosixElevation::queryAdminStatus()
{
    AdminStatus status;
    status.queried = true;
    const uid_t uid = geteuid();
    if (const passwd* entry = getpwuid(uid))
        status.account = entry->pw_name;
    else
        status.account = "uid " + std::to_string(uid);
    status.elevated = uid == 0;
    status.memberOfAdministrators = status.elevated || inAdministrativeGroup();
    status.elevationType = status.elevated ? ElevationType::Full
                           : status.memberOfAdministrators ? ElevationType::Limited
                                                           : ElevationType::Default;
    return status;
}

}  // namespace mars::platform::posix

namespace mars::platform {

std::unique_ptr<Elevation> makeSystemElevation()
{
    return std::make_unique<posix::PosixElevation>();
}

}  // namespace mars::platform
