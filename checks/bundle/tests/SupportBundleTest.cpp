// The support bundle from a fixed report and log files made here: the zip opened again with Qt's reader, its
// MANIFEST held to the files and their sizes, both languages, the log ends, the masks, and a failed write that
// leaves nothing behind.
#include "checks/bundle/LogTail.h"
#include "checks/bundle/SupportBundle.h"
#include "checks/Catalog.h"
#include "checks/installation/AdminRightsCheck.h"
#include "checks/installation/AgentCheck.h"
#include "checks/registration/EndpointsCheck.h"
#include "checks/registration/TlsCheck.h"
#include "tests/support/CatchQt.h"
#include "tests/support/EnglishSentences.h"
#include "tests/support/FakePlatform.h"
#include "tests/support/TempFolderQt.h"
#include "SecretCorpus.h"

#ifndef _WIN32
#include "tests/support/NameSwapper.h"

#include <sys/stat.h>
#endif

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtGui/private/qzipreader_p.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

using namespace mars;

namespace {
void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// A check's result as the bundle reads it: its typed facts (Owner::Facts).
template <typename Facts>
CheckResult withFacts(Status status, Facts facts)
{
    CheckResult result;
    result.status = status;
    result.summary = Message::plain(QStringLiteral("verdict for C:\\Users\\alice on SRV-BACKUP01"));
    result.exported = std::move(facts);
    return result;
}

Report sampleReport()
{
    Report report;
    report.reportId = QStringLiteral("0A1B2C3D");
    report.toolVersion = QStringLiteral("9.9.9");
    report.createdUtc = QDateTime(QDate(2026, 12, 1), QTime(12, 30, 5), Qt::UTC);
    report.machineName = QStringLiteral("SRV-BACKUP01");
    report.programSignature = {platform::SignatureStatus::State::SignedUntrusted, "Contoso Helpdesk Code Signing", "Contoso Test Root", "WinVerifyTrust: 0x800B0109"};
    report.osVersion = QStringLiteral("Windows Server 2022 (10.0.20348)");
    report.cloudId = QStringLiteral("china");
    report.entries << ReportEntry{findCheck(QLatin1String(AdminRightsCheck::kId)),
                                  withFacts(Status::Pass, AdminRightsCheck::Facts{QStringLiteral("CONTOSO\\alice")})};
    report.entries << ReportEntry{findCheck(QLatin1String(AgentCheck::kId)),
                                  withFacts(Status::Pass, AgentCheck::Facts{.examined = true, .installed = true, .version = QStringLiteral("2.0.9262.0"),
                                                                            .serviceRunning = std::nullopt, .dotNetRelease = 528449,
                                                                            .osBuild = 20348, .architecture = QStringLiteral("x64")})};
    report.entries << ReportEntry{findCheck(QLatin1String(TlsCheck::kId)),
                                  withFacts(Status::Pass, TlsCheck::Facts{{{QStringLiteral("net64-strong-crypto"), 1},
                                                                           {QStringLiteral("schannel-client-enabled"), std::nullopt}}})};
    EndpointsCheck::Facts endpoints;
    endpoints.probes << EndpointsCheck::Facts::Probe{QStringLiteral("sign-in"), QStringLiteral("login.chinacloudapi.cn:443"),
                                                     QStringLiteral("proxy 10.0.0.5:3128"), false, QStringLiteral("tls")};  // not a check id
    endpoints.routes << EndpointsCheck::Facts::Route{.id = QStringLiteral("agent"), .agentUses = true, .examined = true,  // not a check id
                                                     .setting = Message::plain(QStringLiteral("proxy 10.0.0.5:3128")),
                                                     .source = Message::plain(QStringLiteral("Get-OBMachineSetting"))}
                     << EndpointsCheck::Facts::Route{.id = QStringLiteral("machine"), .agentUses = false, .examined = false,
                                                     .why = Message::plain(QStringLiteral("access denied"))};
    report.entries << ReportEntry{findCheck(QLatin1String(EndpointsCheck::kId)), withFacts(Status::Warning, endpoints)};
    return report;
}

QMap<QString, QByteArray> unzip(const QString& path)
{
    QZipReader reader(path);
    REQUIRE(reader.status() == QZipReader::NoError);
    QMap<QString, QByteArray> files;
    for (const QZipReader::FileInfo& info : reader.fileInfoList())
        files.insert(info.filePath, reader.fileData(info.filePath));
    return files;
}

// MANIFEST.txt lines "name  N bytes  what": every file but the manifest, with its size.
QMap<QString, qint64> manifestSizes(const QByteArray& manifest)
{
    QMap<QString, qint64> sizes;
    const QRegularExpression line(QStringLiteral("^(\\S+)  (\\d+) (?:bytes|字节)  "), QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(QString::fromUtf8(manifest)); it.hasNext();) {
        const auto match = it.next();
        sizes.insert(match.captured(1), match.captured(2).toLongLong());
    }
    return sizes;
}

struct Setup {
    test::TempFolderQt folder;
    QString install = folder.file(QStringLiteral("Agent"));
    QString temp = folder.file(QStringLiteral("Temp"));
    QString programLog = folder.file(QStringLiteral("doctor.log"));
    SupportBundleSources sources;

