#pragma once
#include "StartupOptions.h"
#include "checks/platform/Platform.h"

namespace mars {

// The command-line mode: every check, the requested fixes, a report on stdout. Needs a QCoreApplication only.
// `language` is the program's; the report is written in options.reportLanguage when given.
int runCommandLine(const StartupOptions& options, const std::shared_ptr<platform::Platform>& platform, const QString& language);
// --fleet-report: every JSON report in a folder merged into one HTML page, to --out (atomically) or stdout.
// 0 when it was written (bad files are listed in it, not fatal), 2 when it could not be.
int runFleetReport(const StartupOptions& options);

}  // namespace mars
