#pragma once
#include "Redaction.h"
#include "checks/AgentLogs.h"
#include "checks/report/Report.h"

#include <QDateTime>

#include <cstdint>
#include <optional>

namespace mars {

struct CheckContext;
namespace platform {
class Platform;
}

// A support bundle: one zip a helpdesk attaches to a ticket. The report in English and in Chinese (HTML and JSON),
// this program's log, the agent's own logs (their ends), the settings the checks read as one text file, and
// MANIFEST.txt naming every file with its size and what was left out or masked, and why. Never a secret: the report
// holds none by construction, nothing reads the passphrase, the vault file or a token, and every file is scanned for
// secret-shaped text (maskSecretShapes) as well.
//
// Its language: MANIFEST.txt and settings.txt are written in the bundle's language (the window's, or the report
// language chosen beside the button; on the command line the report's, --report-language or --language), as every
// other text the reader sees. A bundle in another language than English also holds MANIFEST.en.txt and
// settings.en.txt, the same in English: a helpdesk in China reads its own language first and must not meet English
// paragraphs, yet it escalates the very same zip to Microsoft's engineers abroad, who read English and should not have
// to ask for a second bundle or trust a machine translation of the settings (the report is in both languages for the
// same reason). Data stays as it is in both: paths, registry values, hosts, codes and the names of the files inside.
// The masks run on each rendered file, whatever its language.

// How much of each log goes in: the end, where the failure the ticket is about was written.
inline constexpr qint64 kLogTailMiB = 4;
inline constexpr qint64 kLogTailBytes = kLogTailMiB * 1024 * 1024;

using BundleLogSource = AgentLogFile;

// What a bundle is made from: gathered where the session lives (the UI thread), written anywhere.
struct SupportBundleSources {
    Report report;
    QString programLog;  // this program's log file ("" when it logs to the console only)
    QList<BundleLogSource> agentLogs;
    std::optional<std::uint64_t> uptimeSeconds;
    bool redact = false;     // --redact: mask the names in `terms` as well
    RedactionTerms terms;
    QString language = QStringLiteral("en");  // MANIFEST.txt's and settings.txt's ("en", "zh_CN")
};

// The agent's logs for this computer: <install>\Temp\CBEngineCurr.errlog and CBUICurr.errlog, and the setup logs
// (OBInstaller0Curr.errlog, OBPatch.log) in each of the agent's temp folders; the context's --install-folder and
// --temp-folder stand in for them as they do for the checks.
QList<BundleLogSource> agentLogSources(platform::Platform& platform, const CheckContext& context);
// The names --redact masks here: the report's computer name, this account (USERNAME / USER, and the account the
// administrator check saw), and the user's profile folder.
RedactionTerms redactionTermsHere(const Report& report);
// The sources for a session's report: the OS queries it makes are cheap (no file is read here). `language` is the
// bundle's (see above).
SupportBundleSources bundleSources(const Report& report, platform::Platform& platform, const CheckContext& context, const QString& programLog,
                                   bool redact, const QString& language);

struct BundleFile {
    QString name;
    QByteArray bytes;
};
// Every file of the bundle, MANIFEST.txt last (after MANIFEST.en.txt when there is one). Reads the logs: off the UI thread.
QList<BundleFile> supportBundleFiles(const SupportBundleSources& sources);
// Writes the zip atomically (a temporary file, then a rename; never through a link): all of it or nothing.
bool writeSupportBundle(const QString& zipPath, const SupportBundleSources& sources, Message* error);

// "MarsSetupDoctor-<computer>-<yyyyMMddTHHmmssZ>.zip"; with redact, the report id stands in for the computer.
QString suggestedBundleName(const Report& report, bool redact);

}  // namespace mars
