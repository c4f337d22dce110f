#pragma once
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace mars {

class Fix;

enum class Status { NotRun, Running, Pass, Warning, Fail, Error };

QString statusName(Status status);   // stable English key for reports and the command line: "pass", "fail", ...
QString statusLabel(Status status);  // translated word for people: "Passed", "Failed", ...

struct CheckResult {
    Status status = Status::NotRun;
    QString summary;        // the one-line verdict
    QStringList evidence;   // why the check thinks so, one fact a line
    QList<std::shared_ptr<const Fix>> fixes;

    static CheckResult error(const QString& reason, const QStringList& evidence = {});
};

}  // namespace mars
