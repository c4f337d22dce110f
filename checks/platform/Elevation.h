#pragma once
// The process's token and the way to a full one: the admin check, and every fix that needs rights this process lacks.
#include "Change.h"

#include <cstdint>
#include <string>
#include <vector>

namespace mars::platform {

enum class ElevationType { Unknown, Default, Full, Limited };

struct AdminStatus {
    bool queried = false;  // false: `error` says why nothing else is meaningful
    bool memberOfAdministrators = false;
    bool elevated = false;
    ElevationType elevationType = ElevationType::Unknown;
    std::string account;
    std::string error;
    bool uacDisabled = false;  // EnableLUA = 0: Windows cannot raise a standard account's rights; no prompt will come
};

class Elevation {
public:
    virtual ~Elevation() = default;
    virtual AdminStatus queryAdminStatus() = 0;
    // False where no prompt can raise this process's rights: not Windows, or User Account Control turned off.
    virtual bool canRelaunchElevated() = 0;
    // Starts this program again with administrator rights and the given arguments (UTF-8). `ownerWindow` is the
    // native window the consent prompt belongs to (0: none). Call it from the thread that owns that window.
    virtual ChangeResult relaunchElevated(const std::vector<std::string>& arguments, std::uintptr_t ownerWindow) = 0;
    // `path` (UTF-8) as the elevated instance can reach it: the elevated token has no mapped network drives, so a
    // path on one (Z:\...) comes back as its UNC path (\\server\share\...); any other path comes back unchanged.
    virtual std::string reachableWhenElevated(const std::string& path) = 0;
};

}  // namespace mars::platform
