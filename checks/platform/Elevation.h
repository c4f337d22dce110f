#pragma once
// The process's token and the way to a full one: the admin check, and every fix that needs rights this process lacks.
#include "Change.h"

namespace mars::platform {

enum class ElevationType { Unknown, Default, Full, Limited };

struct AdminStatus {
    bool queried = false;  // false: `error` says why nothing else is meaningful
    bool memberOfAdministrators = false;
    bool elevated = false;
    ElevationType elevationType = ElevationType::Unknown;
    std::string account;
    std::string error;
};

class Elevation {
public:
    virtual ~Elevation() = default;
    virtual AdminStatus queryAdminStatus() = 0;
    virtual bool canRelaunchElevated() = 0;
    // Starts this program again with administrator rights and the given arguments (UTF-8).
    virtual ChangeResult relaunchElevated(const std::vector<std::string>& arguments) = 0;
};

}  // namespace mars::platform
