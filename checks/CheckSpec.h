#pragma once
// What the catalogue declares about each section, check and fix. Plain data: the catalogue (Catalog.cpp) is the one
// place that fills it in, and the pages, the command line, the reports and the elevated restart read it from there.
#include "Message.h"

#include <QFlags>

#include <functional>
#include <memory>
#include <span>
#include <vector>

namespace mars {

class Check;
struct CheckServices;
struct FindingSpec;

// What a check needs from the user besides the system: each becomes an input on the check's page (or an option of
// the command line), and a change to it re-runs exactly the checks that use it.
enum class Input : unsigned {
    InstallFolder = 1u << 0,  // --install-folder, the Installation page's folder field
    TempFolder = 1u << 1,     // --temp-folder (the portable build's stand-in for C:\Windows\Temp)
    Passphrase = 1u << 2,     // typed on the Registration page; never on a command line
    VaultCredentials = 1u << 3,  // --vault-credentials, the Registration page's vault credentials file
    // Not the user's: the offset the clock check measured (CheckSpec::measuresClock). A check that judges dates by it
    // runs again when a new measurement differs from the one it used by a minute or more.
    MeasuredClock = 1u << 4,
    Cloud = 1u << 5,  // --cloud / --profile, the cloud whose addresses and time sources the check uses
};
Q_DECLARE_FLAGS(Inputs, Input)
Q_DECLARE_OPERATORS_FOR_FLAGS(Inputs)

struct FixSpec {
    const char* id;              // stable: --fix check/<id>, the elevated restart, reports
    const char* title;           // button text, context "Catalog"
    bool needsAdmin;             // needs an administrator's full token (a fix may find the process already has it)
    bool changesSystem;          // false: copies a list, retries; runs without asking first
    bool restartsProgram = false;
    // Runs on the session's (UI) thread, not a worker: it opens a window of Windows' own (the UAC prompt, Settings)
    // that must belong to the wizard's, and COM-using shell calls want that thread. It must return quickly.
    bool onUiThread = false;
    Message titleMessage() const { return Message::translatable("Catalog", title); }
    QString idText() const { return QString::fromLatin1(id); }
};

struct SectionSpec {
    const char* id;  // also the page name for --page
    const char* title;
    const char* subtitle;
    Message titleMessage() const { return Message::translatable("Catalog", title); }
    Message subtitleMessage() const { return Message::translatable("Catalog", subtitle); }
    QString idText() const { return QString::fromLatin1(id); }
};

struct CheckSpec {
    const char* id = "";       // the check's own kId
    const char* section = "";
    std::span<const FindingSpec> findings = {};  // the check's own table (its findings())
    int articleStep = 0;  // the step of Microsoft's troubleshooting article it mirrors; 0: beyond the article
    const char* title = "";
    const char* welcomeLine = "";  // what it makes sure of, for the Welcome page
    std::vector<const FixSpec*> fixes = {};
    Inputs inputs = {};
    int timeoutSeconds = 30;
    std::function<std::shared_ptr<const Check>(const CheckServices&)> make;
    bool measuresClock = false;  // its verdict exports a ClockOffset (Check.h), the clock offset other checks use

    Message titleMessage() const { return Message::translatable("Catalog", title); }
    Message welcomeMessage() const { return Message::translatable("Catalog", welcomeLine); }
    QString idText() const { return QString::fromLatin1(id); }
    QString sectionText() const { return QString::fromLatin1(section); }
    const FixSpec* fix(const QString& fixId) const
    {
        for (const FixSpec* spec : fixes)
            if (fixId == QLatin1String(spec->id))
                return spec;
        return nullptr;
    }
};

}  // namespace mars
