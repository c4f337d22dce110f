// The Summary page's "Save support bundle…": clicked by its objectName, written off the UI thread, the zip read back
// (both languages, this program's log, the masks when "Mask names" is ticked), a failure said to the user; and the
// page with the new button in English and Chinese (summary-bundle.png, zh-summary-bundle.png).
#include "tests/support/Screenshots.h"
#include "tests/support/TempFolderQt.h"
#include "tests/support/WizardHarness.h"
#include "app/Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QJsonDocument>
#include <QPushButton>
#include <QSignalSpy>
#include <QtGui/private/qzipreader_p.h>

using namespace mars;

namespace {
// The harness's wizard again, with a program log to put in the bundle.
void useProgramLog(test::Harness& h, const QString& log)
{
    QFile file(log);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("2026-12-01 12:00:00 info the program's own log line\n");
    file.close();
    h.wizard = std::make_unique<MainWizard>(MainWizard::Services{&h.session, h.fake, &h.prompter, h.passphrases, log});
    h.wizard->resize(820, 640);
    h.wizard->setStartId(MainWizard::summaryPageId());
    h.wizard->show();
    REQUIRE(QTest::qWaitForWindowExposed(h.wizard.get()));
}

QList<QVariantList> clickAndWait(test::Harness& h)
{
    QSignalSpy saved(h.wizard.get(), &MainWizard::bundleSaved);
    auto* button = h.wizard->findChild<QPushButton*>(QStringLiteral("saveBundle"));
    REQUIRE(button);
    REQUIRE(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return saved.size() == 1; }, 10000));
    CHECK(button->isEnabled());  // enabled again once written
    return {saved.first()};
}
}  // namespace

TEST_CASE("the Summary page's support bundle button writes the zip off the UI thread", "[gui][bundle]")
{
    test::Harness h;
    test::TempFolderQt folder;
    useProgramLog(h, folder.file(QStringLiteral("doctor.log")));
    h.session.runAll();
    REQUIRE(h.waitSettled());
    h.prompter.saveFolder = folder.path();

    const QVariantList first = clickAndWait(h).first();
    const QString path = first[0].toString();
    CHECK(first[1].toBool());
    CHECK(QFileInfo(path).fileName().startsWith(QStringLiteral("MarsSetupDoctor-")));
    CHECK(path.endsWith(QStringLiteral("Z.zip")));
    {
        QZipReader zip(path);
        REQUIRE(zip.status() == QZipReader::NoError);
        QStringList names;
        for (const auto& info : zip.fileInfoList())
            names << info.filePath;
        CHECK(names.contains(QStringLiteral("report.json")));
        CHECK(names.contains(QStringLiteral("report.zh_CN.json")));
        CHECK(names.contains(QStringLiteral("report.zh_CN.html")));
        CHECK(names.contains(QStringLiteral("MANIFEST.txt")));
        CHECK(zip.fileData(QStringLiteral("logs/mars-setup-doctor.log")).contains("the program's own log line"));
        CHECK(QJsonDocument::fromJson(zip.fileData(QStringLiteral("report.json")))[QStringLiteral("reportId")] == h.wizard->reportId());
    }
    test::saveScreenshot(*h.wizard, QStringLiteral("12-summary-bundle"));

    // "Mask names": the computer's name is in none of the files, nor in the suggested file name.
    h.wizard->findChild<QCheckBox*>(QStringLiteral("redactBundle"))->setChecked(true);
    const QVariantList masked = clickAndWait(h).first();
    CHECK(masked[1].toBool());
    CHECK_FALSE(masked[0].toString().contains(QSysInfo::machineHostName()));
    {
        QZipReader zip(masked[0].toString());
        REQUIRE(zip.status() == QZipReader::NoError);
        CHECK(QJsonDocument::fromJson(zip.fileData(QStringLiteral("report.json")))[QStringLiteral("machine")] == QStringLiteral("<computer>"));
        CHECK(zip.fileData(QStringLiteral("MANIFEST.txt")).contains("--redact: masked"));
    }

    // A folder that does not exist: the user is told, nothing is left.
    h.prompter.saveFolder = folder.file(QStringLiteral("gone"));
    const int asked = int(h.prompter.asked.size());
    const QVariantList failed = clickAndWait(h).first();
    CHECK_FALSE(failed[1].toBool());
    REQUIRE(h.prompter.asked.size() == asked + 1);
    CHECK(h.prompter.asked.last().startsWith(QStringLiteral("Could not save the support bundle|")));
    CHECK_FALSE(QFileInfo::exists(failed[0].toString()));

    // Cancelled: nothing asked, nothing written, the button stays usable.
    h.prompter.saveFolder.clear();
    CHECK_FALSE(h.wizard->saveBundle(false));
}

TEST_CASE("the Summary page with the support bundle button in Chinese", "[gui][bundle][zh]")
{
    REQUIRE(installTranslations(*qApp, QStringLiteral("zh_CN")) == "zh_CN");
    {
        test::Harness h;
        h.wizard->setStartId(MainWizard::summaryPageId());
        h.wizard->restart();
        h.session.runAll();
        REQUIRE(h.waitSettled());
        auto* button = h.wizard->findChild<QPushButton*>(QStringLiteral("saveBundle"));
        REQUIRE(button);
        CHECK(button->text() != QStringLiteral("Save support bundle…"));
        CHECK(h.wizard->findChild<QCheckBox*>(QStringLiteral("redactBundle"))->text() != QStringLiteral("Mask names"));
        test::saveScreenshot(*h.wizard, QStringLiteral("zh-12-summary-bundle"));
    }
    installTranslations(*qApp, QStringLiteral("en"));
}
