#include "ClockDecision.h"

#include <cmath>

namespace mars {

ClockDecision ClockDecision::decide(const ClockMeasurement& measurement, const platform::TimeService& service)
{
    ClockDecision decision;
    const auto offset = measurement.offset();
    if (!offset || std::abs(*offset) <= kWarnAbove || !service.applicable)
        return decision;
    decision.offerResync = service.installed;
    if (service.domainJoined) {
        decision.whyNotSet = msg("This computer is a domain member: its clock follows the domain, so only Windows Time is asked to resync.");
    } else if (!measurement.sntpOffset || !measurement.httpOffset) {
        decision.whyNotSet = msg("Setting the clock by hand needs two independent sources (a time server and an HTTPS service) "
                                "that agree; only one kind answered.");
    } else if (std::abs(*measurement.sntpOffset - *measurement.httpOffset) > kAgreement) {
        decision.whyNotSet = msg("The time server and the HTTPS service disagree by %1 s, so the clock is not set by hand.")
                                 .arg(std::abs(*measurement.sntpOffset - *measurement.httpOffset), 0, 'f', 1);
    } else {
        decision.offerSet = true;
        decision.setOffset = *measurement.sntpOffset;
    }
    return decision;
}

}  // namespace mars
