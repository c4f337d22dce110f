// The antivirus exclusions row as a helpdesk sees it when Defender lacks the agent's exclusions, in English and Chinese,
// over the fake platform (the build machine has no Defender). Screenshots: antivirus-missing-{en,zh}.png (the row) and
// -window.png under <build>/screenshots.
#include "tests/support/Screenshots.h"
#include "tests/support/WizardHarness.h"
#include "app/Translations.h"
#include "checks/registration/AntivirusExclusionsCheck.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>

using namespace mars;

namespace {
void showMissingExclusions(const QString& language, const QString& addTitle)
{
    test::Harness h;
    h.wizard->resize(820, 760);  // room for the open row's evidence lines
    h.fake->installFolder = "C:\\Program Files\\Microsoft Azure Recovery Services Agent";
    h.fake->installed = true;
    h.fake->binary.installed = true;
    h.fake->defender.local.paths = {"D:\\SQLData", "c:\\program files\\microsoft azure recovery services agent\\bin\\"};
    h.fake->defender.local.processes.clear();
    h.fake->defender.tamperProtection = false;

    h.wizard->setStartId(MainWizard::pageIdFromName(QStringLiteral("registration")));
    h.wizard->restart();
    REQUIRE(h.waitSettled());
    CHECK(h.shownStatus(QLatin1String(AntivirusExclusionsCheck::kId)) == Status::Warning);
    CheckRow* row = h.row(QLatin1String(AntivirusExclusionsCheck::kId));
    REQUIRE(row);
    CHECK(row->findChild<QLabel*>("verdict")->text().contains(QStringLiteral("Scratch")));
    bool offered = false;
    for (const QPushButton* button : row->findChildren<QPushButton*>())
        offered = offered || button->text().contains(addTitle);
    CHECK(offered);
    test::Harness::openRow(row);
    test::saveScreenshot(*row, QStringLiteral("antivirus-missing-") + language);
    test::saveScreenshot(*h.wizard, QStringLiteral("antivirus-missing-") + language + QStringLiteral("-window"));
}
}  // namespace

TEST_CASE("Defender lacks the agent's exclusions, in English", "[gui][antivirus]")
{
    showMissingExclusions(QStringLiteral("en"), QStringLiteral("Add these exclusions"));
}

TEST_CASE("Defender lacks the agent's exclusions, in Simplified Chinese", "[gui][zh][antivirus]")
{
    REQUIRE(installTranslations(*qApp, QStringLiteral("zh_CN")) == "zh_CN");
    showMissingExclusions(QStringLiteral("zh"), QStringLiteral("添加这些排除项"));
    installTranslations(*qApp, QStringLiteral("en"));
}
