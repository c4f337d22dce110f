#pragma once
// A report as this program writes it, for the fleet page's tests: shared by its unit and screenshot tests.
#include "checks/Catalog.h"
#include "checks/report/Report.h"
#include "checks/installation/AdminRightsCheck.h"
#include "checks/installation/InstallFolderCheck.h"
#include "checks/TypedIds.h"

#include <QDateTime>
#include <QJsonDocument>

namespace mars::test {

// In `language`: two checks whose summaries name the machine's `account` and folder, the folder's with evidence.
inline QByteArray reportIn(const QString& language, const QString& machine, const QString& id, const QString& account)
{
    Report report;
    report.reportId = id;
    report.toolVersion = QStringLiteral("9.9.9");
    report.createdUtc = QDateTime::fromString(QStringLiteral("2026-12-01T10:00:00Z"), Qt::ISODate);
    report.machineName = machine;
    report.osVersion = QStringLiteral("Windows Server 2022");
    report.cloudId = QStringLiteral("china");
    CheckResult admin;
    admin.status = Status::Fail;
    admin.summary = Message::translatable("mars::AdminRightsCheck", "%1 is not a local administrator.").arg(machine + QLatin1Char('\\') + account);
    CheckResult folder;
    folder.status = Status::Warning;
    folder.summary = Message::translatable("mars::InstallFolderCheck", "%1 is a file, not a folder.").arg(QStringLiteral("C:\\MARS-") + machine);
    folder.evidence << Message::plain(QStringLiteral("Access is denied."));
    report.entries << ReportEntry{findCheck(mars::id<AdminRightsCheck>()), admin} << ReportEntry{findCheck(mars::id<InstallFolderCheck>()), folder};
    return QJsonDocument(report.toJson(TextRenderer::forLanguage(language))).toJson();
}

}  // namespace mars::test
