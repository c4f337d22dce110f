// The scheduled-backup row as a helpdesk sees it on a registered server whose backup task is disabled, in English and
// Chinese, over the fake platform (a registered agent with its Task Scheduler tasks cannot be set up on the build
// machine; checks/platform/tests/Win32BackupScheduleTest.cpp shows the Win32 reads under Wine). Screenshots:
// backup-task-disabled-{en,zh}.png (the row) and -window.png under <build>/screenshots.
#include "tests/support/Screenshots.h"
#include "tests/support/WizardHarness.h"
#include "app/Translations.h"
#include "checks/registration/BackupScheduleCheck.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>

using namespace mars;

namespace {
void showDisabledBackupTask(const QString& language, const QString& verdict, const QString& fixTitle)
{
    test::Harness h;
    h.wizard->resize(820, 760);  // room for the open row's evidence lines
    h.fake->installFolder = "C:/Program Files/Microsoft Azure Recovery Services Agent";
    h.fake->registration.registered = true;
    h.fake->registration.vault.state = platform::RegisteredVault::State::Registered;
    h.fake->schedule.tasks.at(0).enabled = false;

    h.wizard->setStartId(MainWizard::pageIdFromName(QStringLiteral("registration")));
    h.wizard->restart();
    REQUIRE(h.waitSettled());
    CHECK(h.shownStatus(QLatin1String(BackupScheduleCheck::kId)) == Status::Fail);
    CheckRow* row = h.row(QLatin1String(BackupScheduleCheck::kId));
    REQUIRE(row);
    CHECK(row->findChild<QLabel*>("verdict")->text().contains(verdict));
    auto* enable = row->findChild<QPushButton*>("fix_enable-backup-task");
    REQUIRE(enable);
    CHECK(enable->text() == fixTitle);
    test::Harness::openRow(row);
    test::saveScreenshot(*row, QStringLiteral("backup-task-disabled-") + language);
    test::saveScreenshot(*h.wizard, QStringLiteral("backup-task-disabled-") + language + QStringLiteral("-window"));
}
}  // namespace

TEST_CASE("a registered server whose backup task is disabled, in English", "[gui][backup-schedule]")
{
    showDisabledBackupTask(QStringLiteral("en"), QStringLiteral("The backup task is disabled: scheduled backups do not start."),
                           QStringLiteral("Enable the backup task"));
}

TEST_CASE("a registered server whose backup task is disabled, in Simplified Chinese", "[gui][zh][backup-schedule]")
{
    REQUIRE(installTranslations(*qApp, QStringLiteral("zh_CN")) == "zh_CN");
    showDisabledBackupTask(QStringLiteral("zh"), QStringLiteral("备份任务已被禁用：计划的备份不会启动。"), QStringLiteral("启用备份任务"));
    installTranslations(*qApp, QStringLiteral("en"));
}
