#pragma once
// Stable codes for what the checks find. Every verdict a check can give (Pass included, so the design has no
// exception) carries one code, set where the check decides that verdict: `result.code = "MSD-NET-006";`. This table
// is the one place the codes are declared, with what each means and the article that explains it; the reports link
// each code to that article in the cloud's own documentation. docs/finding-codes.md is this table for people, and
// tests/checks/FindingCodesTest.cpp keeps the two equal, fails on a reused code, and runs every check to see that
// none gives a verdict without one.
#include "CheckResult.h"

#include <QString>

#include <vector>

namespace mars {

// The documentation articles a finding points to: the same path on learn.microsoft.com (public and US Government)
// and on docs.azure.cn (Azure China).
enum class Article { Troubleshoot, Install, SupportMatrix, Tls, Faq };

// A set of statuses, for the findings whose severity depends on what else was found (a blocked address is a
// failure when the agent needs it, a warning otherwise).
using StatusSet = unsigned;
constexpr StatusSet statusBit(Status status) { return 1u << unsigned(status); }
constexpr StatusSet kPass = statusBit(Status::Pass), kWarning = statusBit(Status::Warning), kFail = statusBit(Status::Fail),
                    kError = statusBit(Status::Error);

struct FindingSpec {
    const char* code;     // MSD-<area>-<nnn>; never reused, never renumbered
    const char* check;    // the catalogue's check id; "" for the session's own (any check)
    StatusSet statuses;   // the verdicts it comes with
    const char* meaning;  // English, for docs/finding-codes.md
    Article article;
    QString codeText() const { return QString::fromLatin1(code); }
};

const std::vector<FindingSpec>& findingCatalog();
const FindingSpec* findFinding(const QString& code);
// A finding that says what could not be looked at (no file chosen, nothing of the agent's on this system, a value
// that could not be read), whatever its status: it establishes neither that a cause is present nor that it is absent.
bool findingLeavesUnexamined(const QString& code);
// The article for `code` in the cloud's documentation, in the report's language; empty for an unknown code.
QString findingDocsUrl(const QString& code, const QString& cloudId, const QString& language);
QString articleUrl(Article article, const QString& cloudId, const QString& language);

}  // namespace mars
