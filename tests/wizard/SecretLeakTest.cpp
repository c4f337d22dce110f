// A canary passphrase goes in through the real wizard (typed into the field, compared with a saved file) and the
// command line's report path. Then every output is searched for it as UTF-8, UTF-16LE and base64: the log file,
// the console log, the JSON and text reports, every text the window shows, the clipboard, saved settings and the
// screenshot folder. Figure printed: hits = 0 across the outputs.
#include "../support/AnsweringPrompter.h"
#include "../support/FakePlatform.h"
#include "../support/Screenshots.h"
#include "../support/TempFolderQt.h"
#include "app/Logging.h"
#include "checks/Catalog.h"
#include "checks/report/Report.h"
#include "wizard/MainWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QDirIterator>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <catch2/catch.hpp>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

using namespace mars;

namespace {
const QByteArray kCanary = "CANARY-passphrase-7f3e9b1c2d";

int hitsIn(const QByteArray& haystack)
{
    const QString canary = QString::fromLatin1(kCanary);
    const QByteArray utf16(reinterpret_cast<const char*>(canary.utf16()), canary.size() * 2);
    return int(haystack.contains(kCanary)) + int(haystack.contains(utf16)) + int(haystack.contains(kCanary.toBase64())) +
           int(haystack.contains(kCanary.toBase64().left(20)));
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
}  // namespace

TEST_CASE("the canary passphrase reaches no output", "[secrets]")
{
    test::TempFolderQt folder;
    const QString logFile = folder.file(QStringLiteral("doctor.log"));
    setUpLogging(logFile);

    auto fake = std::make_shared<test::FakePlatform>();
    fake->registration = {true, true, "C:/Agent/Scratch", "C:/Agent/Scratch"};
    fake->tmp["C:/Windows/Temp"].ok = true;
    auto passphrases = std::make_shared<PassphraseStore>();
    CheckSession session;
    addAllChecks(session, {fake, passphrases});
    CheckContext context;
    context.timeServers = {QStringLiteral("127.0.0.1:9")};
    context.dateUrls = {QStringLiteral("http://127.0.0.1:9/")};
    context.networkTimeoutMs = 300;
    EndpointProbe local;  // no real network in tests: one name that resolves on this machine
    local.role = QStringLiteral("sign-in");
    local.kind = QStringLiteral("dns");
    local.host = QStringLiteral("localhost");
    context.probes = {local};
    session.setContext(context);

    const QString savedFile = folder.file(QStringLiteral("saved-passphrase.txt"));
    {
        QFile out(savedFile);
        out.open(QIODevice::WriteOnly);
        out.write(kCanary + "\n");
    }
    test::AnsweringPrompter prompter;
    prompter.file = savedFile;
    MainWizard wizard({&session, fake, &prompter, passphrases});
    wizard.setStartId(MainWizard::pageIdFromName(QStringLiteral("registration")));
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));

    auto* edit = wizard.findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
    REQUIRE(edit);
    CHECK(edit->echoMode() == QLineEdit::Password);
    QTest::keyClicks(edit, QString::fromLatin1(kCanary));
    QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("passphraseFileButton")), Qt::LeftButton);
    QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("checkPassphrase")), Qt::LeftButton);
    CHECK(edit->text().isEmpty());
    REQUIRE(QTest::qWaitFor([&] { return !session.isBusy(); }, 10000));
    CHECK(session.result(QStringLiteral("passphrase")).summary.render() == "The passphrase matches the one saved in saved-passphrase.txt.");
    test::saveScreenshot(wizard, QStringLiteral("10-registration-passphrase-matched"));

    const Report report = Report::fromSession(session, QStringLiteral("test"));
    QByteArray windowTexts;
    for (const QLabel* label : wizard.findChildren<QLabel*>())
        windowTexts += label->text().toUtf8() + '\n';
    for (const QAbstractButton* button : wizard.findChildren<QAbstractButton*>())
        windowTexts += button->text().toUtf8() + button->toolTip().toUtf8() + '\n';
    QSettings settings;
    settings.sync();
    spdlog::default_logger()->flush();

    QList<std::pair<const char*, QByteArray>> outputs = {
        {"log file", readAll(logFile)},
        {"JSON report", QJsonDocument(report.toJson()).toJson()},
        {"text report", report.toText().toUtf8()},
        {"window texts", windowTexts},
        {"clipboard", QApplication::clipboard()->text().toUtf8()},
        {"settings", readAll(settings.fileName())},
        {"check results", (session.result(QStringLiteral("passphrase")).summary.render() +
                           renderAll(session.result(QStringLiteral("passphrase")).evidence).join('\n')).toUtf8()},
        {"line edit", edit->text().toUtf8() + edit->displayText().toUtf8()},
    };
    QDirIterator shots(QStringLiteral(MARS_SCREENSHOT_DIR), QDir::Files);
    QByteArray screenshots;
    while (shots.hasNext())
        screenshots += readAll(shots.next());
    outputs.append({"screenshot files", screenshots});

    int hits = 0;
    for (const auto& [name, bytes] : outputs) {
        INFO(name);
        CHECK(hitsIn(bytes) == 0);
        hits += hitsIn(bytes);
    }
    CHECK(readAll(logFile).contains("check passphrase"));  // the log was written, and searched
    std::printf("secret canary: hits = %d across %d outputs\n", hits, int(outputs.size()));
    spdlog::set_default_logger(spdlog::stdout_color_mt("tests-after-canary"));
}
