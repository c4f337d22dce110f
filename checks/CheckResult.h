#pragma once
#include "Message.h"

#include <QJsonObject>
#include <QList>

#include <memory>

namespace mars {

class Fix;

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
struct CheckResult {
    Status status = Status::NotRun;
    Message summary;     // the one-line verdict
    Messages evidence;   // why the check thinks so, one fact a line
    QList<std::shared_ptr<const Fix>> fixes;
    QJsonObject facts;
    // The finding's stable code (checks/FindingCodes.cpp), set where the check decides its verdict; empty only while
    // not run or running. A string literal, so it lives as long as the program and a check cannot build one.
    const char* code = nullptr;
    QString codeText() const { return code ? QString::fromLatin1(code) : QString(); }

    static CheckResult error(const Message& reason, const Messages& evidence = {});
    static CheckResult error(const char* code, const Message& reason, const Messages& evidence = {});
};

}  // namespace mars
