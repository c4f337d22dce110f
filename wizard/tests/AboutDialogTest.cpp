// The wizard's "About" button: on every page, it opens the About box with the version, the program's license, the
// third-party notices compiled in from resources/notices (the same text the install folder ships) and where the
// license texts are; in English and Chinese (about-en.png, about-zh.png), the notices staying in English.
#include "tests/support/Screenshots.h"
#include "tests/support/WizardHarness.h"
#include "app/Translations.h"
#include "wizard/AboutDialog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>

using namespace mars;

namespace {
AboutDialog* openAbout(test::Harness& h)
{
    auto* button = h.wizard->findChild<QAbstractButton*>(QStringLiteral("aboutButton"));
    REQUIRE(button);
    REQUIRE(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    auto* dialog = h.wizard->findChild<AboutDialog*>(QStringLiteral("aboutDialog"));
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    return dialog;
}

QString sourceNotices()
{
    QFile file(QStringLiteral(MARS_SOURCE_DIR "/resources/notices/THIRD-PARTY-NOTICES.txt"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

void checkNotices(AboutDialog& dialog)
{
    auto* notices = dialog.findChild<QPlainTextEdit*>(QStringLiteral("noticesText"));
    REQUIRE(notices);
    CHECK(notices->isReadOnly());
    CHECK(notices->isVisible());
    const QString text = notices->toPlainText();
    CHECK(text == sourceNotices());
    CHECK(text.contains(QStringLiteral("LGPL-3.0")));
    CHECK(text.contains(QStringLiteral("spdlog")));
    CHECK(text.contains(QStringLiteral("build-qt-mingw.sh")));
    CHECK(notices->verticalScrollBar()->maximum() > 0);  // longer than the view: it scrolls
}
}  // namespace

TEST_CASE("the About button is on every page and opens the About box", "[gui][about]")
{
    test::Harness h;
    for (int id = MainWizard::WelcomePageId; id <= MainWizard::summaryPageId(); ++id) {
        h.wizard->setStartId(id);
        h.wizard->restart();
        auto* button = h.wizard->findChild<QAbstractButton*>(QStringLiteral("aboutButton"));
        REQUIRE(button);
        INFO("page " << MainWizard::pageName(id).toStdString());
        CHECK(button->isVisible());
        CHECK(button->text() == QStringLiteral("About"));
    }
    h.wizard->setStartId(MainWizard::WelcomePageId);
    h.wizard->restart();

    AboutDialog* dialog = openAbout(h);
    CHECK(dialog->isModal());
    CHECK(dialog->windowTitle() == QStringLiteral("About MARS Setup Doctor"));
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("aboutVersion"))->text() == QStringLiteral("Version " MARS_VERSION));
    QStringList labels;
    for (const QLabel* label : dialog->findChildren<QLabel*>())
        labels << label->text();
    CHECK(labels.contains(QStringLiteral("Licensed under the MIT License.")));
    const QString where = dialog->findChild<QLabel*>(QStringLiteral("licenseFolder"))->text();
    CHECK(where.contains(QStringLiteral("LICENSE.txt")));
    CHECK(where.contains(QStringLiteral("LGPL-3.0.txt")));
    CHECK(where.contains(QDir::toNativeSeparators(QCoreApplication::applicationDirPath())));
    // A development build (this test's folder holds no LICENSE.txt) does not claim the files are beside it.
    CHECK(where.startsWith(QStringLiteral("This copy is not installed")));
    CHECK_FALSE(where.contains(QStringLiteral("are in the program's folder")));
    {
        QTemporaryDir installed;
        QFile license(installed.filePath(QStringLiteral("LICENSE.txt")));
        REQUIRE(license.open(QIODevice::WriteOnly));
        license.close();
        const QString there = AboutDialog::licenseWhere(installed.path());
        CHECK(there.startsWith(QStringLiteral("The license texts are in the program's folder, ")));
        CHECK(there.contains(QDir::toNativeSeparators(installed.path())));
    }
    checkNotices(*dialog);
    test::saveScreenshot(*dialog, QStringLiteral("about-en"));

    // Closed, it is gone (deleted on close), and the wizard is usable again.
    const QPointer<AboutDialog> watched(dialog);
    dialog->close();
    REQUIRE(QTest::qWaitFor([&] { return watched.isNull(); }, 2000));
}

TEST_CASE("the About box in Chinese keeps the notices in English", "[gui][about][zh]")
{
    REQUIRE(installTranslations(*qApp, QStringLiteral("zh_CN")) == "zh_CN");
    {
        test::Harness h;
        CHECK(h.wizard->findChild<QAbstractButton*>(QStringLiteral("aboutButton"))->text() != QStringLiteral("About"));
        AboutDialog* dialog = openAbout(h);
        CHECK(dialog->windowTitle() != QStringLiteral("About MARS Setup Doctor"));
        CHECK_FALSE(dialog->findChild<QLabel*>(QStringLiteral("aboutVersion"))->text().startsWith(QStringLiteral("Version")));
        CHECK(dialog->findChild<QLabel*>(QStringLiteral("licenseFolder"))->text().contains(QStringLiteral("LGPL-3.0.txt")));
        checkNotices(*dialog);
        test::saveScreenshot(*dialog, QStringLiteral("about-zh"));
        dialog->close();
    }
    installTranslations(*qApp, QStringLiteral("en"));
}
