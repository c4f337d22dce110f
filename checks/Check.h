#pragma once
#include "CheckResult.h"
#include "Finding.h"
#include "CheckSpec.h"
#include "CheckContext.h"
#include "CloudProfile.h"
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
    virtual bool needsElevation(const CheckContext& context) const { return m_spec->needsAdmin && !context.environment.processElevated; }
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
