#include "CheckResult.h"

#include <QCoreApplication>

namespace mars {

QString statusName(Status status)
{
    switch (status) {
    case Status::NotRun: return QStringLiteral("not-run");
    case Status::Running: return QStringLiteral("running");
    case Status::Pass: return QStringLiteral("pass");
    case Status::Warning: return QStringLiteral("warning");
    case Status::Fail: return QStringLiteral("fail");
    case Status::Error: return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

QString statusLabel(Status status)
{
    switch (status) {
    case Status::NotRun: return QCoreApplication::translate("Status", "Not run");
    case Status::Running: return QCoreApplication::translate("Status", "Checking…");
    case Status::Pass: return QCoreApplication::translate("Status", "Passed");
    case Status::Warning: return QCoreApplication::translate("Status", "Warning");
    case Status::Fail: return QCoreApplication::translate("Status", "Failed");
    case Status::Error: return QCoreApplication::translate("Status", "Error");
    }
    return {};
}

CheckResult CheckResult::error(const QString& reason, const QStringList& evidence)
{
    CheckResult result;
    result.status = Status::Error;
    result.summary = reason;
    result.evidence = evidence;
    return result;
}

}  // namespace mars
