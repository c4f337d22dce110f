// Drives the real wizard with a fake platform: Welcome -> Installation (a failing check, its fix, the re-run) ->
// Registration -> Summary, saving a screenshot of every page and state.
#include "tests/support/WizardHarness.h"
#include "tests/support/AnsweringPrompter.h"
#include "tests/support/FakePlatform.h"
#include "tests/support/LoopbackHttpServer.h"
#include "tests/support/LoopbackSntpServer.h"
#include "tests/support/Screenshots.h"
#include "checks/Catalog.h"
#include "checks/registration/BackupScheduleCheck.h"
#include "checks/installation/AdminRightsCheck.h"
#include "checks/registration/ClockCheck.h"
#include "checks/registration/EndpointsCheck.h"
#include "checks/installation/InstallFolderCheck.h"
#include "checks/registration/TempFilesCheck.h"
#include "checks/registration/VaultCredentialsCheck.h"
#include "checks/TypedIds.h"
#include "wizard/CheckRow.h"
#include "wizard/MainWizard.h"
#include "wizard/Stamp.h"
#include "wizard/StatusIcon.h"
#include "tests/support/TempFolderQt.h"
#include "tests/support/VaultFiles.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTcpServer>

#include <thread>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>
#include "tests/support/CatchQt.h"

using namespace mars;
using namespace mars::platform;
using mars::test::Harness;


