// The agent's last error, found without asking: in the ends of its logs (made here from the IDs and documented
// strings, in UTF-8 and UTF-16) and in its event channel. The channel comes from the fake platform here: Wine's
// wevtapi cannot query a channel (checks/platform/tests/Win32AgentEventLogTest.cpp says so and skips), so this fake is what
// covers the reading of events; the POSIX build's own reader says it examined nothing.
#include "tests/support/FakePlatform.h"
#include "tests/support/TempFolderQt.h"
#include "checks/Check.h"
#include "checks/CheckSession.h"
#include "checks/errors/LastAgentError.h"
#include "checks/report/Report.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <catch2/catch.hpp>

#include <filesystem>

using namespace mars;

namespace {

enum class Encoding { Utf8, Utf8Bom, Utf16LeBom, Utf16LeNoBom, Utf16BeBom };

QByteArray encoded(const QString& text, Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8: return text.toUtf8();
    case Encoding::Utf8Bom: return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    case Encoding::Utf16LeBom:
    case Encoding::Utf16LeNoBom:
    case Encoding::Utf16BeBom: {
        QByteArray bytes = encoding == Encoding::Utf16LeBom ? QByteArray("\xFF\xFE") : encoding == Encoding::Utf16BeBom ? QByteArray("\xFE\xFF") : QByteArray();
        for (const QChar c : text) {
            const char low = char(c.unicode() & 0xFF), high = char(c.unicode() >> 8);
            bytes += encoding == Encoding::Utf16BeBom ? QByteArray{&high, 1} + QByteArray{&low, 1} : QByteArray{&low, 1} + QByteArray{&high, 1};
        }
        return bytes;
    }
    }
    return {};
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

void setModified(const QString& path, const QDateTime& when)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(when, QFileDevice::FileModificationTime));
}

struct Agent {
    test::TempFolderQt install;
    test::TempFolderQt temp;
    std::shared_ptr<test::FakePlatform> fake = std::make_shared<test::FakePlatform>();
    CheckContext context;
    Agent()
    {
        context.inputs.installFolder = install.path();
        context.inputs.tempFolder = temp.path();
    }
    QString engineLog(const char* name) const { return install.file(QStringLiteral("Temp/") + QLatin1String(name)); }
    QString setupLog(const char* name) const { return temp.file(QLatin1String(name)); }
    AgentRecordsSearch search() { return findAgentsLastError(*fake, context); }
};

platform::AgentEvent event(std::uint32_t id, unsigned level, const QDateTime& time, const std::string& message)
{
    platform::AgentEvent e;
    e.eventId = id;
    e.level = level;
    e.timeMs = time.toMSecsSinceEpoch();
    e.message = message;
    return e;
}

}  // namespace

TEST_CASE("a known error ID in the agent's log is found, in UTF-8 and UTF-16", "[errors][last-error]")
{
    const auto [encoding, name] = GENERATE(table<Encoding, const char*>({{Encoding::Utf8, "utf-8"},
                                                                         {Encoding::Utf8Bom, "utf-8 with its mark"},
                                                                         {Encoding::Utf16LeBom, "utf-16le with its mark"},
                                                                         {Encoding::Utf16LeNoBom, "utf-16le without a mark"},
                                                                         {Encoding::Utf16BeBom, "utf-16be with its mark"}}));
    INFO(name);
    Agent agent;
    const QString log = QStringLiteral("2026-12-07 09:10 Registration started\r\n"
                                       "Vault credentials file read: 2.0.9083.0\r\n"
                                       "Registration failed: Error 34513 \u2014 vault credentials rejected\r\n"
                                       "Registration ended\r\n");
    writeFile(agent.engineLog("CBUICurr.errlog"), encoded(log, encoding));
    const AgentRecordsSearch search = agent.search();
    REQUIRE(search.found);
    CHECK(search.found->errorId() == QStringLiteral("34513"));
    CHECK(search.found->source.kind == AgentErrorSource::Kind::File);
    CHECK(search.found->source.name == QStringLiteral("CBUICurr.errlog"));
    CHECK(search.found->source.where == QDir::toNativeSeparators(agent.engineLog("CBUICurr.errlog")));
    CHECK(search.found->source.line == QStringLiteral("Registration failed: Error 34513 \u2014 vault credentials rejected"));
    CHECK(search.found->source.byId);
    CHECK(search.found->source.time.isValid());
    CHECK(search.notExamined.isEmpty());
}

TEST_CASE("a documented string in a setup log is found, and its hex ID in the engine's", "[errors][last-error]")
{
    Agent agent;
    writeFile(agent.setupLog("OBInstaller0Curr.errlog"),
              encoded(QStringLiteral("MSI: Installation failed and the changes have been rolled back\n"), Encoding::Utf16LeBom));
    AgentRecordsSearch search = agent.search();
    REQUIRE(search.found);
    CHECK(search.found->errorId() == QStringLiteral("4024"));
    CHECK_FALSE(search.found->source.byId);

    // A newer log that names another error wins: the newest of the agent's records is the one it is about.
    writeFile(agent.engineLog("CBEngineCurr.errlog"), QByteArray("Activation: internal service error 0x1FC07\n"));
    setModified(agent.setupLog("OBInstaller0Curr.errlog"), QDateTime::currentDateTimeUtc().addSecs(-3600));
    search = agent.search();
    REQUIRE(search.found);
    CHECK(search.found->errorId() == QStringLiteral("0x1FC07"));
    CHECK(search.found->source.name == QStringLiteral("CBEngineCurr.errlog"));
}