    explicit Setup(bool redact, const QString& language = QStringLiteral("en"))
    {
        writeFile(programLog, "2026-12-01 12:30:00 info log C:\\Users\\alice\\AppData\\Local\\MARS Setup Doctor\\logs on SRV-BACKUP01\n");
        // The engine log, UTF-16 with a byte-order mark, as the agent may write it; holding a key it should not.
        const QString engine = QStringLiteral("\xFEFF" "engine start on SRV-BACKUP01\r\n-----BEGIN RSA PRIVATE KEY-----\r\nMIIEow\r\n"
                                              "-----END RSA PRIVATE KEY-----\r\nuser CONTOSO\\alice\r\n");
        writeFile(install + QStringLiteral("/Temp/CBEngineCurr.errlog"), QByteArray(reinterpret_cast<const char*>(engine.utf16()), engine.size() * 2));
        // The patch log, larger than the tail taken.
        QByteArray big;
        while (big.size() < kLogTailBytes + 4096)
            big += "patch line with nothing special in it, number " + QByteArray::number(big.size()) + "\n";
        big += "LAST LINE\n";
        writeFile(temp + QStringLiteral("/OBPatch.log"), big);

        auto fake = std::make_shared<test::FakePlatform>();
        CheckContext context;
        context.inputs.installFolder = install;
        context.inputs.tempFolder = temp;
        sources = bundleSources(sampleReport(), *fake, context, programLog, redact, language);
        sources.terms = {{QStringLiteral("C:\\Users\\alice"), folder.path()}, QStringLiteral("SRV-BACKUP01"), {QStringLiteral("CONTOSO\\alice"), QStringLiteral("alice")}};
    }
};
}  // namespace