TEST_CASE("welcome, installation with a failing folder, its fix, registration and summary", "[gui]")
{
    Harness h;
    CHECK(h.wizard->currentId() == MainWizard::WelcomePageId);
    CHECK(h.wizard->button(QWizard::NextButton)->text() == "Start");
    auto* cloud = h.wizard->findChild<QComboBox*>("cloudCombo");
    REQUIRE(cloud);
    CHECK(cloud->currentData().toString() == "china");
    CHECK(cloud->count() == 3);
    // The list numbers the article's steps and marks the tool's own checks, and says so once.
    auto* checklist = h.wizard->findChild<QLabel*>("checklist");
    REQUIRE(checklist);
    CHECK(checklist->text().contains("The numbers are the article's steps; \u2022 marks a check this tool adds."));
    test::saveScreenshot(*h.wizard, "01-welcome");

    h.next();
    CHECK(h.wizard->currentId() == MainWizard::pageIdFromName(QStringLiteral("installation")));
    REQUIRE(h.waitSettled());
    CHECK(h.shownStatus(id<AdminRightsCheck>()) == Status::Pass);
    CHECK(h.shownStatus(id<InstallFolderCheck>()) == Status::Fail);
    CheckRow* folderRow = h.row(id<InstallFolderCheck>());
    CHECK(folderRow->findChild<QLabel*>("verdict")->text() == "The installation folder is Hidden and Compressed.");
    // The finding's code beside the verdict, as a ticket quotes it: plain text, selectable.
    auto* code = folderRow->findChild<QLabel*>("findingCode");
    REQUIRE(code);
    CHECK(code->text() == codeText<InstallFolderCheck>(InstallFolderCheck::Code::BadAttributes));
    CHECK(code->isVisible());
    CHECK(code->textFormat() == Qt::PlainText);
    CHECK(code->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
    CHECK(h.row(id<AdminRightsCheck>())->findChild<QLabel*>("findingCode")->text() == codeText<AdminRightsCheck>(AdminRightsCheck::Code::Elevated));
    auto* fixButton = folderRow->findChild<QPushButton*>("fix_clear-folder-attributes");
    REQUIRE(fixButton);
    CHECK(fixButton->text() == "Remove these attributes");
    folderRow->setDetailsVisible(true);
    CHECK(folderRow->findChild<QLabel*>("evidence")->isVisible());
    test::saveScreenshot(*h.wizard, "02-installation-fail");

    QTest::mouseClick(fixButton, Qt::LeftButton);
    REQUIRE(h.prompter.asked.size() == 1);
    CHECK(h.prompter.asked[0].contains("MARS Setup Doctor will:"));
    CHECK(h.prompter.asked[0].contains("Clear the Hidden attribute"));
    REQUIRE(h.waitSettled());
    CHECK(h.shownStatus(id<InstallFolderCheck>()) == Status::Pass);
    CHECK(h.fake->onDisk["/programs/agent"].attributes == 0);
    CHECK(folderRow->findChild<QPushButton*>("fix_clear-folder-attributes") == nullptr);
    CHECK(folderRow->findChild<QLabel*>("lastFix")->text().contains("Changed:"));
    test::saveScreenshot(*h.wizard, "03-installation-fixed");

    h.next();
    CHECK(h.wizard->currentId() == MainWizard::pageIdFromName(QStringLiteral("registration")));
    REQUIRE(h.waitSettled());
    CHECK(h.shownStatus(id<TempFilesCheck>()) == Status::Pass);
    // The vault credentials file the user will give the agent, browsed to.
    test::TempFolderQt downloads;
    const QString vaultFile = downloads.file(QStringLiteral("contoso-vault.VaultCredentials"));
    QFile vault(vaultFile);
    REQUIRE(vault.open(QIODevice::WriteOnly));
    vault.write(test::vaultFileXml());
    vault.close();
    h.prompter.file = vaultFile;
    QTest::mouseClick(h.wizard->findChild<QPushButton*>(QStringLiteral("browseVaultCredentials")), Qt::LeftButton);
    REQUIRE(h.waitSettled());
    CHECK(h.shownStatus(id<VaultCredentialsCheck>()) == Status::Pass);
    test::saveScreenshot(*h.wizard, "04-registration");

    h.next();
    CHECK(h.wizard->currentId() == MainWizard::summaryPageId());
    auto* table = h.wizard->findChild<QTreeWidget*>("summaryTable");
    REQUIRE(table);
    REQUIRE(table->topLevelItemCount() == 2);
    CHECK(table->topLevelItem(0)->text(0) == "Installation");
    CHECK(table->topLevelItem(0)->childCount() + table->topLevelItem(1)->childCount() == h.session.checkIds().size());
    // The server is not registered yet, so its scheduled backups are not examined: a warning, never a pass.
    CHECK(h.shownStatus(QLatin1String(BackupScheduleCheck::kId)) == Status::Warning);
    CHECK(h.wizard->findChild<QLabel*>("headline")->text() == "No blocking problem. Checks that need attention: 1.");
    CHECK(h.wizard->findChild<QTreeWidget*>("summaryTable")->topLevelItem(1)->child(3)->text(1) == "No .tmp files are piling up.");  // after the firewall, private endpoints and clock rows
    CHECK(h.wizard->findChild<QLabel*>("fixHistory")->text().contains("Remove these attributes"));
    // Each row's finding code beside its verdict, the one every report gives: plain text, selectable, in sight.
    QLabel* tempCode = h.summaryCode(id<TempFilesCheck>());
    REQUIRE(tempCode);
    CHECK(tempCode->text() == codeText<TempFilesCheck>(TempFilesCheck::Code::NoPileUp));
    CHECK(tempCode->textFormat() == Qt::PlainText);
    CHECK(tempCode->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
    CHECK(tempCode->isVisible());
    CHECK(tempCode->accessibleName() == "Finding code");
    CHECK(table->headerItem()->text(2) == "Finding code");
    REQUIRE(h.summaryCode(id<InstallFolderCheck>()));
    CHECK(h.summaryCode(id<InstallFolderCheck>())->text() == codeText<InstallFolderCheck>(InstallFolderCheck::Code::Clear));  // after its fix
    for (const QString& checkId : h.session.checkIds()) {
        INFO(checkId.toStdString());
        QLabel* shown = h.summaryCode(checkId);
        REQUIRE(shown);
        CHECK_FALSE(shown->text().isEmpty());
        CHECK(shown->text() == h.session.result(checkId).codeText());
        CHECK(table->viewport()->rect().contains(shown->geometry()));  // in sight, not cut by the table's edge
        CHECK(shown->width() >= shown->sizeHint().width());               // nor by the verdict
    }
    test::saveScreenshot(*h.wizard, "05-summary");
}

TEST_CASE("a declined fix changes nothing", "[gui]")
{
    Harness h;
    h.prompter.answer = false;
    h.next();
    REQUIRE(h.waitSettled());
    QTest::mouseClick(h.row(id<InstallFolderCheck>())->findChild<QPushButton*>("fix_clear-folder-attributes"), Qt::LeftButton);
    REQUIRE(h.waitSettled());
    CHECK(h.fake->clearCalls == 0);
    CHECK(h.shownStatus(id<InstallFolderCheck>()) == Status::Fail);
}

TEST_CASE("a split-token administrator sees Fail and the restart button, which relaunches on the same page", "[gui]")
{
    Harness h;
    h.fake->admin = {true, true, false, ElevationType::Limited, "CONTOSO\\helpdesk", ""};
    h.next();
    REQUIRE(h.waitSettled());
    CHECK(h.shownStatus(id<AdminRightsCheck>()) == Status::Fail);
    auto* restart = h.row(id<AdminRightsCheck>())->findChild<QPushButton*>("fix_restart-elevated");
    REQUIRE(restart);
    h.row(id<AdminRightsCheck>())->setDetailsVisible(true);
    test::saveScreenshot(*h.wizard, "06-installation-not-elevated");
    QTest::mouseClick(restart, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !h.fake->relaunches.empty(); }, 5000));
    CHECK(h.fake->relaunches[0] == std::vector<std::string>{"--page", "installation", "--cloud", "china", "--language", "en"});
    // From the UI thread, with the wizard's window as the consent prompt's owner, so it cannot open behind it.
    CHECK(h.fake->relaunchOwners[0] == quintptr(h.wizard->winId()));
    CHECK(h.fake->relaunchThreads[0] == std::this_thread::get_id());
    // The restart is a fix like any other: recorded, and the row settles (resultChanged and idle follow).
    REQUIRE(QTest::qWaitFor([&] { return !h.session.isBusy(); }, 5000));
    REQUIRE(h.session.fixHistory().size() == 1);
    CHECK(h.session.fixHistory()[0].fixId == "restart-elevated");
    CHECK(h.shownStatus(id<AdminRightsCheck>()) == Status::Fail);
}

