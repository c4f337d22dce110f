#pragma once
#include "CheckResult.h"
#include "Finding.h"
#include "CheckSpec.h"
#include "CloudProfile.h"
#include "errors/AgentErrorSource.h"
#include "platform/Platform.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace mars::platform {
class CertificateSigner;
class VaultEnvironment;
}  // namespace mars::platform

namespace mars {

class PassphraseStore;
class NameResolver;
class VaultFileSource;

// What the program tells a check about this run. Copied for each run, so a check on a worker thread never sees
// the wizard change it halfway. Built from the command line by one function (app/ContextFromOptions), for the
// wizard, the command line and an elevated restart alike; restartArguments() turns it back into that command line.
struct CheckContext {
    QString cloudId = QStringLiteral("china");
    // --profile FILE: a custom cloud profile (private endpoints, a new region), used while cloudId is its id.
    std::optional<CloudProfile> customProfile;
    QString installFolder;  // empty: where the agent is installed, or its default folder
    QString tempFolder;     // empty: the agent's temp folders (Windows), the system temp folder (POSIX)
    QString vaultCredentials;  // the .VaultCredentials file the user will give the agent; empty: none chosen yet
    bool processElevated = false;  // this process holds a full administrator token (asked once at start)
    platform::SignatureStatus programSignature;  // this program's own file's signature (asked once at start), for the report
    std::uintptr_t ownerWindow = 0;  // the wizard's native window, for the prompts Windows shows (0: none)
    // Carried through an elevated restart, so the new instance comes back where the user was.
    QString page;
    QString language;
    QString logFile;
    QString agentError;
    // Where agentError was found in the agent's own records (checks/errors/LastAgentError.h); unset when the user
    // gave it (--error, the Welcome page) or none was found. Not carried through a restart: the new instance
    // looks again.
    std::optional<AgentErrorSource> agentErrorSource;
    // The user chose (typed an error, cleared it, or unticked the found one): nothing found replaces that choice, also
    // in a window rebuilt in another language.
    bool agentErrorChosen = false;
    // The clock check's latest measurement: a time source minus this computer's clock, in seconds. Unset until measured.
    std::optional<double> clockOffsetSeconds;  // the agent's error the run started from (AgentErrors' canonical id); empty: none
    // Network settings; empty or 0 means the cloud profile's and the defaults. Tests point these at loopback servers.
    QStringList timeServers;       // "host" or "host:port" for SNTP
    QStringList dateUrls;          // HTTPS URLs whose Date header is read
    int networkTimeoutMs = 0;      // per stage
    QList<EndpointProbe> probes;   // replaces the cloud profile's endpoints
    QString proxy;                 // "host:port" of an HTTP proxy to use instead of the system's
    // Test-only seam: where the sign-in rehearsal sends its token request instead of the file's authority (which is
    // still checked against the known Entra ID hosts). No option sets it, and restartArguments() never carries it.
    QString testTokenEndpoint;
    // The vault check also rehearses the agent's sign-in (--check with a file; the row's "Test sign-in" fix).
    bool rehearseSignIn = false;
};

// The cloud profile the checks use: the custom one while it is chosen, else the built-in one of that id.
std::optional<CloudProfile> profileFor(const CheckContext& context);

// The options that bring a new (elevated) instance back to this context; the parser accepts exactly these. Every
// path option's value goes through `reachable` (Elevation::reachableWhenElevated: a mapped drive's path becomes its
// UNC path, which the elevated token can reach); the other options are carried as they are.
QStringList restartArguments(const CheckContext& context, const std::function<QString(const QString&)>& reachable = {});

// What a check may use besides its context: the catalogue hands these to each check's factory.
struct CheckServices {
    std::shared_ptr<platform::Platform> platform;
    std::shared_ptr<PassphraseStore> passphrases;
    std::shared_ptr<platform::CertificateSigner> certificates = nullptr;     // null: the system's (OpenSSL / CNG)
    std::shared_ptr<platform::VaultEnvironment> vaultEnvironment = nullptr;  // null: the system's
    std::optional<platform::ProbeProgram> systemProbe = std::nullopt;  // this program's files, for the probe as LocalSystem
    std::shared_ptr<const NameResolver> nameResolver = nullptr;  // null: the system's (the private-endpoint check)
    // The vault credentials file, parsed once for the checks that read it (vault/VaultFileSource.h). Null: addAllChecks
    // makes one that its checks share; a check made alone reads with one of its own.
    std::shared_ptr<VaultFileSource> vaultFile = nullptr;
};

struct FixOutcome {
    Messages changes;              // what the fix changed, one line each
    Messages failures;             // what it could not change, and why
    Messages before;               // what was there before it changed anything (to put it back by hand if needed)
    bool restartsProgram = false;  // the program is handing over to a new (elevated) instance
    QString clipboardText;         // for the wizard to put on the clipboard (never a secret)
    // What the program uses from now on ("Use the file's cloud", "Copy it to this computer"): the session applies it
    // to its context once, then runs again every check that has run and reads one of `changedInputs`. Unset: the
    // context stays as it was.
    std::function<void(CheckContext&)> changeContext;
    Inputs changedInputs;
    bool ok() const { return failures.isEmpty(); }
};

// What a check that measures the clock (CheckSpec::measuresClock) exports with its verdict: the session hands it to
// the checks that judge dates by it (Input::MeasuredClock).
struct ClockOffset {
    double offsetSeconds = 0;  // a time source minus this computer's clock
};

// Counts a long fix's steps for a progress bar, and carries the user's Cancel back to it.
using FixProgress = platform::Progress;

// A fix as a check offers it: what the catalogue says of it (id, title, whether it changes the system), and what
// this offer will do.
class Fix {
public:
    explicit Fix(const FixSpec& spec) : m_spec(&spec) {}
    virtual ~Fix() = default;
    const FixSpec& spec() const { return *m_spec; }
    QString id() const { return m_spec->idText(); }
    Message title() const { return m_spec->titleMessage(); }
    bool changesSystem() const { return m_spec->changesSystem; }
    virtual Message plan() const = 0;  // what it will do, shown before it does it
    // Whether it needs rights this process lacks now. By default, what the catalogue says and the process token.
    virtual bool needsElevation(const CheckContext& context) const { return m_spec->needsAdmin && !context.processElevated; }
    // Runs on a worker thread. A long fix counts `progress` up and stops early once progress.cancel is set.
    virtual FixOutcome apply(const CheckContext& context, FixProgress& progress) const = 0;

private:
    const FixSpec* m_spec;
};

class Check {
public:
    virtual ~Check() = default;
    // Runs on a worker thread; may block, may throw (the runner turns that into Error).
    virtual CheckResult run(const CheckContext& context) const = 0;
};

// The base of every check: it judges into a Verdict<Owner>, so its findings come from its own table only (Finding.h).
template <typename Owner>
class CheckOf : public Check {
public:
    using Verdict = mars::Verdict<Owner>;
    CheckResult run(const CheckContext& context) const final { return judge(context).toResult(); }

protected:
    virtual Verdict judge(const CheckContext& context) const = 0;
};

}  // namespace mars
