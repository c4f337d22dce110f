// The wizard in Simplified Chinese: the catalogue is complete, every page renders in it, and the Welcome page's
// language list asks for a rebuild in the chosen language. Screenshots: zh-*.png (fonts-noto-cjk, no tofu).
#include "tests/support/Screenshots.h"
#include "tests/support/WizardHarness.h"
#include "app/Translations.h"
#include "checks/Catalog.h"
#include "checks/registration/ClockCheck.h"
#include "checks/installation/InstallFolderCheck.h"
#include "checks/TypedIds.h"
#include "wizard/MainWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace mars;

TEST_CASE("each library's zh_CN catalogue has no unfinished entry", "[zh]")
{
    for (const char* catalogue : {"/checks/translations/mars_checks_zh_CN.ts", "/wizard/translations/mars_wizard_zh_CN.ts",
                                  "/app/translations/mars_app_core_zh_CN.ts"}) {
        INFO(catalogue);
        QFile file(QStringLiteral(MARS_SOURCE_DIR) + QLatin1String(catalogue));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray ts = file.readAll();
        // Every message translated, and none left empty: a catalogue lupdate has found texts in (translations_complete
        // says it found every text of its library).
        CHECK(ts.count("<message") > 0);
        CHECK(ts.count("<translation>") == ts.count("<message"));
        CHECK(ts.count("<translation></translation>") == 0);
        CHECK(ts.count("type=\"unfinished\"") == 0);
        CHECK(ts.count("type=\"vanished\"") == 0);
    }
}

TEST_CASE("every page in Simplified Chinese", "[zh][gui]")
{
    REQUIRE(installTranslations(*qApp, QStringLiteral("zh_CN")) == "zh_CN");
    {
        test::Harness h(-185.0);  // built after the translator is installed, so it speaks Chinese
        h.fake->tmp["C:/Windows/Temp"] = {true, false, "", 70000, 70000ull * 2048, 0};
        h.fake->admin = {true, true, false, platform::ElevationType::Limited, "CONTOSO\\helpdesk", ""};
        MainWizard& wizard = *h.wizard;
        CheckSession& session = h.session;
        CHECK(wizard.windowTitle() == QStringLiteral("MARS 安装诊断"));
        CHECK(wizard.button(QWizard::NextButton)->text() == QStringLiteral("开始"));
        test::saveScreenshot(wizard, QStringLiteral("zh-01-welcome"));
        const char* pages[] = {"zh-02-installation", "zh-03-registration", "zh-04-summary"};
        for (const char* name : pages) {
            QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
            REQUIRE(QTest::qWaitFor([&] { return !session.isBusy(); }, 10000));
            test::saveScreenshot(wizard, QString::fromLatin1(name));
        }
        CHECK(session.result(id<InstallFolderCheck>()).summary.render() == QStringLiteral("安装文件夹具有隐藏和压缩属性。"));
        CHECK(session.result(id<ClockCheck>()).summary.render() == QStringLiteral("时钟快了 3 分 5 秒。"));
    }
    installTranslations(*qApp, QStringLiteral("en"));
}

TEST_CASE("choosing a language on the Welcome page asks for the window in that language", "[zh][gui]")
{
    auto fake = std::make_shared<test::FakePlatform>();
    test::AnsweringPrompter prompter;
    CheckSession session;
    MainWizard wizard({&session, fake, &prompter});
    auto* languages = wizard.findChild<QComboBox*>(QStringLiteral("languageCombo"));
    REQUIRE(languages);
    CHECK(languages->itemText(1) == QStringLiteral("简体中文"));
    QSignalSpy requested(&wizard, &MainWizard::languageRequested);
    languages->setCurrentIndex(1);
    emit languages->activated(1);
    REQUIRE(requested.size() == 1);
    CHECK(requested[0][0].toString() == "zh_CN");
}
