// The window on the screens helpdesks guide users on: 1366x768 at 150 % (many laptops) and 1920x1080 at 200 %, and in
// Windows' High Contrast Black theme. On every page the wizard and its Back, Next, Finish and Cancel buttons are on
// the screen (the page content scrolls instead), no text is cut off, nothing is drawn over anything else, and text
// keeps a 4.5:1 contrast. Run by screen-fit.sh on a real X server (Xvfb) of that size with QT_SCALE_FACTOR set;
// screenshots fit-{150,200}-*.png, fit-{150,200}-zh-*.png and contrast-black-*.png.
#include "tests/support/LayoutProblems.h"
#include "tests/support/Screenshots.h"
#include "tests/support/Skip.h"
#include "tests/support/WizardHarness.h"
#include "app/Translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGuiApplication>
#include <QScreen>
#include <QScrollArea>
#include <QTreeWidget>

using namespace mars;

namespace {
QString scaleName()
{
    const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR");
    if (QGuiApplication::platformName() != QLatin1String("xcb") || (scale != QLatin1String("1.5") && scale != QLatin1String("2")))
        test::skipTest("needs the X server and scale screen-fit.sh sets up");
    return scale == QLatin1String("2") ? QStringLiteral("200") : QStringLiteral("150");
}

// Windows' "High Contrast Black" system colours (Settings > Accessibility > Contrast themes), as Qt's Windows theme
// maps them onto a palette.
QPalette highContrastBlack()
{
    const QColor black(0, 0, 0), white(255, 255, 255), cyan(0x1a, 0xeb, 0xff), yellow(0xff, 0xff, 0x00), green(0x3f, 0xf2, 0x3f);
    QPalette palette;
    for (const QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button, QPalette::ToolTipBase})
        palette.setColor(role, black);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText, QPalette::BrightText})
        palette.setColor(role, white);
    palette.setColor(QPalette::Highlight, cyan);
    palette.setColor(QPalette::HighlightedText, black);
    palette.setColor(QPalette::Link, yellow);
    palette.setColor(QPalette::PlaceholderText, green);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, green);
    palette.setColor(QPalette::Disabled, QPalette::Text, green);
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, green);
    return palette;
}

void walkEveryPage(const QString& shotPrefix)
{
    test::Harness h(-185.0);
    h.fake->tmp["C:/Windows/Temp"] = {true, false, "", 70000, 70000ull * 2048, 2};
    const QRect available = h.wizard->screen()->availableGeometry();
    INFO("available " << available.width() << "x" << available.height());
    REQUIRE(available.height() < 560);  // the device-independent height of 768 pixels at 150 %, or 1080 at 200 %
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
        const QStringList problems = test::layoutProblems(*h.wizard);
        INFO(problems.join(QLatin1Char('\n')).toStdString());
        CHECK(problems.isEmpty());
        if (h.wizard->currentId() == MainWizard::WelcomePageId) {
            // The question that matters most, "the error the agent showed", is in sight without scrolling.
            const QWidget* input = h.wizard->findChild<QWidget*>(QStringLiteral("agentErrorInput"));
            REQUIRE(input);
            const QScrollArea* scroll = nullptr;
            for (QWidget* parent = input->parentWidget(); parent && !scroll; parent = parent->parentWidget())
                scroll = qobject_cast<QScrollArea*>(parent);
            REQUIRE(scroll);
            const QRect inView(input->mapTo(scroll->viewport(), QPoint(0, 0)), input->size());
            INFO("error input at " << inView.y() << ".." << inView.bottom() << " of a viewport " << scroll->viewport()->height() << " high");
            CHECK(scroll->viewport()->rect().contains(inView));
        }
        if (h.wizard->currentId() == MainWizard::summaryPageId()) {
            // Every check's row in sight: the table is not cut at its last row.
            const auto* table = h.wizard->findChild<QTreeWidget*>(QStringLiteral("summaryTable"));
            REQUIRE(table);
            const QTreeWidgetItem* section = table->topLevelItem(table->topLevelItemCount() - 1);
            const QTreeWidgetItem* last = section->child(section->childCount() - 1);
            const QRect lastRow = table->visualItemRect(last);
            INFO("last row at " << lastRow.y() << ".." << lastRow.bottom() << " of a viewport " << table->viewport()->height() << " high");
            CHECK(table->viewport()->rect().contains(lastRow));
        }
        test::saveScreenshot(*h.wizard, shotPrefix + QLatin1String(name));
        if (h.wizard->currentId() != MainWizard::summaryPageId())
            h.next();
    }
}
}  // namespace

TEST_CASE("every page fits the screen, buttons included, with no text cut off or drawn over", "[gui][fit]")
{
    walkEveryPage(QStringLiteral("fit-%1-").arg(scaleName()));
}

TEST_CASE("every page in High Contrast Black keeps its text readable", "[gui][fit][contrast]")
{
    const QString scale = scaleName();
    const QPalette before = QApplication::palette();
    QApplication::setPalette(highContrastBlack());
    walkEveryPage(QStringLiteral("contrast-black-%1-").arg(scale));
    QApplication::setPalette(before);
}

TEST_CASE("every page fits in Simplified Chinese too", "[gui][fit][zh]")
{
    const QString scale = scaleName();
    REQUIRE(installTranslations(*qApp, QStringLiteral("zh_CN")) == "zh_CN");
    walkEveryPage(QStringLiteral("fit-%1-zh-").arg(scale));
    installTranslations(*qApp, QStringLiteral("en"));
}
