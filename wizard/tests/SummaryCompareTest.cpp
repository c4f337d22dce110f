// "Compare with an earlier report…" on the Summary page: a report saved while the installation folder was Hidden and
// Compressed, compared after the folder was put right. Read off the UI thread; a bad file is said on the page.
// Screenshots: summary-compare-{en,zh}.png under <build>/screenshots.
#include "tests/support/Screenshots.h"
#include "tests/support/TempFolderQt.h"
#include "tests/support/WizardHarness.h"
#include "app/Translations.h"
#include "checks/report/Report.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <catch2/catch.hpp>

using namespace mars;

namespace {
void toSummary(test::Harness& h)
{
    for (int i = 0; i < 6 && h.wizard->currentId() != MainWizard::summaryPageId(); ++i) {
        h.next();
        REQUIRE(h.waitSettled());
    }
    REQUIRE(h.wizard->currentId() == MainWizard::summaryPageId());
}

void compareAfterTheFix(const QString& language, const QString& better)
{
    test::Harness h;
    h.wizard->resize(820, 760);
    toSummary(h);
    test::TempFolderQt folder;
    const QString earlier = folder.file(QStringLiteral("before.json"));
    {
        QFile file(earlier);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(Report::fromSession(h.session, QStringLiteral("9.9.9"), QStringLiteral("0A1B2C3D")).toJson()).toJson());
    }
    h.fake->onDisk["/programs/agent"] = {};
    h.session.runAll();
    REQUIRE(h.waitSettled());

    auto* comparison = h.wizard->findChild<QLabel*>(QStringLiteral("comparison"));
    REQUIRE(comparison);
    CHECK_FALSE(comparison->isVisible());
    // A file that is not a report first: the page says why, and nothing is compared.
    const QString bad = folder.file(QStringLiteral("bad.json"));
    {
        QFile file(bad);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("{\"tool\": \"something else\"}");
    }
    h.prompter.file = bad;
    QTest::mouseClick(h.wizard->findChild<QPushButton*>(QStringLiteral("compareReport")), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return comparison->text().contains(QLatin1String("MARS Setup Doctor")); }, 5000));
    CHECK_FALSE(h.wizard->earlierReport());

    h.prompter.file = earlier;
    QTest::mouseClick(h.wizard->findChild<QPushButton*>(QStringLiteral("compareReport")), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return h.wizard->earlierReport() != nullptr; }, 5000));
    CHECK(comparison->isVisible());
    CHECK(comparison->text().contains(QLatin1String("0A1B2C3D")));
    CHECK(comparison->text().contains(better));
    test::saveScreenshot(*h.wizard, QStringLiteral("summary-compare-") + language);

    // The reports saved now say the same.
    h.prompter.saveFolder = folder.path();
    const QStringList saved = test::savedReport(*h.wizard);
    REQUIRE(saved.size() == 2);
    QFile json(saved[1]);
    REQUIRE(json.open(QIODevice::ReadOnly));
    CHECK(json.readAll().contains("\"earlierReportId\": \"0A1B2C3D\""));
}
}  // namespace

TEST_CASE("the Summary page compares with an earlier report, in English", "[gui][compare]")
{
    compareAfterTheFix(QStringLiteral("en"), QStringLiteral("Failed → Passed (better)"));
}

TEST_CASE("the Summary page compares with an earlier report, in Simplified Chinese", "[gui][zh][compare]")
{
    REQUIRE(installTranslations(*qApp, QStringLiteral("zh_CN")) == "zh_CN");
    compareAfterTheFix(QStringLiteral("zh"), QStringLiteral("(好转)"));
    installTranslations(*qApp, QStringLiteral("en"));
}