TEST_CASE("the bundle holds both languages, the logs and the settings, and its manifest matches the files", "[bundle]")
{
    Setup setup(false);
    const QString zip = setup.folder.file(QStringLiteral("bundle.zip"));
    Message error;
    REQUIRE(writeSupportBundle(zip, setup.sources, &error));
    const QMap<QString, QByteArray> files = unzip(zip);

    const QStringList expected = {QStringLiteral("MANIFEST.txt"), QStringLiteral("agent-logs/CBEngineCurr.errlog"), QStringLiteral("logs/mars-setup-doctor.log"),
                                  QStringLiteral("report.html"), QStringLiteral("report.json"), QStringLiteral("report.zh_CN.html"),
                                  QStringLiteral("report.zh_CN.json"), QStringLiteral("settings.txt"), QStringLiteral("setup-logs/Temp/OBPatch.log")};
    CHECK(files.keys() == expected);
    const QMap<QString, qint64> sizes = manifestSizes(files[QStringLiteral("MANIFEST.txt")]);
    CHECK(sizes.size() == files.size() - 1);
    for (auto it = sizes.begin(); it != sizes.end(); ++it) {
        INFO(it.key().toStdString());
        REQUIRE(files.contains(it.key()));
        CHECK(files[it.key()].size() == it.value());
    }

    // English and Chinese, the same findings.
    const QJsonObject english = QJsonDocument::fromJson(files[QStringLiteral("report.json")]).object();
    const QJsonObject chinese = QJsonDocument::fromJson(files[QStringLiteral("report.zh_CN.json")]).object();
    CHECK(english[QStringLiteral("reportId")] == QStringLiteral("0A1B2C3D"));
    CHECK(chinese[QStringLiteral("reportId")] == QStringLiteral("0A1B2C3D"));
    CHECK(english[QStringLiteral("checks")].toArray().size() == 4);
    CHECK(chinese[QStringLiteral("checks")].toArray().size() == 4);
    const QString chineseHtml = QString::fromUtf8(files[QStringLiteral("report.zh_CN.html")]);
    CHECK(chineseHtml.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))));
    CHECK_FALSE(QString::fromUtf8(files[QStringLiteral("report.html")]).contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))));

    // The settings the checks read, and the uptime the platform gave.
    const QString settings = QString::fromUtf8(files[QStringLiteral("settings.txt")]);
    CHECK(settings.contains(QStringLiteral("Agent version: 2.0.9262.0")));
    CHECK(settings.contains(QStringLiteral(".NET Framework 4.x release: 528449")));
    CHECK(settings.contains(QStringLiteral("net64-strong-crypto = 1")));
    CHECK(settings.contains(QStringLiteral("schannel-client-enabled = not set")));
    CHECK(settings.contains(QStringLiteral("sign-in login.chinacloudapi.cn:443 via proxy 10.0.0.5:3128: failed at tls")));
    CHECK(settings.contains(QStringLiteral(" * agent: proxy 10.0.0.5:3128 (read from Get-OBMachineSetting)")));
    CHECK(settings.contains(QStringLiteral("   machine: not examined: access denied")));
    CHECK(settings.contains(QStringLiteral("Uptime: 3 days 04:05:06 (started about 2026-11-28 08:24 UTC)")));
    CHECK(settings.contains(QStringLiteral("This program's signature: Signed by Contoso Helpdesk Code Signing, but Windows does not trust its certificate\n")));

    // The engine log: decoded from UTF-16, its key removed and the manifest says so.
    const QString engine = QString::fromUtf8(files[QStringLiteral("agent-logs/CBEngineCurr.errlog")]);
    CHECK(engine.startsWith(QStringLiteral("engine start on SRV-BACKUP01")));
    CHECK(engine.contains(QStringLiteral("<removed: a PEM block>")));
    CHECK_FALSE(engine.contains(QStringLiteral("MIIEow")));
    const QString manifest = QString::fromUtf8(files[QStringLiteral("MANIFEST.txt")]);
    CHECK(manifest.contains(QStringLiteral("agent-logs/CBEngineCurr.errlog: 1 piece(s) of secret-shaped text")));
    CHECK(manifest.contains(QStringLiteral("converted from UTF-16 to UTF-8")));

    // The patch log: its end only, from a whole line, and the manifest says how much was left out.
    const QByteArray patch = files[QStringLiteral("setup-logs/Temp/OBPatch.log")];
    CHECK(patch.size() <= kLogTailBytes);
    CHECK(patch.startsWith("patch line"));
    CHECK(patch.endsWith("LAST LINE\n"));
    CHECK(manifest.contains(QStringLiteral("setup-logs/Temp/OBPatch.log: only the last 4 MiB of 4.0 MiB")));
    // What is not there is named: the UI log, and the setup log that does not exist.
    CHECK(manifest.contains(QStringLiteral("agent-logs/CBUICurr.errlog: left out, there is no ")));
    CHECK(manifest.contains(QStringLiteral("setup-logs/Temp/OBInstaller0Curr.errlog: left out")));
    CHECK(manifest.contains(QStringLiteral("Never included: the encryption passphrase")));
    CHECK(manifest.contains(QStringLiteral("Names are not masked")));
    CHECK(QString::fromUtf8(files[QStringLiteral("report.json")]).contains(QStringLiteral("SRV-BACKUP01")));
}

