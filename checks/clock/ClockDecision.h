#pragma once
#include "../platform/Platform.h"
#include "ClockSources.h"

#include "../Message.h"

namespace mars {

// Whether the clock check may offer to resync and to set the clock. Setting it by hand is allowed only when two
// independent kinds of source (SNTP and an HTTPS Date) agree within 2 s, and never on a domain member.
struct ClockDecision {
    MARS_DECLARE_MESSAGES(ClockDecision)
public:
    static constexpr double kWarnAbove = 60;    // seconds
    static constexpr double kFailAbove = 300;   // token validation allows 5 minutes
    static constexpr double kAgreement = 2;     // seconds between the two kinds of source

    bool offerResync = false;
    bool offerSet = false;
    double setOffset = 0;   // what to add to the clock when offerSet
    Message whyNotSet;      // for the evidence, when the offset is large but setting is not offered

    static ClockDecision decide(const ClockMeasurement& measurement, const platform::TimeService& service);
};

}  // namespace mars
