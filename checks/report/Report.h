#pragma once
#include "../CheckSession.h"
#include "../errors/ErrorFocus.h"

#include <QDateTime>
#include <QJsonObject>

namespace mars {

struct ReportComparison;

// A snapshot of a session for people and scripts: what ran where, each verdict with its evidence, the fixes applied.
// Holds what the checks found as data; every rendering takes the language to write it in, so a report saved from a
// Chinese window can be English for an escalation, and the other way round. Holds no secret by construction: checks
// never put one in a result, and nothing else is read.
struct ReportEntry {
    const CheckSpec* spec;
    CheckResult result;
};

struct Report {
    MARS_DECLARE_MESSAGES(Report)
public:
    QString reportId;  // short random id, also stamped on screenshots, so a ticket's files can be matched
    QString toolVersion;
    QDateTime createdUtc;
    QString machineName;
    QString osVersion;
    QString cloudId;
    QString cloudProfileFile;  // --profile: the custom profile's file; empty for a built-in cloud
    QList<ReportEntry> entries;
    QList<FixRecord> fixes;
    QString agentError;  // the agent's error the run started from (canonical id), or empty
    std::optional<AgentErrorSource> agentErrorSource;  // where it was found in the agent's records; unset: the user gave it
    platform::SignatureStatus programSignature;  // this program's own file: signed, by whom, trusted here or not
    Message signatureText() const;  // "Signed by X (trusted)", "Not signed", ...: one line for every rendering
    Message cloudName() const;      // the built-in cloud's name in the reader's language; a custom profile's id
    Message osLabel() const;        // "Windows", or "Operating system" for the portable build's report
    // How many checks found a problem, could not check (Error: nothing known), need attention, passed: counted apart,
    // so a check that could not look is never read as one that found something.
    Message counts() const;

    ErrorFocus errorFocus() const;  // what the checks found about agentError
    Message foundInText() const;    // where agentError was found in the agent's records; empty when the user gave it
    std::shared_ptr<const ReportComparison> comparison;  // --compare: what changed since an earlier report; null: none

    static Report fromSession(const CheckSession& session, const QString& toolVersion, const QString& reportId = newReportId());
    static QString newReportId();
    Status worstStatus() const;
    // 0 all passed, 1 a warning, 2 a failure or an error: the command line's exit code.
    int exitCode() const;

    QJsonObject toJson(const TextRenderer& renderer = TextRenderer::current()) const;
    QString toText(const TextRenderer& renderer = TextRenderer::current()) const;
    QString toShortText(const TextRenderer& renderer = TextRenderer::current()) const;  // a few lines for a ticket
    // One line of at most kSummaryLineMax characters, worst first: what Intune Remediations shows per device.
    static constexpr qsizetype kSummaryLineMax = 2048;
    QString toSummaryLine(const TextRenderer& renderer = TextRenderer::current()) const;
    // Self-contained: no scripts or external files; links only to each finding's documentation article.
    QString toHtml(const TextRenderer& renderer = TextRenderer::current()) const;
};

}  // namespace mars
