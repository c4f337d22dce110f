#pragma once
#include "CheckInputs.h"
#include "errors/AgentErrorSource.h"
#include "platform/ProgramSignature.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <optional>

namespace mars {

struct CheckContext;
// Turns a path the elevated instance must open into one it can (a mapped drive's path becomes its UNC path).
using PathForElevated = std::function<QString(const QString&)>;
// The command line that brings a new (elevated) instance of this program back to a context.
using RestartCommandLine = std::function<QStringList(const CheckContext& context, const PathForElevated& reachable)>;

// What a check's verdict does not depend on, but the program around it does: where its windows belong, what it
// writes its log to, the page and language an elevated restart comes back to, what the wizard has decided.
struct RunEnvironment {
    bool processElevated = false;                // this process holds a full administrator token (asked once at start)
    platform::SignatureStatus programSignature;  // this program's own file's signature (asked once at start), for the report
    std::uintptr_t ownerWindow = 0;              // the wizard's native window, for the prompts Windows shows (0: none)
    QString page;      // carried through an elevated restart, so the new instance comes back where the user was
    QString language;  // likewise
    QString logFile;   // likewise
    // Where inputs.agentError was found in the agent's own records (checks/errors/LastAgentError.h); unset when the
    // user gave it (--error, the Welcome page) or none was found. Not carried through a restart: the new instance
    // looks again.
    std::optional<AgentErrorSource> agentErrorSource;
    // The user chose (typed an error, cleared it, or unticked the found one): nothing found replaces that choice, also
    // in a window rebuilt in another language.
    bool agentErrorChosen = false;
    // How this program starts again elevated, back where the user was: the program's own (app/RestartArguments), which
    // owns its command line. Null: this program cannot restart itself here, and the fix that would says so.
    RestartCommandLine restartCommandLine;
};

// What one check measured and others judge by: the session fills it from the measuring check's exported facts, and
// a check that reads it declares so (Input::MeasuredClock), so it runs again when the measurement moves.
struct Measurements {
    std::optional<double> clockOffsetSeconds;  // a time source minus this computer's clock; unset until measured
};

// What the program tells a check about this run. Copied for each run, so a check on a worker thread never sees the
// wizard change it halfway. Made from the command line by one function (app/StartupOptions: contextFromOptions), for
// the wizard, the command line and an elevated restart alike; app/RestartArguments turns it back into that command line.
struct CheckContext {
    CheckInputs inputs;
    RunEnvironment environment;
    Measurements measured;
};

inline std::optional<CloudProfile> profileFor(const CheckContext& context) { return profileFor(context.inputs); }

}  // namespace mars
