#pragma once
#include "../CheckSession.h"

#include <QDateTime>
#include <QJsonObject>

namespace mars {

// A snapshot of a session for people and scripts: what ran where, each verdict with its evidence, the fixes applied.
// Holds no secret by construction: checks never put one in a result, and nothing else is read.
struct ReportEntry {
    QString section;
    QString checkId;
    QString title;
    CheckResult result;
};

struct Report {
    QString reportId;  // short random id, also stamped on screenshots, so a ticket's files can be matched
    QString toolVersion;
    QDateTime createdUtc;
    QString machineName;
    QString osVersion;
    QString cloudId;
    QList<ReportEntry> entries;
    QList<FixRecord> fixes;

    static Report fromSession(const CheckSession& session, const QString& toolVersion, const QString& reportId = newReportId());
    static QString newReportId();
    Status worstStatus() const;
    // 0 all passed, 1 a warning, 2 a failure or an error: the command line's exit code.
    int exitCode() const;

    QJsonObject toJson() const;
    QString toText() const;
    QString toShortText() const;  // a few lines for pasting into a ticket
    QString toHtml() const;       // one self-contained page: no scripts, no external files
};

}  // namespace mars
