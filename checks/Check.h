#pragma once
#include "CheckResult.h"
#include "CloudProfile.h"
#include "platform/Platform.h"

#include <QString>
#include <QStringList>

namespace mars {

// What the wizard tells a check about this run. Copied for each run, so a check on a worker thread never sees
// the wizard change it halfway.
struct CheckContext {
    QString cloudId = QStringLiteral("china");
    QString installFolder;         // empty: where the agent is installed, or its default folder
    QString tempFolder;            // empty: the agent's temp folders (Windows), the system temp folder (POSIX)
    QStringList restartArguments;  // how to come back to the same page after restarting elevated
    // Network settings; empty or 0 means the cloud profile's and the defaults. Tests point these at loopback servers.
    QStringList timeServers;       // "host" or "host:port" for SNTP
    QStringList dateUrls;          // HTTPS URLs whose Date header is read
    int networkTimeoutMs = 0;      // per stage
    QList<EndpointProbe> probes;   // replaces the cloud profile's endpoints
    QString proxy;                 // "host:port" of an HTTP proxy to use instead of the system's
};

struct FixOutcome {
    QStringList changes;           // what the fix changed, one line each
    QStringList failures;          // what it could not change, and why
    bool restartsProgram = false;  // the program is handing over to a new (elevated) instance
    QString clipboardText;         // for the wizard to put on the clipboard (never a secret)
    bool ok() const { return failures.isEmpty(); }
};

// Counts a long fix's steps for a progress bar, and carries the user's Cancel back to it.
using FixProgress = platform::Progress;

class Fix {
public:
    virtual ~Fix() = default;
    virtual QString id() const = 0;      // stable, for --fix and the elevated restart
    virtual QString title() const = 0;   // the button text
    virtual QString plan() const = 0;    // what it will do, shown before it does it
    virtual bool needsElevation() const = 0;
    // False for fixes that change nothing on the system (copy a list, retry): they run without asking first.
    virtual bool changesSystem() const { return true; }
    // Runs on a worker thread. A long fix counts `progress` up and stops early once progress.cancel is set.
    virtual FixOutcome apply(const CheckContext& context, FixProgress& progress) const = 0;
};

class Check {
public:
    virtual ~Check() = default;
    virtual QString id() const = 0;
    virtual QString title() const = 0;
    virtual int timeoutSeconds() const { return 30; }
    // Runs on a worker thread; may block, may throw (the runner turns that into Error).
    virtual CheckResult run(const CheckContext& context) const = 0;
};

}  // namespace mars