TEST_CASE("a fix that needs elevation, from a non-elevated process, restarts elevated with the fix named", "[gui]")
{
    Harness h;
    h.fake->admin = {true, true, false, ElevationType::Limited, "CONTOSO\\helpdesk", ""};
    h.fake->writable = false;
    h.next();
    REQUIRE(h.waitSettled());
    auto* fix = h.row(id<InstallFolderCheck>())->findChild<QPushButton*>("fix_clear-folder-attributes");
    REQUIRE(fix);
    CHECK_FALSE(fix->icon().isNull());  // the UAC shield
    QTest::mouseClick(fix, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !h.fake->relaunches.empty(); }, 5000));
    CHECK(h.fake->relaunches[0] ==
          std::vector<std::string>{"--page", "installation", "--cloud", "china", "--language", "en", "--fix",
                                   "install-folder/clear-folder-attributes"});
    CHECK(h.fake->clearCalls == 0);
    REQUIRE(QTest::qWaitFor([&] { return !h.session.isBusy(); }, 5000));
    REQUIRE(h.session.fixHistory().size() == 1);
    CHECK(h.session.fixHistory()[0].checkId == id<InstallFolderCheck>());
    CHECK(h.session.fixHistory()[0].fixId == "restart-elevated");
    CHECK(h.prompter.asked[0].startsWith("Administrator rights needed"));
}

TEST_CASE("a chosen folder is checked instead of the default", "[gui]")
{
    Harness h;
    h.fake->onDisk["/data"] = {true, AttrEncrypted};
    h.prompter.folder = "/data";
    h.next();
    REQUIRE(h.waitSettled());
    QTest::mouseClick(h.wizard->findChild<QPushButton*>("browseInstallFolder"), Qt::LeftButton);
    CHECK(h.wizard->findChild<QLineEdit*>("installFolderEdit")->text() == "/data");
    REQUIRE(h.waitSettled());
    CHECK(h.row(id<InstallFolderCheck>())->findChild<QLabel*>("verdict")->text() == "The installation folder is Encrypted.");
}

TEST_CASE("a check that throws shows Error in its row, and the wizard goes on", "[gui]")
{
    Harness h;
    h.fake->adminQueryThrows = true;
    h.next();
    REQUIRE(h.waitSettled());
    CHECK(h.shownStatus(id<AdminRightsCheck>()) == Status::Error);
    CHECK(h.row(id<AdminRightsCheck>())->findChild<QLabel*>("verdict")->text() == "The check stopped with an error: token query threw");
    h.next();
    h.next();
    REQUIRE(h.waitSettled());
    // The admin check errs, and the harness's install folder is Hidden and Compressed: one could not check, one found
    // a problem, counted apart, and the page says what each mark means.
    CHECK(h.wizard->findChild<QLabel*>("headline")->text() ==
          "Checks that found a problem that will stop the agent: 1. Checks that could not check, so nothing is known of what "
          "they look at: 1.");
    CHECK(h.wizard->findChild<QLabel*>("legend_error")->text() == "could not check");
    CHECK(h.wizard->findChild<QLabel*>("legend_fail")->text() == "found a problem");
    CHECK(h.wizard->findChild<QLabel*>("legend_error")->isVisible());
}

