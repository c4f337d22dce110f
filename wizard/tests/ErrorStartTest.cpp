// Starting from the error the user saw: typed or pasted on the Welcome page, the checks of its causes run at once
// (also those of later pages), their rows are marked, and the Summary says which causes are here. Screenshots:
// error-welcome-{en,zh}.png, error-installation-{en,zh}.png, error-summary-{en,zh}.png under <build>/screenshots.
#include "tests/support/Screenshots.h"
#include "tests/support/WizardHarness.h"
#include "app/Translations.h"
#include "checks/errors/ErrorFocus.h"
#include "checks/installation/AdminRightsCheck.h"
#include "checks/installation/AgentCheck.h"
#include "checks/registration/ClockCheck.h"
#include "checks/registration/PassphraseCheck.h"
#include "checks/registration/TempFilesCheck.h"
#include "checks/registration/VaultCredentialsCheck.h"
#include "checks/TypedIds.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <catch2/catch.hpp>

using namespace mars;

namespace {
void startFromError(const QString& language, const QString& pasted, const QString& markText)
{
    test::Harness h;
    h.fake->tmp["C:/Windows/Temp"] = {true, false, "", 70000, 70000ull * 2048, 0};  // one of 34513's causes, on the Registration page
    auto* input = h.wizard->findChild<QLineEdit*>(QStringLiteral("agentErrorInput"));
    REQUIRE(input);
    auto* match = h.wizard->findChild<QLabel*>(QStringLiteral("agentErrorMatch"));
    REQUIRE(match);
    CHECK_FALSE(match->isVisible());
    input->setFocus();
    QTest::keyClicks(input, QStringLiteral("help"));
    CHECK(match->isVisible());  // a text it does not know: said so, and every check runs as usual
    CHECK(h.wizard->agentError().isEmpty());
    input->clear();
    input->insert(pasted);  // as a paste would
    CHECK(h.wizard->agentError() == QStringLiteral("34513"));
    CHECK(match->text().contains(QStringLiteral("34513")));
    test::saveScreenshot(*h.wizard, QStringLiteral("error-welcome-") + language);

    h.next();  // Start
    // The Registration page's checks of the causes run now, before their page is shown.
    CHECK(h.session.runCount(id<TempFilesCheck>()) == 1);
    CHECK(h.session.runCount(id<ClockCheck>()) == 1);
    CHECK(h.session.runCount(id<VaultCredentialsCheck>()) == 1);
    CHECK(h.session.runCount(id<PassphraseCheck>()) == 0);  // not a cause: it waits for its page
    REQUIRE(h.waitSettled());
    auto* agentMark = h.row(id<AgentCheck>())->findChild<QLabel*>(QStringLiteral("errorCauseMark"));
    REQUIRE(agentMark);
    CHECK(agentMark->isVisible());
    CHECK(agentMark->text().contains(markText));
    CHECK_FALSE(h.row(id<AdminRightsCheck>())->findChild<QLabel*>(QStringLiteral("errorCauseMark"))->isVisible());
    test::saveScreenshot(*h.wizard, QStringLiteral("error-installation-") + language);

    h.next();
    REQUIRE(h.waitSettled());
    CHECK(h.session.runCount(id<TempFilesCheck>()) == 1);  // shown, not run again
    h.next();
    REQUIRE(h.waitSettled());
    auto* focus = h.wizard->findChild<QLabel*>(QStringLiteral("errorFocus"));
    REQUIRE(focus);
    CHECK(focus->isVisible());
    CHECK(focus->text().contains(QStringLiteral("34513")));
    CHECK(focus->text().contains(findCheck(id<TempFilesCheck>())->titleMessage().render().toHtmlEscaped()));
    // No vault file was chosen: that cause was not examined, so it is listed as such and never as found here.
    const QString vaultTitle = findCheck(id<VaultCredentialsCheck>())->titleMessage().render().toHtmlEscaped();
    const ErrorFocus shown(QStringLiteral("34513"), [&](const QString& id) { return h.session.result(id); });
    CHECK(shown.notExamined().contains(id<VaultCredentialsCheck>()));
    CHECK_FALSE(shown.found().contains(id<VaultCredentialsCheck>()));
    const QString found = shown.verdict().render().toHtmlEscaped();
    CHECK(focus->text().contains(found));
    const qsizetype notExamined = found.lastIndexOf(vaultTitle);
    REQUIRE(notExamined > 0);
    CHECK(found.indexOf(vaultTitle) == notExamined);  // once, in the last list: "Not examined"
    CHECK(found.indexOf(findCheck(id<TempFilesCheck>())->titleMessage().render().toHtmlEscaped()) < notExamined);
    // The code a ticket quotes, beside the cause found: the same in every language.
    CHECK(h.session.result(id<TempFilesCheck>()).status == Status::Fail);
    QLabel* tempCode = h.summaryCode(id<TempFilesCheck>());
    REQUIRE(tempCode);
    CHECK(tempCode->text() == codeText<TempFilesCheck>(TempFilesCheck::Code::TooMany));
    CHECK(tempCode->isVisible());
    CHECK(tempCode->accessibleName() == QCoreApplication::translate("mars::SummaryPage", "Finding code"));
    test::saveScreenshot(*h.wizard, QStringLiteral("error-summary-") + language);
}
}  // namespace

TEST_CASE("started from error 34513 pasted on the Welcome page, in English", "[gui][errors]")
{
    startFromError(QStringLiteral("en"), QStringLiteral("Invalid vault credentials provided. The file is either corrupted or does not "
                                                        "have the latest credentials associated with recovery service."),
                   QStringLiteral("Checks a cause of error 34513"));
}

TEST_CASE("started from error 34513 pasted on the Welcome page, in Simplified Chinese", "[gui][zh][errors]")
{
    REQUIRE(installTranslations(*qApp, QStringLiteral("zh_CN")) == "zh_CN");
    startFromError(QStringLiteral("zh"), QStringLiteral("错误 34513"), QStringLiteral("34513"));
    installTranslations(*qApp, QStringLiteral("en"));
}
