#pragma once
#include "checks/platform/SystemAccount.h"

#include <optional>

namespace mars {

// This program's own files, as the probe as LocalSystem copies them (the list the Windows build compiles in, the
// same one the elevated starter copies); none in a build without that list, where no SYSTEM probe is made.
std::optional<platform::ProbeProgram> thisProgramForSystemProbe();

}  // namespace mars