TEST_CASE("registration page: the clock 3 minutes off and 70,000 .tmp files, then cleared with progress", "[gui]")
{
    Harness h(-185.0);
    h.fake->tmp["C:/Windows/Temp"] = {true, false, "", 70000, 70000ull * 2048, 2};
    h.wizard->setStartId(MainWizard::pageIdFromName(QStringLiteral("registration")));
    h.wizard->restart();
    REQUIRE(h.waitSettled());
    CHECK(h.shownStatus(id<ClockCheck>()) == Status::Warning);
    CHECK(h.row(id<ClockCheck>())->findChild<QLabel*>("verdict")->text() == "The clock is 3 min 5 s ahead.");
    REQUIRE(h.row(id<ClockCheck>())->findChild<QPushButton*>("fix_resync-clock"));
    CHECK(h.shownStatus(id<TempFilesCheck>()) == Status::Fail);
    CHECK(h.row(id<TempFilesCheck>())->findChild<QLabel*>("verdict")->text().startsWith("70,000 .tmp files"));
    h.row(id<TempFilesCheck>())->setDetailsVisible(true);
    test::saveScreenshot(*h.wizard, "07-registration-problems");

    QTest::mouseClick(h.row(id<TempFilesCheck>())->findChild<QPushButton*>("fix_clear-tmp-files"), Qt::LeftButton);
    CHECK(h.prompter.asked.last().contains("Delete the 70,000 .tmp files"));
    REQUIRE(h.waitSettled());
    CHECK(h.shownStatus(id<TempFilesCheck>()) == Status::Pass);
    CHECK(h.row(id<TempFilesCheck>())->findChild<QLabel*>("lastFix")->text().contains("deleted 70,000 .tmp files"));
    test::saveScreenshot(*h.wizard, "08-registration-temp-cleared");
}

TEST_CASE("registration page: a blocked endpoint shows the stage and copies the allow-list without asking", "[gui]")
{
    Harness h;
    quint16 closed = 0;
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        closed = server.serverPort();
    }
    CheckContext context = h.session.context();
    EndpointProbe blocked;
    blocked.role = QStringLiteral("sign-in");
    blocked.kind = QStringLiteral("https");
    blocked.host = QStringLiteral("127.0.0.1");
    blocked.port = closed;
    context.inputs.network.probes << blocked;
    h.session.setContext(context);
    h.wizard->setStartId(MainWizard::pageIdFromName(QStringLiteral("registration")));
    h.wizard->restart();
    REQUIRE(h.waitSettled());
    CHECK(h.shownStatus(id<EndpointsCheck>()) == Status::Fail);
    CHECK(h.row(id<EndpointsCheck>())->findChild<QLabel*>("verdict")->text() ==
          "1 of 2 service addresses cannot be reached: the firewall or proxy blocks them.");
    h.row(id<EndpointsCheck>())->setDetailsVisible(true);
    CHECK(h.row(id<EndpointsCheck>())->findChild<QLabel*>("evidence")->text().contains("blocked at TCP"));
    test::saveScreenshot(*h.wizard, "09-registration-endpoint-blocked");

    const int asked = int(h.prompter.asked.size());
    QTest::mouseClick(h.row(id<EndpointsCheck>())->findChild<QPushButton*>("fix_copy-allow-list"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([] { return QApplication::clipboard()->text().contains("*.partner.microsoftonline.cn"); }, 5000));
    CHECK(h.prompter.asked.size() == asked);  // nothing on the system changes, so nothing is asked
    REQUIRE(h.waitSettled());
}

TEST_CASE("summary page: save report writes HTML and JSON, copy summary fills the clipboard", "[gui][report]")
{
    Harness h;
    test::TempFolderQt folder;
    h.prompter.saveFolder = folder.path();
    h.wizard->setStartId(MainWizard::summaryPageId());
    h.wizard->restart();
    h.session.runAll();
    REQUIRE(h.waitSettled());
    const QStringList written = test::savedReport(*h.wizard);
    REQUIRE(written.size() == 2);
    // The page says what was saved and where, in plain text.
    auto* statusLine = h.wizard->findChild<QLabel*>("statusLine");
    REQUIRE(statusLine);
    CHECK(statusLine->isVisible());
    CHECK(statusLine->textFormat() == Qt::PlainText);
    CHECK(statusLine->text().startsWith("Report saved: "));
    CHECK(statusLine->text().contains(QDir::toNativeSeparators(written[0])));
    CHECK(statusLine->text().contains(QDir::toNativeSeparators(written[1])));
    CHECK(written[0].endsWith(".html"));
    CHECK(written[1].endsWith(".json"));
    QFile json(written[1]);
    REQUIRE(json.open(QIODevice::ReadOnly));
    CHECK(QJsonDocument::fromJson(json.readAll())["reportId"].toString() == h.wizard->reportId());

    QTest::mouseClick(h.wizard->findChild<QPushButton*>("copySummary"), Qt::LeftButton);
    CHECK(QApplication::clipboard()->text().contains("report " + h.wizard->reportId()));
    CHECK(QApplication::clipboard()->text().contains(QStringLiteral("[PASS %1] Administrator rights").arg(codeText<AdminRightsCheck>(AdminRightsCheck::Code::Elevated))));
    CHECK(statusLine->text().startsWith("Summary copied to the clipboard ("));

    h.prompter.saveFolder.clear();  // cancelled: nothing written, nothing said
    CHECK_FALSE(h.wizard->saveReport());
    CHECK(statusLine->text().startsWith("Summary copied"));
}

