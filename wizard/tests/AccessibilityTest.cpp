// A wizard everyone can use: every control a screen reader meets has a name, and the keyboard alone reaches every
// fix and button in reading order ("Why we think so" opens with Space).
#include "checks/registration/ClockCheck.h"
#include "checks/TypedIds.h"
#include "tests/support/LayoutProblems.h"
#include "tests/support/WizardHarness.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>

using namespace mars;

namespace {
bool interactive(const QWidget* widget)
{
    return qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QLineEdit*>(widget) ||
           qobject_cast<const QComboBox*>(widget) || qobject_cast<const QAbstractItemView*>(widget) ||
           qobject_cast<const CheckRow*>(widget);
}

QString accessibleName(QWidget* widget)
{
    QAccessibleInterface* face = QAccessible::queryAccessibleInterface(widget);
    return face ? face->text(QAccessible::Name) : QString();
}
}  // namespace

TEST_CASE("every button, field, list and check row on every page has an accessible name", "[gui][a11y]")
{
    test::Harness h(-185.0);
    h.fake->tmp["C:/Windows/Temp"] = {true, false, "", 12, 12 * 1024, 0};
    for (int page = 0; page <= MainWizard::summaryPageId(); ++page) {
        REQUIRE(h.waitSettled());
        QWidget* current = h.wizard->currentPage();
        int named = 0;
        for (QWidget* widget : current->findChildren<QWidget*>()) {
            // An item view's header and viewport are parts of it, named through it.
            if (!widget->isVisibleTo(h.wizard.get()) || !interactive(widget) || qobject_cast<QAbstractItemView*>(widget->parentWidget()))
                continue;
            INFO(MainWizard::pageName(page).toStdString() << ": " << widget->metaObject()->className() << " "
                                                          << widget->objectName().toStdString());
            CHECK_FALSE(accessibleName(widget).trimmed().isEmpty());
            ++named;
        }
        CHECK(named >= 2);
        if (page < MainWizard::summaryPageId())
            h.next();
    }
}

TEST_CASE("the keyboard reaches every fix and details toggle in reading order, and Space opens the details", "[gui][keyboard]")
{
    test::Harness h(-185.0);
    h.fake->tmp["C:/Windows/Temp"] = {true, false, "", 12, 12 * 1024, 0};
    h.wizard->setStartId(MainWizard::pageIdFromName(QStringLiteral("registration")));
    h.wizard->restart();
    REQUIRE(h.waitSettled());
    QWidget* page = h.wizard->currentPage();
    // From the wizard's last button, Tab enters the page at its first control; go round once.
    QWidget* start = h.wizard->button(QWizard::CancelButton);
    start->setFocus(Qt::TabFocusReason);
    QList<QWidget*> order;
    for (int i = 0; i < 80 && (order.isEmpty() || QApplication::focusWidget() != start); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        order << QApplication::focusWidget();
    }
    auto* content = page->findChild<QScrollArea*>(QStringLiteral("pageScroll"))->widget();
    QList<QWidget*> onPage, inContent;
    for (QWidget* widget : std::as_const(order)) {
        if (widget && page->isAncestorOf(widget))
            onPage << widget;
        if (widget && content->isAncestorOf(widget))
            inContent << widget;
    }
    // Every fix button and every details toggle of the page is in the tab chain.
    for (QAbstractButton* button : page->findChildren<QAbstractButton*>()) {
        if (!button->isVisible() || !(button->objectName().startsWith(QLatin1String("fix_")) || button->objectName() == QLatin1String("details")))
            continue;
        INFO(button->objectName().toStdString() << " of " << button->parentWidget()->objectName().toStdString());
        CHECK(onPage.contains(button));
    }
    // Reading order within the scrolled content: top to bottom (left to right within a line); "Check again" after it.
    REQUIRE(inContent.size() >= 4);
    CHECK(onPage.first() == inContent.first());
    for (int i = 1; i < inContent.size(); ++i) {
        const QPoint a = inContent[i - 1]->mapTo(content, QPoint(0, 0));
        const QPoint b = inContent[i]->mapTo(content, QPoint(0, 0));
        INFO(inContent[i - 1]->objectName().toStdString() << " then " << inContent[i]->objectName().toStdString());
        CHECK((b.y() > a.y() - 4 || (std::abs(b.y() - a.y()) <= 4 && b.x() >= a.x())));
    }
    CHECK(onPage.last() == page->findChild<QPushButton*>(QStringLiteral("recheck")));
    // The wizard's own buttons follow the page.
    CHECK(order.contains(h.wizard->button(QWizard::NextButton)));

    CheckRow* clock = h.row(id<ClockCheck>());
    auto* details = clock->findChild<QToolButton*>(QStringLiteral("details"));
    REQUIRE(details);
    details->setFocus(Qt::TabFocusReason);
    QTest::keyClick(details, Qt::Key_Space);
    CHECK(clock->findChild<QLabel*>(QStringLiteral("evidence"))->isVisible());
    auto* fix = clock->findChild<QPushButton*>(QStringLiteral("fix_resync-clock"));
    REQUIRE(fix);
    fix->setFocus(Qt::TabFocusReason);
    h.prompter.answer = false;
    QTest::keyClick(fix, Qt::Key_Space);
    REQUIRE_FALSE(h.prompter.asked.isEmpty());
    CHECK(h.prompter.asked.last().startsWith(QLatin1String("Resync clock")));
}

TEST_CASE("the layout checker of the screen tests finds cut-off text, overlapping controls and faint text", "[gui][fit]")
{
    // The screen tests pass only when test::layoutProblems() finds nothing: prove it would find each kind.
    QWidget window;
    window.resize(300, 200);
    auto* narrow = new QLabel(QStringLiteral("A label far wider than the room it was given"), &window);
    narrow->setObjectName(QStringLiteral("narrow"));
    narrow->setGeometry(0, 0, 60, 20);
    auto* wrapped = new QLabel(QStringLiteral("A wrapped label with several lines of text in a box one line high"), &window);
    wrapped->setObjectName(QStringLiteral("wrapped"));
    wrapped->setWordWrap(true);
    wrapped->setGeometry(0, 40, 80, 16);
    auto* under = new QPushButton(QStringLiteral("OK"), &window);
    under->setGeometry(100, 100, 80, 30);
    auto* over = new QPushButton(QStringLiteral("Go"), &window);
    over->setGeometry(120, 110, 80, 30);
    auto* faint = new QLabel(QStringLiteral("faint"), &window);
    faint->setObjectName(QStringLiteral("faint"));
    faint->setGeometry(200, 0, 90, 30);
    QPalette palette = faint->palette();
    palette.setColor(QPalette::WindowText, QColor(0xd0, 0xd0, 0xd0));
    palette.setColor(QPalette::Window, Qt::white);
    faint->setPalette(palette);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QString problems = test::layoutProblems(window).join(QLatin1Char('\n'));
    INFO(problems.toStdString());
    CHECK(problems.contains(QStringLiteral("text cut off: narrow")));
    CHECK(problems.contains(QStringLiteral("text cut off: wrapped")));
    CHECK(problems.contains(QStringLiteral("overlap: ")));
    CHECK(problems.contains(QStringLiteral("low contrast")));
    CHECK(problems.contains(QStringLiteral("faint")));

    narrow->resize(narrow->sizeHint());
    wrapped->resize(80, wrapped->heightForWidth(80));
    over->move(200, 160);
    faint->setPalette(QPalette());
    faint->move(200, 60);
    CHECK(test::layoutProblems(window).isEmpty());
}
