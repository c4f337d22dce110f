#pragma once
#include "checks/platform/SystemAccount.h"

#include <optional>

namespace mars {

// This program's own file, as the probe as LocalSystem copies it (the Windows program is that one file); none in a
// build that is not the single-file Windows program, where no SYSTEM probe is made.
std::optional<platform::ProbeProgram> thisProgramForSystemProbe();

}  // namespace mars