TEST_CASE("redacting masks the names in every file of the bundle, logs included", "[bundle][redact]")
{
    Setup setup(true);
    const QString zip = setup.folder.file(QStringLiteral("redacted.zip"));
    Message error;
    REQUIRE(writeSupportBundle(zip, setup.sources, &error));
    const QMap<QString, QByteArray> files = unzip(zip);
    REQUIRE(files.size() == 9);
    for (auto it = files.begin(); it != files.end(); ++it) {
        INFO(it.key().toStdString());
        const QString text = QString::fromUtf8(it.value());
        CHECK_FALSE(text.contains(QStringLiteral("alice"), Qt::CaseInsensitive));
        CHECK_FALSE(text.contains(QStringLiteral("SRV-BACKUP01"), Qt::CaseInsensitive));
        CHECK_FALSE(text.contains(setup.folder.path()));  // where the logs were: under the "profile" here
    }
    CHECK(files[QStringLiteral("logs/mars-setup-doctor.log")].contains("log <profile>\\AppData\\Local\\MARS Setup Doctor\\logs on <computer>"));
    CHECK(files[QStringLiteral("agent-logs/CBEngineCurr.errlog")].contains("user <user>"));
    CHECK(QJsonDocument::fromJson(files[QStringLiteral("report.json")]).object()[QStringLiteral("machine")] == QStringLiteral("<computer>"));
    CHECK(files[QStringLiteral("MANIFEST.txt")].contains("--redact: masked "));
    CHECK(manifestSizes(files[QStringLiteral("MANIFEST.txt")]).size() == 8);
}

TEST_CASE("a bundle that cannot be written leaves nothing behind and says why", "[bundle]")
{
    Setup setup(false);
    Message error;
    const QString missingFolder = setup.folder.file(QStringLiteral("no-such-folder/bundle.zip"));
    CHECK_FALSE(writeSupportBundle(missingFolder, setup.sources, &error));
    CHECK(error.render().contains(QStringLiteral("no-such-folder")));
    CHECK_FALSE(QFileInfo::exists(setup.folder.file(QStringLiteral("no-such-folder"))));

    // A link planted at the name: refused, its target untouched, nothing beside it.
    const QString target = setup.folder.file(QStringLiteral("elsewhere.txt"));
    writeFile(target, "keep");
    const QString link = setup.folder.file(QStringLiteral("link.zip"));
    REQUIRE(QFile::link(target, link));
    error = {};
    CHECK_FALSE(writeSupportBundle(link, setup.sources, &error));
    CHECK(error.render().contains(QStringLiteral("is a link")));
    QFile kept(target);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == "keep");
    const QStringList left = QDir(setup.folder.path()).entryList(QDir::Files | QDir::System);
    CHECK(left == (QStringList{QStringLiteral("doctor.log"), QStringLiteral("elsewhere.txt"), QStringLiteral("link.zip")}));
}

TEST_CASE("a log planted as a link is not read through", "[bundle]")
{
    test::TempFolderQt folder;
    const QString secret = folder.file(QStringLiteral("secret.txt"));
    writeFile(secret, "not for the ticket");
    const QString link = folder.file(QStringLiteral("OBPatch.log"));
    REQUIRE(QFile::link(secret, link));
    const LogTail tail = readLogTail(link, 1024);
    CHECK(tail.state == LogTail::State::Refused);
    CHECK(tail.bytes.isEmpty());
    CHECK(readLogTail(folder.path(), 1024).state == LogTail::State::Refused);  // a folder
    CHECK(readLogTail(folder.file(QStringLiteral("none.log")), 1024).state == LogTail::State::Missing);
    writeFile(folder.file(QStringLiteral("odd.log")), "0123456789");
    const LogTail odd = readLogTail(folder.file(QStringLiteral("odd.log")), 5);  // starts at 6, not 5: even for UTF-16
    CHECK(odd.truncated);
    CHECK(odd.bytes == "6789");
}

TEST_CASE("the suggested bundle name names the computer and the UTC time, or the report id when masked", "[bundle]")
{
    Report report = sampleReport();
    CHECK(suggestedBundleName(report, false) == QStringLiteral("MarsSetupDoctor-SRV-BACKUP01-20261201T123005Z.zip"));
    CHECK(suggestedBundleName(report, true) == QStringLiteral("MarsSetupDoctor-0A1B2C3D-20261201T123005Z.zip"));
    report.machineName = QStringLiteral("bad/name\\:*");
    CHECK(suggestedBundleName(report, false) == QStringLiteral("MarsSetupDoctor-bad_name___-20261201T123005Z.zip"));
}

