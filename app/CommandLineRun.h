#pragma once
#include "StartupOptions.h"
#include "checks/platform/Platform.h"

namespace mars {

// The command-line mode: every check, the requested fixes, a report on stdout. Needs a QCoreApplication only.
int runCommandLine(const StartupOptions& options, const std::shared_ptr<platform::Platform>& platform);

}  // namespace mars
