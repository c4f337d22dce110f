// A canary passphrase goes in through the real wizard (typed into the field, compared with a saved file) and the
// command line's report path. Then every output is searched for it as UTF-8, UTF-16LE and base64: the log file,
// the console log, the JSON and text reports, every text the window shows, the clipboard, saved settings and the
// screenshot folder, and every file of a support bundle saved from the Summary page (decompressed). Figure printed:
// hits = 0 across the outputs. The same for a canary vault certificate and key.
#include "tests/support/AnsweringPrompter.h"
#include "tests/support/FakePlatform.h"
#include "tests/support/FakeVaultEnvironment.h"
#include "tests/support/LoopbackTokenEndpoint.h"
#include "tests/support/Screenshots.h"
#include "tests/support/TempFolderQt.h"
#include "tests/support/VaultFiles.h"
#include "app/Logging.h"
#include "checks/Catalog.h"
#include "checks/report/FleetReport.h"
#include "checks/report/Report.h"
#include "checks/report/ReportCompare.h"
#include "checks/vault/SignInRehearsal.h"
#include "checks/registration/PassphraseCheck.h"
#include "checks/registration/VaultCredentialsCheck.h"
#include "checks/TypedIds.h"
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
#include <QSignalSpy>
#include <QTest>
#include <QtGui/private/qzipreader_p.h>
#include <catch2/catch.hpp>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

using namespace mars;

