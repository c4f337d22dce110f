#pragma once
// The system clock and the Windows Time service that keeps it.
#include "Change.h"

#include <cstdint>
#include <optional>

namespace mars::platform {

// The Windows Time service as the clock check reports it.
struct TimeService {
    bool applicable = false;  // false on systems without Windows Time (the portable build)
    bool installed = false;
    bool running = false;
    bool domainJoined = false;  // a domain member takes its time from the domain: never set it by hand
    std::string error;
};

class SystemClock {
public:
    virtual ~SystemClock() = default;
    virtual TimeService timeService() = 0;
    // Starts Windows Time if it is stopped and asks it to resync now.
    virtual ChangeResult resyncClock() = 0;
    // Sets the system clock (UTC). Callers decide whether that is safe: see ClockDecision.
    virtual ChangeResult setClock(double unixSeconds) = 0;
    // Seconds since the system started (Windows: GetTickCount64), for the support bundle: a server that has not
    // restarted since an update or a setting change has not applied it. Nothing when it cannot be told.
    virtual std::optional<std::uint64_t> uptimeSeconds() = 0;
};

}  // namespace mars::platform