namespace {
QByteArray utf16le(const QString& text)
{
    return QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
}

// Every piece of every payload, looked for in every file of the zip: as UTF-8 text (unwrapped and unescaped), and
// in the raw bytes as UTF-16LE.
void checkNoSecretIn(const QMap<QString, QByteArray>& files, const test::SecretCorpus& corpus)
{
    for (auto it = files.begin(); it != files.end(); ++it) {
        INFO(it.key().toStdString());
        const QString text = QString::fromUtf8(it.value());
        CHECK_FALSE(text.contains(QStringLiteral("PRIVATE KEY")));
        CHECK_FALSE(it.value().contains(utf16le(QStringLiteral("PRIVATE KEY"))));
        for (const QString& payload : corpus.payloads) {
            INFO("payload " << payload.left(40).toStdString());
            CHECK(test::survivingPiece(text, payload).isEmpty());
            CHECK_FALSE(it.value().contains(utf16le(payload.left(16))));
        }
    }
}
}  // namespace

TEST_CASE("a UTF-16LE log longer than the tail is decoded from its head's mark, and its secrets are masked", "[bundle][redact][corpus]")
{
    Setup setup(false);
    const test::SecretCorpus corpus = test::secretCorpus(2101);
    QString log = QStringLiteral("\xFEFF");
    while (log.size() * 2 < kLogTailBytes + 65536)
        log += QStringLiteral("2026-12-01 12:00:00 engine line %1 with nothing special in it\r\n").arg(log.size());
    // The secrets go in the tail, the part kept: far from the byte-order mark.
    for (qsizetype i = 0; i < corpus.lines.size(); ++i)
        log += corpus.benign[i % corpus.benign.size()] + QStringLiteral("\r\n") + corpus.lines[i] + QStringLiteral("\r\n");
    log += QStringLiteral("LAST LINE\r\n");
    const QByteArray bytes = utf16le(log);
    REQUIRE(bytes.size() > kLogTailBytes);
    writeFile(setup.install + QStringLiteral("/Temp/CBEngineCurr.errlog"), bytes);

    const QMap<QString, QByteArray> files = unzip([&] {
        const QString zip = setup.folder.file(QStringLiteral("utf16.zip"));
        Message error;
        REQUIRE(writeSupportBundle(zip, setup.sources, &error));
        return zip;
    }());
    checkNoSecretIn(files, corpus);
    const QString engine = QString::fromUtf8(files[QStringLiteral("agent-logs/CBEngineCurr.errlog")]);
    CHECK_FALSE(engine.contains(QChar(u'\0')));
    CHECK(engine.startsWith(QStringLiteral("2026-12-01 12:00:00 engine line ")));
    CHECK(engine.endsWith(QStringLiteral("LAST LINE\r\n")));
    for (const QString& line : corpus.benign)
        CHECK(engine.contains(line));
    const QString manifest = QString::fromUtf8(files[QStringLiteral("MANIFEST.txt")]);
    const QRegularExpression masked(QStringLiteral("agent-logs/CBEngineCurr\\.errlog: (\\d+) piece\\(s\\) of secret-shaped text"));
    const QRegularExpressionMatch match = masked.match(manifest);
    REQUIRE(match.hasMatch());
    CHECK(match.captured(1).toInt() >= corpus.payloads.size());
    CHECK(manifest.contains(QStringLiteral("converted from UTF-16 to UTF-8")));
    CHECK(manifest.contains(QStringLiteral("agent-logs/CBEngineCurr.errlog: only the last 4 MiB")));
}

TEST_CASE("the corpus in a UTF-8 log reaches no bundle either", "[bundle][redact][corpus]")
{
    Setup setup(false);
    const test::SecretCorpus corpus = test::secretCorpus(2102);
    QString log;
    for (qsizetype i = 0; i < corpus.lines.size(); ++i)
        log += corpus.benign[i % corpus.benign.size()] + QLatin1Char('\n') + corpus.lines[i] + QLatin1Char('\n');
    writeFile(setup.temp + QStringLiteral("/OBInstaller0Curr.errlog"), log.toUtf8());
    const QString zip = setup.folder.file(QStringLiteral("utf8.zip"));
    Message error;
    REQUIRE(writeSupportBundle(zip, setup.sources, &error));
    const QMap<QString, QByteArray> files = unzip(zip);
    checkNoSecretIn(files, corpus);
    CHECK(files[QStringLiteral("MANIFEST.txt")].contains("setup-logs/Temp/OBInstaller0Curr.errlog: "));
}

