#pragma once
// Before and after: what changed per check between an earlier report (read from its JSON, untrusted) and this
// session's. The proof a ticket needs that a fix worked: Fail -> Pass, a new warning, evidence that changed, checks
// added or removed. Computed once; each report format renders it in its own language.
#include "Report.h"
#include "ReportReader.h"

#include <optional>

namespace mars {

struct CheckChange {
    enum class Kind { Better, Worse, Changed, Same, Added, Removed };
    Kind kind = Kind::Same;
    QString id;
    QString earlierTitle;  // for a check this version no longer has
    const CheckSpec* spec = nullptr;  // null for a removed check
    std::optional<Status> before, after;
    QString beforeCode, afterCode;
    QStringList evidenceAdded, evidenceRemoved;  // in the earlier report's language
};

struct ReportComparison {
    MARS_DECLARE_MESSAGES(ReportComparison)
public:
    QString earlierReportId;
    QDateTime earlierCreated;
    QString earlierMachine;
    bool sameMachine = true;
    bool evidenceCompared = true;  // false when the earlier report is in another language than can be rendered
    QList<CheckChange> changes;    // this session's checks in its order, then the removed ones

    static ReportComparison between(const ReadReport& earlier, const Report& now);
    int count(CheckChange::Kind kind) const;

    Message headline() const;  // "Compared with report … : 1 better, 1 worse, …"
    QJsonObject toJson(const TextRenderer& renderer) const;
    QStringList toText(const TextRenderer& renderer) const;
    QString toHtml(const TextRenderer& renderer) const;
    static QString kindName(CheckChange::Kind kind);  // stable, for the JSON: "better", "worse", ...
    static Message kindLabel(CheckChange::Kind kind);
};

}  // namespace mars