TEST_CASE("a log without a known error, or none at all, finds nothing", "[errors][last-error]")
{
    Agent agent;
    CHECK_FALSE(agent.search().found);
    writeFile(agent.engineLog("CBEngineCurr.errlog"), QByteArray("thread 4024 started\nversion 2.0.9083.0\nall good\n"));
    const AgentRecordsSearch search = agent.search();
    CHECK_FALSE(search.found);
    CHECK(search.notExamined.isEmpty());
}

TEST_CASE("the end of a long log is read, never its mid-line start", "[errors][last-error]")
{
    Agent agent;
    // The error early in the file is beyond the end that is read; the line cut by the tail's start is dropped too.
    QByteArray bytes = "Error 34528 long ago\n";
    const QByteArray filler(200, 'x');
    while (bytes.size() < kAgentLogScanBytes + 4096)
        bytes += filler + '\n';
    writeFile(agent.engineLog("CBEngineCurr.errlog"), bytes);
    CHECK_FALSE(agent.search().found);
    bytes += "Error 34513 just now\n";
    writeFile(agent.engineLog("CBEngineCurr.errlog"), bytes);
    const AgentRecordsSearch search = agent.search();
    REQUIRE(search.found);
    CHECK(search.found->errorId() == QStringLiteral("34513"));
    // One line longer than the end that is read: no whole line of it is there, so nothing of it is scanned.
    writeFile(agent.engineLog("CBEngineCurr.errlog"), QByteArray(kAgentLogScanBytes + 10, 'y') + " Error 34513");
    CHECK_FALSE(agent.search().found);
}

TEST_CASE("a log that is a link is not read through, and said so", "[errors][last-error]")
{
    Agent agent;
    test::TempFolderQt elsewhere;
    writeFile(elsewhere.file(QStringLiteral("secret.txt")), QByteArray("Error 34513 from a planted link\n"));
    QDir().mkpath(agent.install.file(QStringLiteral("Temp")));
    std::filesystem::create_symlink(elsewhere.file(QStringLiteral("secret.txt")).toStdString(), agent.engineLog("CBEngineCurr.errlog").toStdString());
    const AgentRecordsSearch search = agent.search();
    CHECK_FALSE(search.found);
    REQUIRE(search.notExamined.size() == 1);
    CHECK(search.notExamined.first().contains(QStringLiteral("symbolic link")));
}

TEST_CASE("the agent's event channel: the newest event that names an error, with its time and ID", "[errors][last-error]")
{
    Agent agent;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    agent.fake->events.state = platform::AgentEventRead::State::Read;
    agent.fake->events.events = {event(11, 2, now.addSecs(-60), "The backup operation completed with warnings."),
                                 event(18, 2, now.addSecs(-120), "Registration failed.\r\nError 34506: the encryption passphrase is not correct"),
                                 event(11, 2, now.addSecs(-180), "Error 34513")};
    const AgentRecordsSearch search = agent.search();
    REQUIRE(search.found);
    CHECK(search.found->errorId() == QStringLiteral("34506"));
    CHECK(search.found->source.kind == AgentErrorSource::Kind::Channel);
    CHECK(search.found->source.where == QStringLiteral("CloudBackup/Operational"));
    CHECK(search.found->source.eventId == 18);
    CHECK(search.found->source.time.toMSecsSinceEpoch() == now.addSecs(-120).toMSecsSinceEpoch());
    CHECK(agent.fake->eventChannels == std::vector<std::string>{"CloudBackup/Operational"});

    // A log written after that event is newer, and wins; one written before it does not.
    writeFile(agent.engineLog("CBEngineCurr.errlog"), QByteArray("Error 34528\n"));
    setModified(agent.engineLog("CBEngineCurr.errlog"), now.addSecs(-30));
    CHECK(agent.search().found->errorId() == QStringLiteral("34528"));
    setModified(agent.engineLog("CBEngineCurr.errlog"), now.addSecs(-3600));
    CHECK(agent.search().found->errorId() == QStringLiteral("34506"));
}

TEST_CASE("an event log that cannot be read is said so, never read as 'no error'", "[errors][last-error]")
{
    Agent agent;
    agent.fake->events.state = platform::AgentEventRead::State::Failed;
    agent.fake->events.reason = "Access is denied. (error 5)";
    AgentRecordsSearch search = agent.search();
    CHECK_FALSE(search.found);
    REQUIRE(search.notExamined.size() == 1);
    CHECK(search.notExamined.first() == QStringLiteral("CloudBackup/Operational: Access is denied. (error 5)"));

    // The portable build's own reader: not examined, no Windows event log.
    auto system = platform::makeSystemAgentEventLog();
    const platform::AgentEventRead read = system->newestProblems(platform::kAgentEventChannel, 10);
#ifndef _WIN32
    CHECK(read.state == platform::AgentEventRead::State::Unavailable);
    CHECK(read.reason == "not examined: no Windows event log on this system");
    CHECK(read.events.empty());
#endif
}

