#pragma once
#include "Message.h"

#include <QJsonObject>
#include <QList>

#include <any>
#include <memory>

namespace mars {

class Fix;
struct FindingSpec;

enum class Status { NotRun, Running, Pass, Warning, Fail, Error };

QString statusName(Status status);    // stable English key for reports and the command line: "pass", "fail", ...

// How bad a verdict is, the one order of the whole program (a report's overall and exit code, comparisons, the fleet
// page, a check that combines findings): Pass, Warning, not run or not finished (nothing known yet), Fail (a problem
// found), Error (could not check). Higher is worse.
int severity(Status status);
Status worseOf(Status a, Status b);  // the worse of the two; `a` when they weigh the same
Message statusLabel(Status status);   // the word for people: "Passed", "Failed", ...

// What a check found, as data: the verdict and its evidence are Messages (rendered when shown, in the language
// shown), `facts` the values behind them for scripts (counts, paths, codes).
struct CheckOutcome {
    Status status = Status::NotRun;
    Message summary;     // the one-line verdict
    Messages evidence;   // why the check thinks so, one fact a line
    QList<std::shared_ptr<const Fix>> fixes;
    QJsonObject facts;
    // The typed facts the check exports for other modules (its Owner::Facts; read with exportedFacts<Owner>()).
    std::any exported;
};

struct CheckResult : CheckOutcome {
    // The finding, from the table of the check that gave it (a Verdict<Owner> fills it; the session fills its own);
    // null only while not run or running.
    const FindingSpec* finding = nullptr;
    QString codeText() const;
};

}  // namespace mars