namespace {
// What --compare and --fleet-report make of this report: compared with itself read back, and merged as a fleet.
QByteArray comparedAndFleetOutputs(const mars::Report& report)
{
    const QByteArray json = QJsonDocument(report.toJson()).toJson();
    mars::Message error;
    mars::Report compared = report;
    const auto earlier = mars::ReportReader::parse(json, &error);
    REQUIRE(earlier);
    compared.comparison = std::make_shared<const mars::ReportComparison>(mars::ReportComparison::between(*earlier, report));
    mars::FleetReport fleet;
    fleet.add(QStringLiteral("machine.json"), json);
    REQUIRE(fleet.machines().size() == 1);
    return compared.toText().toUtf8() + compared.toHtml().toUtf8() + QJsonDocument(compared.toJson()).toJson() + fleet.toHtml().toUtf8();
}
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

using Outputs = QList<std::pair<std::string, QByteArray>>;

// A support bundle saved through the wizard's own button path, each of its files decompressed as one output.
Outputs bundleOutputs(MainWizard& wizard, test::AnsweringPrompter& prompter, const QString& folder)
{
    prompter.saveFolder = folder;
    QSignalSpy saved(&wizard, &MainWizard::bundleSaved);
    REQUIRE(wizard.saveBundle(false));
    REQUIRE(QTest::qWaitFor([&] { return saved.size() == 1; }, 10000));
    REQUIRE(saved.first()[1].toBool());
    QZipReader zip(saved.first()[0].toString());
    REQUIRE(zip.status() == QZipReader::NoError);
    Outputs outputs;
    for (const QZipReader::FileInfo& info : zip.fileInfoList())
        outputs.append({"bundle file " + info.filePath.toStdString(), zip.fileData(info.filePath)});
    REQUIRE(outputs.size() >= 7);  // both reports in both languages, settings, this program's log, the manifest
    return outputs;
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
    context.inputs.network.timeServers = {QStringLiteral("127.0.0.1:9")};
    context.inputs.network.dateUrls = {QStringLiteral("http://127.0.0.1:9/")};
    context.inputs.network.stageTimeoutMs = 300;
    EndpointProbe local;  // no real network in tests: one name that resolves on this machine
    local.role = QStringLiteral("sign-in");
    local.kind = QStringLiteral("dns");
    local.host = QStringLiteral("localhost");
    context.inputs.network.probes = {local};
    session.setContext(context);

    const QString savedFile = folder.file(QStringLiteral("saved-passphrase.txt"));
    {
        QFile out(savedFile);
        out.open(QIODevice::WriteOnly);
        out.write(kCanary + "\n");
    }
    test::AnsweringPrompter prompter;
    prompter.file = savedFile;
    MainWizard wizard({&session, fake, &prompter, passphrases, logFile});
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
    CHECK(session.result(id<PassphraseCheck>()).summary.render() == "The passphrase matches the one saved in saved-passphrase.txt.");
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

    Outputs outputs = {
        {"log file", readAll(logFile)},
        {"JSON report", QJsonDocument(report.toJson()).toJson()},
        {"text report", report.toText().toUtf8()},
        {"compared and fleet reports", comparedAndFleetOutputs(report)},
        {"window texts", windowTexts},
        {"clipboard", QApplication::clipboard()->text().toUtf8()},
        {"settings", readAll(settings.fileName())},
        {"check results", (session.result(id<PassphraseCheck>()).summary.render() +
                           renderAll(session.result(id<PassphraseCheck>()).evidence).join('\n')).toUtf8()},
        {"line edit", edit->text().toUtf8() + edit->displayText().toUtf8()},
    };
    QDirIterator shots(QStringLiteral(MARS_SCREENSHOT_DIR), QDir::Files);
    QByteArray screenshots;
    while (shots.hasNext())
        screenshots += readAll(shots.next());
    outputs.append({"screenshot files", screenshots});
    outputs.append(bundleOutputs(wizard, prompter, folder.path()));

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

// The vault file's ManagementCert holds a private key. A canary certificate and key go in as a vault file chosen in
// the wizard, checked, signed in with (a loopback token endpoint answers with a canary token), copied by the fix;
// then every output is searched for the key and the certificate as PEM, DER, base64 and UTF-16, and for the token.
TEST_CASE("the canary vault certificate, its key and the token reach no output", "[secrets][vault]")
{
    test::TempFolderQt folder;
    const QString logFile = folder.file(QStringLiteral("doctor-vault.log"));
    setUpLogging(logFile);

    const QString tenant = QStringLiteral("72f988bf-0000-4000-8000-2d7cd011db47");
    const QString client = QStringLiteral("0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b");
    const test::TestCertificate canary = test::makeTestCertificate(-600, 10 * 86400, test::sharedTestKey(), "CANARY vault certificate");
    test::VaultFileFields fields;
    fields.certificateBase64 = canary.pfx.toBase64();
    const QString vaultFile = folder.file(QStringLiteral("canary.VaultCredentials"));
    {
        QFile out(vaultFile);
        out.open(QIODevice::WriteOnly);
        out.write(test::vaultFileXml(fields));
    }
    test::LoopbackTokenEndpoint endpoint(
        {canary.certPem, tenant, client, SignInRehearsal::tokenEndpoint(QStringLiteral("login.partner.microsoftonline.cn"), tenant)});

    auto fake = std::make_shared<test::FakePlatform>();
    fake->tmp["C:/Windows/Temp"].ok = true;
    auto environment = std::make_shared<test::FakeVaultEnvironment>();
    environment->location = {platform::FileLocation::Kind::Network, "UNC path"};  // so the copy fix runs too
    auto passphrases = std::make_shared<PassphraseStore>();
    CheckSession session;
    addAllChecks(session, {fake, passphrases, nullptr, environment});
    CheckContext context;
    context.inputs.network.timeServers = {QStringLiteral("127.0.0.1:9")};
    context.inputs.network.dateUrls = {QStringLiteral("http://127.0.0.1:9/")};
    context.inputs.network.stageTimeoutMs = 2000;
    EndpointProbe local;
    local.role = QStringLiteral("sign-in");
    local.kind = QStringLiteral("dns");
    local.host = QStringLiteral("localhost");
    context.inputs.network.probes = {local};
    context.inputs.network.tokenEndpoint = endpoint.url(tenant);
    session.setContext(context);

    test::AnsweringPrompter prompter;
    prompter.file = vaultFile;
    MainWizard wizard({&session, fake, &prompter, passphrases, logFile});
    wizard.setStartId(MainWizard::pageIdFromName(QStringLiteral("registration")));
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    REQUIRE(QTest::qWaitFor([&] { return !session.isBusy(); }, 10000));
    QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("browseVaultCredentials")), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !session.isBusy(); }, 10000));
    const QString id = mars::id<VaultCredentialsCheck>();
    CHECK(session.result(id).status == Status::Fail);  // on a "network share"
    session.applyFix(id, QStringLiteral("copy-to-this-computer"));
    REQUIRE(QTest::qWaitFor([&] { return !session.isBusy() && session.fixHistory().size() == 1; }, 10000));
    REQUIRE(QTest::qWaitFor([&] { return !session.isBusy(); }, 10000));
    environment->location = {platform::FileLocation::Kind::Local, "fake local disk"};
    session.applyFix(id, QStringLiteral("test-sign-in"));
    REQUIRE(QTest::qWaitFor([&] { return !session.isBusy() && session.fixHistory().size() == 2; }, 10000));
    REQUIRE(QTest::qWaitFor([&] { return !session.isBusy(); }, 10000));
    CHECK(session.result(id).status == Status::Pass);
    CHECK(session.result(id).facts[QStringLiteral("signIn")].toObject()[QStringLiteral("cause")] == QStringLiteral("none"));
    CHECK(endpoint.requests() == 1);
    test::saveScreenshot(wizard, QStringLiteral("11-registration-vault-canary"));
    wizard.copySummary();

    const Report report = Report::fromSession(session, QStringLiteral("test"));
    QByteArray windowTexts;
    for (const QLabel* label : wizard.findChildren<QLabel*>())
        windowTexts += label->text().toUtf8() + '\n';
    for (const QAbstractButton* button : wizard.findChildren<QAbstractButton*>())
        windowTexts += button->text().toUtf8() + button->toolTip().toUtf8() + '\n';
    for (const QLineEdit* edit : wizard.findChildren<QLineEdit*>())
        windowTexts += edit->text().toUtf8() + '\n';
    QSettings settings;
    settings.sync();
    spdlog::default_logger()->flush();
    QByteArray results;
    for (const QString& check : session.checkIds()) {
        const CheckResult result = session.result(check);
        results += (result.summary.render() + renderAll(result.evidence).join('\n')).toUtf8() + QJsonDocument(result.facts).toJson();
    }
    for (const FixRecord& record : session.fixHistory())
        results += (renderAll(record.outcome.changes) + renderAll(record.outcome.failures) + renderAll(record.outcome.before)).join('\n').toUtf8();
    Outputs outputs = {
        {"log file", readAll(logFile)},
        {"JSON report", QJsonDocument(report.toJson()).toJson()},
        {"text report", report.toText().toUtf8()},
        {"compared and fleet reports", comparedAndFleetOutputs(report)},
        {"HTML report", report.toHtml().toUtf8()},
        {"window texts", windowTexts},
        {"clipboard", QApplication::clipboard()->text().toUtf8()},
        {"settings", readAll(settings.fileName())},
        {"check results and fix records", results},
    };
    QDirIterator shots(QStringLiteral(MARS_SCREENSHOT_DIR), QDir::Files);
    QByteArray screenshots;
    while (shots.hasNext())
        screenshots += readAll(shots.next());
    outputs.append({"screenshot files", screenshots});
    outputs.append(bundleOutputs(wizard, prompter, folder.path()));

    // The needles: the key and the certificate as PEM, DER and base64 (a middle slice of each, so a partial copy
    // counts too), each also as UTF-16LE; and the token.
    QList<QByteArray> needles;
    auto slice = [](const QByteArray& bytes) { return bytes.mid(bytes.size() / 3, 48); };
    for (const QByteArray& secret : {canary.keyPem, canary.keyDer, canary.keyDer.toBase64(), canary.certPem, canary.certDer, canary.certDer.toBase64(),
                                     canary.pfx, canary.pfx.toBase64()})
        needles << slice(secret);
    needles << QByteArray("CANARY-ACCESS-TOKEN");
    for (qsizetype i = 0, n = needles.size(); i < n; ++i) {
        const QString wide = QString::fromLatin1(needles[i]);
        needles << QByteArray(reinterpret_cast<const char*>(wide.utf16()), wide.size() * 2);
    }
    int hits = 0;
    for (const auto& [name, bytes] : outputs) {
        for (qsizetype i = 0; i < needles.size(); ++i) {
            INFO(name << ", needle " << i);
            CHECK_FALSE(bytes.contains(needles[i]));
            hits += int(bytes.contains(needles[i]));
        }
    }
    CHECK(readAll(logFile).contains("check vault-credentials"));  // the log was written, and searched
    std::printf("vault canary: hits = %d across %d outputs and %d needles\n", hits, int(outputs.size()), int(needles.size()));
    spdlog::set_default_logger(spdlog::stdout_color_mt("tests-after-vault-canary"));
    // The copy the fix made holds the key: it is the user's, in the user's own folder; the test removes it.
    QFile::remove(session.context().inputs.vaultCredentials);
}