TEST_CASE("the event log's bounds: so many events, so many bytes of each, never half a character", "[errors][last-error]")
{
    test::FakePlatform fake;
    fake.events.state = platform::AgentEventRead::State::Read;
    for (int i = 0; i < 100; ++i)
        fake.events.events.push_back(event(1, 3, QDateTime::currentDateTimeUtc(), std::string(5000, 'a') + "\xE4\xB8\xAD"));
    const platform::AgentEventRead read = fake.newestProblems(platform::kAgentEventChannel, 1000);
    CHECK(read.events.size() == platform::kMaxAgentEvents);
    CHECK(read.events.front().message.size() == platform::kMaxEventMessageBytes);
    CHECK(read.events.front().messageCut);
    std::string text = "ab\xE4\xB8\xAD";  // "ab中": a cut at 4 bytes would split 中
    CHECK(platform::cutUtf8(text, 4));
    CHECK(text == "ab");
}

TEST_CASE("the offer says which error, where and when, and the report says where it came from", "[errors][last-error]")
{
    FoundAgentError found;
    found.match = lookUpAgentError(QStringLiteral("34513"));
    found.source.kind = AgentErrorSource::Kind::File;
    found.source.name = QStringLiteral("CBUICurr.errlog");
    found.source.where = QStringLiteral("C:\\Program Files\\Microsoft Azure Recovery Services Agent\\Temp\\CBUICurr.errlog");
    const QDateTime now = QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::LocalTime);
    found.source.time = QDateTime(QDate(2026, 12, 7), QTime(9, 14), Qt::LocalTime).toUTC();
    found.source.line = QStringLiteral("Error 34513");
    found.source.byId = true;
    CHECK(found.offer(now).render() == QStringLiteral("Start from error 34513 (seen in CBUICurr.errlog, last written at 09:14 today)"));
    CHECK(found.offer(now.addDays(1)).render() == QStringLiteral("Start from error 34513 (seen in CBUICurr.errlog, last written at 09:14 yesterday)"));
    CHECK(found.offer(now.addDays(3)).render() == QStringLiteral("Start from error 34513 (seen in CBUICurr.errlog, last written at 2026-12-07 09:14)"));
    found.source.kind = AgentErrorSource::Kind::Channel;
    CHECK(found.offer(now).render() == QStringLiteral("Start from error 34513 (seen in the agent's event log at 09:14 today)"));
    found.match = lookUpAgentError(QStringLiteral("registration-not-verified"));
    CHECK(found.offer(now).render() == QStringLiteral("Start from Registration status could not be verified (seen in the agent's event log at 09:14 today)"));
    found.match = lookUpAgentError(QStringLiteral("34513"));
    found.source.kind = AgentErrorSource::Kind::File;
    CHECK(found.offer(now).render(TextRenderer::forLanguage(QStringLiteral("zh_CN"))) ==
          QStringLiteral("从错误 34513 开始（见于 CBUICurr.errlog，该日志最后写入于今天 09:14）"));

    // --check's JSON: startedFromError.source names the file and its time; a user's --error says "user".
    CheckSession session;
    CheckContext context;
    context.inputs.agentError = QStringLiteral("34513");
    session.setContext(context);
    QJsonObject started = Report::fromSession(session, QStringLiteral("test")).toJson(TextRenderer())[QStringLiteral("startedFromError")].toObject();
    CHECK(started[QStringLiteral("source")].toObject() == QJsonObject{{QStringLiteral("kind"), QStringLiteral("user")}});
    found.match = lookUpAgentError(QStringLiteral("34513"));
    found.source.kind = AgentErrorSource::Kind::File;
    found.source.line = QStringLiteral("Error 34513 \\x1b[31m");
    context.environment.agentErrorSource = found.source;
    session.setContext(context);
    const Report report = Report::fromSession(session, QStringLiteral("test"));
    started = report.toJson(TextRenderer())[QStringLiteral("startedFromError")].toObject();
    const QJsonObject source = started[QStringLiteral("source")].toObject();
    CHECK(source[QStringLiteral("kind")] == QStringLiteral("file"));
    CHECK(source[QStringLiteral("file")] == found.source.where);
    CHECK(source[QStringLiteral("fileLastWritten")] == found.source.time.toString(Qt::ISODate));
    CHECK(source[QStringLiteral("line")] == found.source.line);
    CHECK(source[QStringLiteral("foundBy")] == QStringLiteral("id"));
    CHECK(report.toText(TextRenderer()).contains(QStringLiteral("found in the agent's log C:\\Program Files")));
    CHECK(report.toHtml(TextRenderer()).contains(QStringLiteral("Error 34513 \\x1b[31m")));
}
