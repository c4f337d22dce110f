#pragma once
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "checks/CheckInputs.h"
#include "checks/network/SystemProbe.h"

#include <optional>

namespace mars {

// What the command line asked for, validated. An elevated restart passes its state back through these options, so
// everything here is checked against fixed lists: a page name, a cloud id, a resumable fix id, a log-file path.
// True when the arguments ask for the command-line mode, so main() can skip the GUI before any parsing.
bool wantsCommandLineMode(int argc, char* argv[]);

struct StartupOptions {
    QString page = QStringLiteral("welcome");
    CheckInputs inputs;  // --cloud, --profile, --install-folder, … (checks/CheckInputs.h: InputOptions)
    QStringList fixes;  // "check/fix" ids: applied (command line) or offered again (wizard) once the check re-ran
    bool checkOnly = false;  // --check: no window, print a report, exit with its code
    bool json = false;
    QString logFile;
    QString language;       // the window's ("en", "zh_CN"); empty: MARS_LANGUAGE or the system's
    QString reportLanguage; // the --check report's; empty: the same as the window's
    QString outFile;        // --out: the JSON report, written atomically (a share collecting many machines' reports)
    bool quiet = false;     // --quiet: print nothing but errors
    bool summaryLine = false;  // --summary-line: one line (what Intune Remediations shows per device)
    QString bundleFile;     // --bundle: a support bundle (zip), written atomically
    bool redact = false;    // --redact: the bundle masks user names, the computer name and profile paths
    QString compareWith;    // --compare: an earlier JSON report; the report says what changed since
    QString fleetReport;    // --fleet-report: a folder of JSON reports to merge into one HTML page (no checks run)
    QString probeAsSystemResult;        // --probe-endpoints-as-system: the copy in the SYSTEM task; write the answer here
    SystemProbeRequest probeRequest;    // --probe-request: what that copy probes
    bool showHelp = false;
    bool showVersion = false;
    QString helpText;
};

class StartupOptionsParser {
    Q_DECLARE_TR_FUNCTIONS(StartupOptionsParser)
public:
    // arguments include the program name first, as QCoreApplication::arguments() does.
    static std::optional<StartupOptions> parse(const QStringList& arguments, QString* error);
};

}  // namespace mars

namespace mars {

struct CheckContext;
namespace platform {
class Platform;
}

// The one place a check context is made from the command line: for the wizard, the command-line mode and the
// elevated restart (which is the wizard again, started with restartArguments()). Asks the token once whether this
// process is elevated: it cannot change while the process lives.
CheckContext contextFromOptions(const StartupOptions& options, platform::Platform& platform, const QString& language);

}  // namespace mars
