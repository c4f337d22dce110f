// The agent's last error found without asking: a log the agent wrote (made here, UTF-16 as the agent may write it)
// names error 34513, and the Welcome page offers to start from it, ticked, with the line shown (escaped) and read on a
// worker thread. The user's own choice wins: typing another error, or unticking. Screenshots:
// found-error-welcome-{en,zh}.png under <build>/screenshots.
#include "checks/registration/PassphraseCheck.h"
#include "checks/registration/TempFilesCheck.h"
#include "checks/registration/VaultCredentialsCheck.h"
#include "checks/TypedIds.h"
#include "tests/support/Screenshots.h"
#include "tests/support/TempFolderQt.h"
#include "tests/support/WizardHarness.h"
#include "app/Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <catch2/catch.hpp>

#include <thread>

using namespace mars;

namespace {

// The agent's UI log, UTF-16LE with its mark; one line with a terminal escape and a right-to-left override, as a
// hostile writer of C:\...\Temp could plant.
void writeAgentLog(const QString& installFolder)
{
    const QString text = QStringLiteral("09:12 Registration started\r\n"
                                        "09:14 Registration failed. Error 34513: Invalid vault credentials provided \x1b[8m") +
                         QChar(0x202E) + QStringLiteral("gnp.exe\r\n09:14 UI closed\r\n");
    QByteArray bytes("\xFF\xFE");
    for (const QChar c : text) {
        bytes += char(c.unicode() & 0xFF);
        bytes += char(c.unicode() >> 8);
    }
    QDir().mkpath(installFolder + QStringLiteral("/Temp"));
    QFile file(installFolder + QStringLiteral("/Temp/CBUICurr.errlog"));
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

void foundInTheAgentsLog(const QString& language)
{
    test::TempFolderQt agent;
    writeAgentLog(agent.path());
    test::Harness h(0.0, std::nullopt, [&agent](test::FakePlatform&, CheckContext& context) { context.inputs.installFolder = agent.path(); });
    h.fake->tmp["C:/Windows/Temp"] = {true, false, "", 70000, 70000ull * 2048, 0};  // one of 34513's causes
    auto* offer = h.wizard->findChild<QCheckBox*>(QStringLiteral("foundErrorOffer"));
    auto* line = h.wizard->findChild<QLabel*>(QStringLiteral("foundErrorLine"));
    auto* input = h.wizard->findChild<QLineEdit*>(QStringLiteral("agentErrorInput"));
    REQUIRE(offer);
    REQUIRE(line);
    REQUIRE(input);
    REQUIRE(QTest::qWaitFor([offer] { return offer->isVisible(); }, 5000));
    // Read on a worker thread, never the window's.
    REQUIRE_FALSE(h.fake->eventThreads.empty());
    CHECK(h.fake->eventThreads.front() != std::this_thread::get_id());

    CHECK(offer->isChecked());
    CHECK(offer->text().contains(QStringLiteral("34513")));
    CHECK(offer->text().contains(QStringLiteral("CBUICurr.errlog")));
    CHECK(line->textFormat() == Qt::PlainText);
    CHECK(line->text().contains(QStringLiteral("Error 34513: Invalid vault credentials provided \\x1b[8m\\x202egnp.exe")));
    CHECK(input->text().isEmpty());
    CHECK(h.wizard->agentError() == QStringLiteral("34513"));
    REQUIRE(h.session.context().environment.agentErrorSource);
    CHECK(h.session.context().environment.agentErrorSource->name == QStringLiteral("CBUICurr.errlog"));
    test::saveScreenshot(*h.wizard, QStringLiteral("found-error-welcome-") + language);

    {
        // The window rebuilt (another language): the accepted offer stays, and the records are not read again.
        const std::size_t reads = h.fake->eventChannels.size();
        MainWizard rebuilt(MainWizard::Services{&h.session, h.fake, &h.prompter, h.passphrases});
        auto* again = rebuilt.findChild<QCheckBox*>(QStringLiteral("foundErrorOffer"));
        REQUIRE(again);
        CHECK_FALSE(rebuilt.findChild<QWidget*>(QStringLiteral("foundErrorRow"))->isHidden());
        CHECK(again->isChecked());
        CHECK(again->text() == offer->text());
        CHECK(rebuilt.findChild<QLabel*>(QStringLiteral("foundErrorLine"))->text() == line->text());
        CHECK(rebuilt.findChild<QLineEdit*>(QStringLiteral("agentErrorInput"))->text().isEmpty());
        CHECK(h.session.context().environment.agentErrorSource);
        QTest::qWait(100);
        CHECK(h.fake->eventChannels.size() == reads);
    }

    // The user's own choice wins: another error typed, then the offer unticked.
    input->setFocus();
    QTest::keyClicks(input, QStringLiteral("0x1FC07"));
    CHECK(h.wizard->agentError() == QStringLiteral("0x1FC07"));
    CHECK_FALSE(offer->isChecked());
    CHECK_FALSE(h.session.context().environment.agentErrorSource);
    input->clear();
    CHECK(h.wizard->agentError().isEmpty());  // cleared by the user: not taken back by the offer
    offer->click();
    CHECK(h.wizard->agentError() == QStringLiteral("34513"));
    CHECK(h.session.context().environment.agentErrorSource);
    offer->click();
    CHECK(h.wizard->agentError().isEmpty());
    CHECK_FALSE(h.session.context().environment.agentErrorSource);
    {
        // Unticked, then the window rebuilt (another language): the user's choice holds; nothing is read or offered.
        const std::size_t reads = h.fake->eventChannels.size();
        MainWizard rebuilt(MainWizard::Services{&h.session, h.fake, &h.prompter, h.passphrases});
        QTest::qWait(200);
        CHECK(rebuilt.findChild<QWidget*>(QStringLiteral("foundErrorRow"))->isHidden());
        CHECK(h.fake->eventChannels.size() == reads);
        CHECK(h.wizard->agentError().isEmpty());
    }
    offer->click();

    // Started from it: its causes' checks run at once, as for a typed error.
    h.next();
    CHECK(h.session.runCount(id<TempFilesCheck>()) == 1);
    CHECK(h.session.runCount(id<VaultCredentialsCheck>()) == 1);
    CHECK(h.session.runCount(id<PassphraseCheck>()) == 0);
    REQUIRE(h.waitSettled());
}

}  // namespace

TEST_CASE("the agent's last error, found in its log, is offered on the Welcome page, in English", "[gui][errors][last-error]")
{
    foundInTheAgentsLog(QStringLiteral("en"));
}

TEST_CASE("the agent's last error, found in its log, is offered on the Welcome page, in Simplified Chinese", "[gui][zh][errors][last-error]")
{
    REQUIRE(installTranslations(*qApp, QStringLiteral("zh_CN")) == "zh_CN");
    foundInTheAgentsLog(QStringLiteral("zh"));
    installTranslations(*qApp, QStringLiteral("en"));
}

TEST_CASE("an error the user gave (--error) wins: the agent's records are not even read", "[gui][errors][last-error]")
{
    test::TempFolderQt agent;
    writeAgentLog(agent.path());
    test::Harness h(0.0, std::nullopt, [&agent](test::FakePlatform&, CheckContext& context) {
        context.inputs.installFolder = agent.path();
        context.inputs.agentError = QStringLiteral("10054");
    });
    auto* offer = h.wizard->findChild<QCheckBox*>(QStringLiteral("foundErrorOffer"));
    REQUIRE(offer);
    QTest::qWait(300);
    CHECK_FALSE(offer->isVisible());
    CHECK(h.fake->eventChannels.empty());
    CHECK(h.wizard->agentError() == QStringLiteral("10054"));
    CHECK_FALSE(h.session.context().environment.agentErrorSource);
}
