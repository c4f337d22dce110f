#pragma once
#include "checks/report/Report.h"

#include <cstdint>
#include <optional>

namespace mars {

// settings.txt of the support bundle: the values an engineer asks for first (OS and uptime, the agent's version,
// .NET and the TLS values, how each route to the service went and through which proxy), taken from the facts the
// checks recorded, so the bundle says what the checks saw rather than asking the system again. Its labels and
// sentences in the renderer's language; the values as the checks recorded them (names, registry values, hosts).
QString bundleSettingsText(const Report& report, std::optional<std::uint64_t> uptimeSeconds, const TextRenderer& renderer);

}  // namespace mars
