// Switching language from the Welcome page rebuilds the window in that language, on the same page, and the checks
// that had run run again so their verdicts are in the new language too.
#include "app/Translations.h"
#include "app/WizardHost.h"
#include "../support/CatchQt.h"
#include "../support/WizardHarness.h"

#include <QApplication>
#include <QComboBox>
#include <QSignalSpy>

using namespace mars;

TEST_CASE("choosing 简体中文 rebuilds the window in Chinese on the same page and re-runs the checks", "[app][zh]")
{
    test::Harness h;
    h.wizard->hide();
    WizardHost host(*qApp, {&h.session, h.fake, &h.prompter, h.passphrases});
    host.open(MainWizard::InstallationPageId);
    REQUIRE(h.waitSettled());
    CHECK(h.session.result("admin-rights").summary == "Running as an administrator with full rights.");
    QPointer<MainWizard> before = host.wizard();

    QSignalSpy rebuilt(&host, &WizardHost::rebuilt);
    emit host.wizard()->languageRequested(QStringLiteral("zh_CN"));
    REQUIRE(rebuilt.wait(5000));
    CHECK(before.isNull());  // the old window is gone
    CHECK(host.language() == "zh_CN");
    CHECK(host.wizard()->currentId() == MainWizard::InstallationPageId);
    CHECK(host.wizard()->windowTitle() == QStringLiteral("MARS 安装诊断"));
    REQUIRE(QTest::qWaitFor([&] { return !h.session.isBusy(); }, 5000));
    CHECK(h.session.result("admin-rights").summary == QStringLiteral("正在以具有完整权限的管理员身份运行。"));

    emit host.wizard()->languageRequested(QStringLiteral("en"));
    REQUIRE(rebuilt.wait(5000));
    CHECK(host.wizard()->windowTitle() == "MARS Setup Doctor");
    REQUIRE(QTest::qWaitFor([&] { return !h.session.isBusy(); }, 5000));
}
