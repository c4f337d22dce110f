#include "Report.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSysInfo>

namespace mars {

QString Report::newReportId()
{
    return QString::number(QRandomGenerator::system()->generate(), 16).rightJustified(8, QLatin1Char('0')).toUpper();
}

Report Report::fromSession(const CheckSession& session, const QString& toolVersion, const QString& reportId)
{
    Report report;
    report.reportId = reportId;
    report.toolVersion = toolVersion;
    report.createdUtc = QDateTime::currentDateTimeUtc();
    report.machineName = QSysInfo::machineHostName();
    report.osVersion = QSysInfo::prettyProductName() + QStringLiteral(" (") + QSysInfo::kernelVersion() + QLatin1Char(')');
    report.cloudId = session.context().cloudId;
    for (const auto& check : session.checks())
        report.entries << ReportEntry{session.sectionOf(check->id()), check->id(), check->title(), session.result(check->id())};
    report.fixes = session.fixHistory();
    return report;
}

Status Report::worstStatus() const
{
    auto rank = [](Status status) {
        switch (status) {
        case Status::Pass: return 0;
        case Status::Warning: return 1;
        case Status::NotRun:
        case Status::Running: return 2;
        case Status::Fail: return 3;
        case Status::Error: return 4;
        }
        return 4;
    };
    Status worst = Status::Pass;
    for (const ReportEntry& entry : entries)
        if (rank(entry.result.status) > rank(worst))
            worst = entry.result.status;
    return worst;
}

int Report::exitCode() const
{
    switch (worstStatus()) {
    case Status::Pass: return 0;
    case Status::Warning: return 1;
    default: return 2;
    }
}

QJsonObject Report::toJson() const
{
    QJsonArray checks;
    for (const ReportEntry& entry : entries) {
        QJsonArray fixIds;
        for (const auto& fix : entry.result.fixes)
            fixIds << QJsonObject{{"id", fix->id()}, {"title", fix->title()}, {"needsElevation", fix->needsElevation()}};
        checks << QJsonObject{{"section", entry.section},
                              {"id", entry.checkId},
                              {"title", entry.title},
                              {"status", statusName(entry.result.status)},
                              {"summary", entry.result.summary},
                              {"evidence", QJsonArray::fromStringList(entry.result.evidence)},
                              {"fixes", fixIds}};
    }
    QJsonArray applied;
    for (const FixRecord& record : fixes)
        applied << QJsonObject{{"check", record.checkId},
                               {"fix", record.fixId},
                               {"title", record.title},
                               {"finished", record.finishedUtc.toString(Qt::ISODate)},
                               {"ok", record.outcome.ok()},
                               {"changes", QJsonArray::fromStringList(record.outcome.changes)},
                               {"failures", QJsonArray::fromStringList(record.outcome.failures)}};
    return QJsonObject{{"tool", "MARS Setup Doctor"},
                       {"reportId", reportId},
                       {"version", toolVersion},
                       {"created", createdUtc.toString(Qt::ISODate)},
                       {"createdLocal", createdUtc.toOffsetFromUtc(createdUtc.toLocalTime().offsetFromUtc()).toString(Qt::ISODate)},
                       {"machine", machineName},
                       {"os", osVersion},
                       {"cloud", cloudId},
                       {"overall", statusName(worstStatus())},
                       {"checks", checks},
                       {"fixesApplied", applied}};
}

QString Report::toShortText() const
{
    QStringList lines;
    lines << QStringLiteral("MARS Setup Doctor %1, %2, %3 UTC, cloud %4, report %5")
                 .arg(toolVersion, machineName, createdUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm")), cloudId, reportId);
    for (const ReportEntry& entry : entries)
        lines << QStringLiteral("[%1] %2: %3").arg(statusName(entry.result.status).toUpper(), entry.title, entry.result.summary);
    for (const FixRecord& record : fixes)
        lines << QStringLiteral("fix applied: %1 (%2)").arg(record.title, record.outcome.ok() ? QStringLiteral("done") : QStringLiteral("partly done"));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString Report::toText() const
{
    QStringList lines;
    lines << QStringLiteral("MARS Setup Doctor %1 - %2 - %3 UTC - cloud %4 - report %5")
                 .arg(toolVersion, machineName, createdUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), cloudId, reportId);
    for (const ReportEntry& entry : entries) {
        lines << QStringLiteral("[%1] %2: %3").arg(statusName(entry.result.status).toUpper(), entry.title, entry.result.summary);
        for (const QString& line : entry.result.evidence)
            lines << QStringLiteral("    - ") + line;
        for (const auto& fix : entry.result.fixes)
            lines << QStringLiteral("    fix available: %1 (--fix %2/%3)").arg(fix->title(), entry.checkId, fix->id());
    }
    for (const FixRecord& record : fixes)
        lines << QStringLiteral("fix applied: %1 - %2").arg(record.title, record.outcome.ok() ? QStringLiteral("done") : QStringLiteral("partly done"));
    lines << QStringLiteral("overall: %1").arg(statusName(worstStatus()));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

}  // namespace mars