TEST_CASE("a log whose kept end holds no line break is kept, and the manifest says so", "[bundle]")
{
    Setup setup(false);
    writeFile(setup.temp + QStringLiteral("/OBPatch.log"), QByteArray(kLogTailBytes + 1000, 'x'));
    const QList<BundleFile> files = supportBundleFiles(setup.sources);
    const auto patch = std::find_if(files.begin(), files.end(), [](const BundleFile& f) { return f.name == QStringLiteral("setup-logs/Temp/OBPatch.log"); });
    REQUIRE(patch != files.end());
    CHECK(patch->bytes.size() == kLogTailBytes);
    CHECK(files.last().bytes.contains("setup-logs/Temp/OBPatch.log: only the last 4 MiB of 4.0 MiB, which hold no line break: kept as they are"));
}

namespace {
QMap<QString, QByteArray> bundleIn(Setup& setup, const QString& name)
{
    const QString zip = setup.folder.file(name);
    Message error;
    REQUIRE(writeSupportBundle(zip, setup.sources, &error));
    return unzip(zip);
}

bool hasChinese(const QByteArray& text)
{
    return QString::fromUtf8(text).contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]")));
}
}  // namespace

TEST_CASE("a bundle made in Chinese writes its manifest and settings in Chinese, its data as it is, and English copies beside", "[bundle][zh]")
{
    Setup setup(false, QStringLiteral("zh_CN"));
    const QMap<QString, QByteArray> files = bundleIn(setup, QStringLiteral("zh.zip"));
    REQUIRE(files.contains(QStringLiteral("MANIFEST.en.txt")));
    REQUIRE(files.contains(QStringLiteral("settings.en.txt")));
    CHECK(files.size() == 11);
    for (const QString& name : {QStringLiteral("MANIFEST.txt"), QStringLiteral("settings.txt")}) {
        // The signer's name is data (a company's name, as its certificate spells it), not prose.
        const QStringList english = test::englishSentences(QString::fromUtf8(files[name]).remove(QStringLiteral("Contoso Helpdesk Code Signing")));
        INFO(name.toStdString() << ":\n" << english.join(QLatin1Char('\n')).toStdString());
        CHECK(english.isEmpty());
        CHECK(hasChinese(files[name]));
    }
    // The detector is not blind: the English copies are English.
    CHECK_FALSE(test::englishSentences(QString::fromUtf8(files[QStringLiteral("MANIFEST.en.txt")])).isEmpty());
    CHECK_FALSE(test::englishSentences(QString::fromUtf8(files[QStringLiteral("settings.en.txt")])).isEmpty());
    CHECK_FALSE(hasChinese(files[QStringLiteral("settings.en.txt")]));

    // Data values stay as the checks recorded them: names, registry values, hosts, versions, file names, paths.
    const QString settings = QString::fromUtf8(files[QStringLiteral("settings.txt")]);
    for (const char* value : {"SRV-BACKUP01", "Windows Server 2022 (10.0.20348)", "2.0.9262.0", "528449", "net64-strong-crypto = 1",
                              "login.chinacloudapi.cn:443", "10.0.0.5:3128", "Get-OBMachineSetting", "0A1B2C3D", "2026-12-01 12:30:05"}) {
        INFO(value);
        CHECK(settings.contains(QString::fromUtf8(value)));
    }
    const QString manifest = QString::fromUtf8(files[QStringLiteral("MANIFEST.txt")]);
    CHECK(manifest.contains(QDir::toNativeSeparators(setup.install + QStringLiteral("/Temp/CBEngineCurr.errlog"))));
    CHECK(manifest.contains(QStringLiteral("agent-logs/CBUICurr.errlog")));
    CHECK(manifest.contains(QStringLiteral("<removed: ...>")));
    // Every file, the English copies included, is listed with its size; each manifest names the other.
    const QMap<QString, qint64> sizes = manifestSizes(files[QStringLiteral("MANIFEST.txt")]);
    CHECK(sizes.size() == files.size() - 2);
    for (auto it = sizes.begin(); it != sizes.end(); ++it) {
        INFO(it.key().toStdString());
        REQUIRE(files.contains(it.key()));
        CHECK(files[it.key()].size() == it.value());
    }
    CHECK(manifestSizes(files[QStringLiteral("MANIFEST.en.txt")]) == sizes);
    CHECK(manifest.contains(QStringLiteral("MANIFEST.en.txt  ")));
    CHECK(files[QStringLiteral("MANIFEST.en.txt")].contains("MANIFEST.txt  the same as this file, in the bundle's language"));
    CHECK(files[QStringLiteral("MANIFEST.en.txt")].contains("agent-logs/CBEngineCurr.errlog: 1 piece(s) of secret-shaped text"));

    // The English copies say what an English bundle says, line for line, bar the lines naming the copies.
    Setup englishSetup(false);
    const QMap<QString, QByteArray> englishFiles = bundleIn(englishSetup, QStringLiteral("en.zip"));
    CHECK(files[QStringLiteral("settings.en.txt")] == englishFiles[QStringLiteral("settings.txt")]);
}

