#pragma once
// Reads a JSON report this program wrote, here or on another machine: the earlier report of --compare, the many of
// --fleet-report. The file is untrusted input (a share anyone writes to, a file mailed in a ticket): it is read in
// bounded size, every field is checked for type and length, and a bad file gets a clear reason, never a crash.
#include "../CheckResult.h"
#include "../Message.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mars {

struct ReadCheck {
    QString id;
    QString title;
    Status status = Status::NotRun;
    QString code;  // empty in reports from before the codes
    QString summary;
    QStringList evidence;
    // The same as data ("summaryMessage", "evidenceMessages"), to render in another language than the report's. Empty,
    // with the flag false, when the report has none (an older version's) or names a text this program does not have:
    // then only the rendered text above is known.
    Message summaryMessage;
    bool summaryAsData = false;
    QJsonValue summaryData;  // that data as the report holds it: the fleet page keeps it as it is, not written again
    Messages evidenceMessages;  // one per line of evidence; a line whose data is unknown holds its rendered text
    bool evidenceAsData = false;
};

struct ReadReport {
    QString reportId;
    QString version;
    QString language;
    QDateTime created;
    QString machine;
    QString cloud;
    Status overall = Status::NotRun;
    QList<ReadCheck> checks;
    const ReadCheck* check(const QString& id) const;
};

class ReportReader {
    MARS_DECLARE_MESSAGES(ReportReader)
public:
    // A real report is some tens of KB; these bound what a hostile one can make this program hold.
    static constexpr qint64 kMaxBytes = 4 * 1024 * 1024;
    static constexpr int kMaxChecks = 200;
    static constexpr int kMaxEvidence = 500;
    static constexpr int kMaxText = 16 * 1024;

    // Without evidence (the fleet page shows none) only its list's length is checked: a thousand reports read faster.
    enum class Evidence { Keep, Skip };
    static std::optional<ReadReport> parse(const QByteArray& bytes, Message* error, Evidence evidence = Evidence::Keep);
    // Reads at most kMaxBytes + 1 bytes: an oversized file is refused without reading it all. Refuses links.
    static std::optional<ReadReport> readFile(const QString& path, Message* error, Evidence evidence = Evidence::Keep);
    static std::optional<Status> statusFromName(const QString& name);
};

}  // namespace mars
