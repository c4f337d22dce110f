// The window fits a 1366x768 screen at 150 % (what many helpdesk laptops have): on every page the wizard and its
// Back, Next, Finish and Cancel buttons are on the screen, and the page content scrolls instead. Run by
// screen-fit.sh on a real X server (Xvfb) of that size with QT_SCALE_FACTOR=1.5; screenshots fit-150-*.png.
#include "../support/Screenshots.h"
#include "../support/Skip.h"
#include "../support/WizardHarness.h"

#include <QAbstractButton>
#include <QGuiApplication>
#include <QScreen>

using namespace mars;

TEST_CASE("every page fits 1366x768 at 150 %, buttons included", "[gui][fit]")
{
    if (QGuiApplication::platformName() != QLatin1String("xcb") || qEnvironmentVariable("QT_SCALE_FACTOR") != QLatin1String("1.5"))
        test::skipTest("needs the X server and scale screen-fit.sh sets up");
    test::Harness h(-185.0);
    h.fake->tmp["C:/Windows/Temp"] = {true, false, "", 70000, 70000ull * 2048, 2};
    const QRect available = h.wizard->screen()->availableGeometry();
    INFO("available " << available.width() << "x" << available.height());
    REQUIRE(available.height() < 560);  // the device-independent size of 768 pixels at 150 %
    const char* names[] = {"welcome", "installation", "registration", "summary"};
    for (const char* name : names) {
        INFO(name);
        REQUIRE(h.waitSettled());
        QCoreApplication::processEvents();
        CHECK(available.contains(h.wizard->frameGeometry()));
        for (const QWizard::WizardButton which : {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton}) {
            const QAbstractButton* button = h.wizard->button(which);
            if (!button->isVisible())
                continue;
            const QRect onScreen(button->mapToGlobal(QPoint(0, 0)), button->size());
            CHECK(available.contains(onScreen));
        }
        test::saveScreenshot(*h.wizard, QStringLiteral("fit-150-") + QLatin1String(name));
        if (h.wizard->currentId() != MainWizard::summaryPageId())
            h.next();
    }
}