TEST_CASE("a bundle made in English is as before: English texts, no copies, no Chinese outside the Chinese report", "[bundle]")
{
    Setup setup(false);
    const QMap<QString, QByteArray> files = bundleIn(setup, QStringLiteral("en.zip"));
    CHECK_FALSE(files.contains(QStringLiteral("MANIFEST.en.txt")));
    CHECK_FALSE(files.contains(QStringLiteral("settings.en.txt")));
    CHECK_FALSE(hasChinese(files[QStringLiteral("MANIFEST.txt")]));
    CHECK_FALSE(hasChinese(files[QStringLiteral("settings.txt")]));
    const QString manifest = QString::fromUtf8(files[QStringLiteral("MANIFEST.txt")]);
    CHECK(manifest.startsWith(QStringLiteral("MARS Setup Doctor support bundle\nReport 0A1B2C3D, 2026-12-01 12:30:05 UTC, MARS Setup Doctor 9.9.9\n\n"
                                             "Files (name, size in bytes, what it is):\n")));
    CHECK(manifest.contains(QStringLiteral("\nMANIFEST.txt  this file\n\nLeft out or masked, and why:\n- Never included: the encryption passphrase, the vault "
                                           "credentials file with its certificate and key, and sign-in tokens.")));
    CHECK(manifest.contains(QStringLiteral("report.zh_CN.html  ")));
    CHECK(manifest.contains(QStringLiteral("  the report in Simplified Chinese, a web page\n")));
    CHECK(manifest.contains(QStringLiteral("settings.txt  ")));
    CHECK(manifest.contains(QStringLiteral("  OS and uptime, the agent's version, .NET and TLS values, the routes and their proxies\n")));
    const QString settings = QString::fromUtf8(files[QStringLiteral("settings.txt")]);
    CHECK(settings.startsWith(QStringLiteral("Settings the checks read, report 0A1B2C3D, 2026-12-01 12:30:05 UTC\n\nComputer: SRV-BACKUP01\n"
                                             "Operating system: Windows Server 2022 (10.0.20348)\n")));
    CHECK(settings.contains(QStringLiteral("Windows build: 20348, x64\n")));
    CHECK(settings.contains(QStringLiteral("TLS values (HKLM):\n  net64-strong-crypto = 1\n  schannel-client-enabled = not set\n")));
    CHECK(settings.contains(QStringLiteral("Proxy settings of every route (the agent's marked *):\n")));
}

TEST_CASE("redacting a Chinese bundle masks the names in every file as an English one does", "[bundle][redact][zh]")
{
    Setup setup(true, QStringLiteral("zh_CN"));
    const QMap<QString, QByteArray> files = bundleIn(setup, QStringLiteral("redacted-zh.zip"));
    REQUIRE(files.size() == 11);
    for (auto it = files.begin(); it != files.end(); ++it) {
        INFO(it.key().toStdString());
        const QString text = QString::fromUtf8(it.value());
        CHECK_FALSE(text.contains(QStringLiteral("alice"), Qt::CaseInsensitive));
        CHECK_FALSE(text.contains(QStringLiteral("SRV-BACKUP01"), Qt::CaseInsensitive));
        CHECK_FALSE(text.contains(setup.folder.path()));
    }
    CHECK(files[QStringLiteral("settings.txt")].contains("<computer>"));
    CHECK(files[QStringLiteral("MANIFEST.txt")].contains("--redact"));
    CHECK(files[QStringLiteral("MANIFEST.en.txt")].contains("--redact: masked "));
}