TEST_CASE("save screenshot stamps version, computer, UTC time and report id below the window", "[gui][report]")
{
    Harness h;
    test::TempFolderQt folder;
    h.prompter.saveFolder = folder.path();
    const QString path = test::savedScreenshot(*h.wizard);
    REQUIRE_FALSE(path.isEmpty());
    auto* statusLine = h.wizard->findChild<QLabel*>("statusLine");
    REQUIRE(statusLine);
    CHECK(statusLine->isVisible());
    CHECK(statusLine->text() == "Screenshot saved: " + QDir::toNativeSeparators(path));
    CHECK(statusLine->parentWidget() == h.wizard->currentPage());  // on the page shown
    h.next();
    CHECK(statusLine->parentWidget() == h.wizard->currentPage());  // and it follows to the next
    const QImage image(path);
    CHECK(image.height() > h.wizard->height());
    CHECK(image.width() == h.wizard->width());
    const QString stamp = stampText({QStringLiteral("0.1.0"), QStringLiteral("PC-42"), h.wizard->reportId()});
    CHECK(stamp.contains("MARS Setup Doctor 0.1.0"));
    CHECK(stamp.contains("PC-42"));
    CHECK(stamp.contains("UTC"));
    CHECK(stamp.contains(h.wizard->reportId()));
    // The footer holds text: its pixels are not all one colour.
    QSet<QRgb> colours;
    for (int x = 0; x < image.width(); ++x)
        for (int y = h.wizard->height() + 2; y < image.height() - 2; ++y)
            colours.insert(image.pixel(x, y));
    CHECK(colours.size() > 4);
    // QFile::copy never overwrites: the screenshot of an earlier run would stay, looking like this one's.
    const QString shown = QStringLiteral(MARS_SCREENSHOT_DIR) + QStringLiteral("/11-stamped-welcome.png");
    QFile::remove(shown);
    CHECK(QFile::copy(path, shown));
}

TEST_CASE("opened on the Summary page (--page summary), every check runs and Back leads to the pages before", "[gui][page]")
{
    Harness h;
    h.wizard->openAt(MainWizard::summaryPageId());
    CHECK(h.wizard->currentId() == MainWizard::summaryPageId());
    REQUIRE(h.waitSettled());
    for (const QString& id : h.session.checkIds())
        CHECK(h.session.result(id).status != Status::NotRun);
    CHECK(h.session.runCount(id<AdminRightsCheck>()) == 1);  // shown on the way, run once
    CHECK_FALSE(h.wizard->findChild<QLabel*>("headline")->text().startsWith("No problem so far"));
    QAbstractButton* back = h.wizard->button(QWizard::BackButton);
    REQUIRE(back);
    CHECK(back->isVisible());
    CHECK(back->isEnabled());
    QTest::mouseClick(back, Qt::LeftButton);
    CHECK(h.wizard->currentId() == MainWizard::pageIdFromName("registration"));
    QTest::mouseClick(back, Qt::LeftButton);
    CHECK(h.wizard->currentId() == MainWizard::pageIdFromName("installation"));
    QTest::mouseClick(back, Qt::LeftButton);
    CHECK(h.wizard->currentId() == MainWizard::WelcomePageId);
}

TEST_CASE("opened on the Registration page (--page registration), the Installation checks run too", "[gui][page]")
{
    Harness h;
    h.wizard->openAt(MainWizard::pageIdFromName("registration"));
    CHECK(h.wizard->currentId() == MainWizard::pageIdFromName("registration"));
    REQUIRE(h.waitSettled());
    for (const QString& id : h.session.checkIds("installation"))
        CHECK(h.session.result(id).status != Status::NotRun);
    for (const QString& id : h.session.checkIds())
        CHECK(h.session.result(id).status != Status::NotRun);
    QTest::mouseClick(h.wizard->button(QWizard::BackButton), Qt::LeftButton);
    CHECK(h.wizard->currentId() == MainWizard::pageIdFromName("installation"));
}
