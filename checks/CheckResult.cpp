#include "CheckResult.h"

#include "Finding.h"

namespace mars {

int severity(Status status)
{
    switch (status) {
    case Status::Pass: return 0;
    case Status::Warning: return 1;
    case Status::NotRun:
    case Status::Running: return 2;
    case Status::Fail: return 3;
    case Status::Error: return 4;
    }
    return 4;
}

Status worseOf(Status a, Status b)
{
    return severity(b) > severity(a) ? b : a;
}

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

Message statusLabel(Status status)
{
    switch (status) {
    case Status::NotRun: return Message::translatable("Status", QT_TRANSLATE_NOOP("Status", "Not run"));
    case Status::Running: return Message::translatable("Status", QT_TRANSLATE_NOOP("Status", "Checking…"));
    case Status::Pass: return Message::translatable("Status", QT_TRANSLATE_NOOP("Status", "Passed"));
    case Status::Warning: return Message::translatable("Status", QT_TRANSLATE_NOOP("Status", "Warning"));
    case Status::Fail: return Message::translatable("Status", QT_TRANSLATE_NOOP("Status", "Failed"));
    case Status::Error: return Message::translatable("Status", QT_TRANSLATE_NOOP("Status", "Error"));
    }
    return {};
}

QString CheckResult::codeText() const
{
    return finding ? finding->codeText() : QString();
}

}  // namespace mars
