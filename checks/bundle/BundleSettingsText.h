#pragma once
#include "checks/report/Report.h"

#include <cstdint>
#include <optional>

namespace mars {

// settings.txt of the support bundle: the values an engineer asks for first (OS and uptime, the agent's version,
// .NET and the TLS values, how each route to the service went and through which proxy), taken from the facts the
// checks recorded, so the bundle says what the checks saw rather than asking the system again. English, like the
// JSON keys: it is for the engineer at the other end of the ticket.
QString bundleSettingsText(const Report& report, std::optional<std::uint64_t> uptimeSeconds);

}  // namespace mars