TEST_CASE("every Chinese text of the bundle keeps its arguments apart from Chinese characters, so a name in it is masked", "[bundle][redact][zh]")
{
    // --redact masks a name only where no letter touches it, and a Chinese character is a letter: "计算机SRV01" would
    // keep the name. Each translation of the bundle's own texts sets a space or a sign beside each %N.
    QFile catalogue(QStringLiteral(MARS_SOURCE_DIR "/checks/translations/mars_checks_zh_CN.ts"));
    REQUIRE(catalogue.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&catalogue);
    QString context;
    int texts = 0;
    const QRegularExpression touching(QStringLiteral("\\w%\\d|%\\d\\w"), QRegularExpression::UseUnicodePropertiesOption);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        if (xml.name() != QLatin1String("translation") || (context != QLatin1String("mars::SupportBundle") && context != QLatin1String("mars::BundleSettings")))
            continue;
        const QString translation = xml.readElementText();
        INFO(context.toStdString() << ": " << translation.toStdString());
        CHECK_FALSE(translation.isEmpty());
        CHECK_FALSE(translation.contains(touching));
        ++texts;
    }
    CHECK_FALSE(xml.hasError());
    CHECK(texts >= 40);
}

#ifndef _WIN32
TEST_CASE("a FIFO or a symlink in place of a log is left out with its reason, never waited on or read through", "[bundle]")
{
    Setup setup(false);
    const QString canary = setup.folder.file(QStringLiteral("outside-canary.txt"));
    writeFile(canary, "CANARY-OUTSIDE-FILE");
    REQUIRE(mkfifo(QFile::encodeName(setup.install + QStringLiteral("/Temp/CBUICurr.errlog")).constData(), 0600) == 0);
    REQUIRE(QFile::link(canary, setup.temp + QStringLiteral("/OBInstaller0Curr.errlog")));
    const QList<BundleFile> files = supportBundleFiles(setup.sources);  // QFile waited here for a writer that never came
    for (const BundleFile& file : files)
        CHECK_FALSE(file.bytes.contains("CANARY-OUTSIDE-FILE"));
    const QString manifest = QString::fromUtf8(files.last().bytes);
    CHECK(manifest.contains(QStringLiteral("agent-logs/CBUICurr.errlog: left out")));
    CHECK(manifest.contains(QStringLiteral("it is a FIFO, socket or device, not a regular file")));
    CHECK(manifest.contains(QStringLiteral("setup-logs/Temp/OBInstaller0Curr.errlog: left out")));
    CHECK(manifest.contains(QStringLiteral("it is a symbolic link (never read through)")));
}

TEST_CASE("a log swapped for a symlink or a FIFO in a loop never brings the outside file in, and no bundle waits", "[bundle][race]")
{
    Setup setup(false);
    const QString canary = setup.folder.file(QStringLiteral("outside-canary.txt"));
    writeFile(canary, "CANARY-OUTSIDE-FILE\n");
    constexpr int kRounds = 300;
    std::atomic<int> done{0};
    std::atomic<int> leaks{0};
    test::NameSwapper swapper(setup.temp + QStringLiteral("/OBPatch.log"), canary, "an ordinary patch line\n");
    // The bundles on a thread of their own, so a hang is seen (and reported) instead of stalling the suite.
    std::thread bundles([&] {
        for (int round = 0; round < kRounds; ++round) {
            for (const BundleFile& file : supportBundleFiles(setup.sources))
                leaks += file.bytes.contains("CANARY-OUTSIDE-FILE");
            ++done;
        }
    });
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(3);  // a hang, not a speed
    while (done < kRounds && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    swapper.stop();
    if (done < kRounds) {
        bundles.detach();
        FAIL("a bundle hung after " << done << " rounds");
    }
    bundles.join();
    INFO("swaps: " << swapper.swaps());
    CHECK(swapper.swaps() > kRounds);
    CHECK(leaks == 0);
}
#endif
