// --compare: the earlier report is read as untrusted input (bounded, every field checked, a clear reason for a bad
// file), and what changed per check appears in the JSON, text and HTML reports.
#include "checks/report/ReportCompare.h"
#include "checks/report/ReportReader.h"
#include "checks/installation/AgentCheck.h"
#include "checks/registration/ClockCheck.h"
#include "checks/registration/TempFilesCheck.h"
#include "checks/registration/TlsCheck.h"
#include "checks/TypedIds.h"
#include "tests/support/CatchQt.h"
#include "tests/support/ScriptedCheck.h"
#include "tests/support/TempFolderQt.h"

#ifndef _WIN32
#include "tests/support/NameSwapper.h"

#include <sys/stat.h>
#endif

#include <QJsonArray>
#include <QJsonDocument>
#include <QFile>
#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

using namespace mars;
using test::ScriptedCheck;

namespace {
struct Verdict {
    QString id;
    Status status;
    const FindingSpec* finding;
    QStringList evidence;
};

Report reportOf(const QList<Verdict>& verdicts, const QString& id)
{
    static std::list<CheckSession> sessions;  // the report's specs live in its session: keep them for the test run
    CheckSession& session = sessions.emplace_back();
    for (const Verdict& verdict : verdicts)
        test::addScripted(session, "registration", std::make_shared<ScriptedCheck>(verdict.id, [verdict](const CheckContext&) {
            CheckResult result;
            result.status = verdict.status;
            result.finding = verdict.finding;
            result.summary = Message::plain(QStringLiteral("verdict of ") + verdict.id);
            for (const QString& line : verdict.evidence)
                result.evidence << Message::plain(line);
            return result;
        }));
    session.runAll();
    REQUIRE(QTest::qWaitFor([&] { return !session.isBusy(); }, 5000));
    return Report::fromSession(session, QStringLiteral("9.9.9"), id);
}

QByteArray jsonOf(const Report& report)
{
    return QJsonDocument(report.toJson(TextRenderer())).toJson();
}

QString reasonFor(const QByteArray& bytes)
{
    Message error;
    const auto report = ReportReader::parse(bytes, &error);
    return report ? QString() : error.render(TextRenderer());
}
}  // namespace

TEST_CASE("an earlier report this program wrote is read back whole", "[compare]")
{
    const Report report = reportOf({{id<ClockCheck>(), Status::Fail, findingOf<ClockCheck>(ClockCheck::Code::TooFarOff), {"off by 2 minutes"}}, {id<TlsCheck>(), Status::Pass, findingOf<TlsCheck>(TlsCheck::Code::On), {}}}, "0A1B2C3D");
    Message error;
    const auto read = ReportReader::parse(jsonOf(report), &error);
    REQUIRE(read);
    CHECK(read->reportId == "0A1B2C3D");
    CHECK(read->overall == Status::Fail);
    REQUIRE(read->checks.size() == 2);
    CHECK(read->checks[0].id == id<ClockCheck>());
    CHECK(read->checks[0].code == codeText<ClockCheck>(ClockCheck::Code::TooFarOff));
    CHECK(read->checks[0].evidence == QStringList{"off by 2 minutes"});
    CHECK(read->created.isValid());
}

TEST_CASE("a bad earlier report is refused with a reason, never half-read", "[compare]")
{
    const QByteArray good = jsonOf(reportOf({{id<ClockCheck>(), Status::Fail, findingOf<ClockCheck>(ClockCheck::Code::TooFarOff), {"x"}}}, "0A1B2C3D"));
    CHECK(reasonFor("").contains("Not valid JSON"));
    CHECK(reasonFor(good.left(good.size() / 2)).contains("Not valid JSON"));
    CHECK(reasonFor("[1,2,3]").contains("Not a MARS Setup Doctor report"));
    CHECK(reasonFor(R"({"tool":"Other","checks":[]})").contains("Not a MARS Setup Doctor report"));
    CHECK(reasonFor(QByteArray(ReportReader::kMaxBytes + 1, ' ')).contains("larger than any report"));
    auto edited = [&](const QByteArray& from, const QByteArray& to) {
        QByteArray bytes = good;
        REQUIRE(bytes.contains(from));
        return reasonFor(bytes.replace(from, to));
    };
    CHECK(edited("\"0A1B2C3D\"", "\"../../x\"").contains("report id"));
    CHECK(edited("\"status\": \"fail\"", "\"status\": \"on fire\"").contains("status or code"));
    CHECK(edited(QStringLiteral("\"code\": \"%1\"").arg(codeText<ClockCheck>(ClockCheck::Code::TooFarOff)).toUtf8(), "\"code\": \"<script>\"").contains("status or code"));
    CHECK(edited("\"status\": \"fail\"", "\"status\": 3").contains("\"status\""));
    CHECK(edited("\"evidence\": [", "\"evidence\": 7, \"x\": [").contains("evidence"));
    CHECK(edited("\"x\"", "\"" + QByteArray(ReportReader::kMaxText + 1, 'y') + "\"").contains("evidence"));
    CHECK(edited("\"machine\": \"", "\"machine\": \"" + QByteArray(300, 'm')).contains("\"machine\""));
    // Deep nesting is Qt's parser's to refuse, in bounded time.
    CHECK_FALSE(reasonFor(QByteArray(100000, '[')).isEmpty());
}

TEST_CASE("the comparison says per check what got better, worse, changed, appeared and went", "[compare]")
{
    const Report before = reportOf({{id<ClockCheck>(), Status::Fail, findingOf<ClockCheck>(ClockCheck::Code::TooFarOff), {"off by 2 minutes", "time zone UTC"}},
                                    {id<TlsCheck>(), Status::Pass, findingOf<TlsCheck>(TlsCheck::Code::On), {"same"}},
                                    {id<TempFilesCheck>(), Status::Pass, findingOf<TempFilesCheck>(TempFilesCheck::Code::NoPileUp), {"0 files"}},
                                    {"retired", Status::Warning, nullptr, {}}},
                                   "0A1B2C3D");
    Message error;
    const auto earlier = ReportReader::parse(jsonOf(before), &error);
    REQUIRE(earlier);
    Report after = reportOf({{id<ClockCheck>(), Status::Pass, findingOf<ClockCheck>(ClockCheck::Code::Right), {"right", "time zone UTC"}},
                             {id<TlsCheck>(), Status::Pass, findingOf<TlsCheck>(TlsCheck::Code::On), {"same"}},
                             {id<TempFilesCheck>(), Status::Warning, findingOf<TempFilesCheck>(TempFilesCheck::Code::PilingUp), {"12 files"}},
                             {id<AgentCheck>(), Status::Pass, findingOf<AgentCheck>(AgentCheck::Code::CurrentAndRunning), {}}},
                            "0E0E0E0E");
    const ReportComparison comparison = ReportComparison::between(*earlier, after);
    using K = CheckChange::Kind;
    CHECK(comparison.count(K::Better) == 1);
    CHECK(comparison.count(K::Worse) == 1);
    CHECK(comparison.count(K::Same) == 1);
    CHECK(comparison.count(K::Added) == 1);
    CHECK(comparison.count(K::Removed) == 1);
    const CheckChange& clock = comparison.changes[0];
    CHECK(clock.kind == K::Better);
    CHECK(clock.before == Status::Fail);
    CHECK(clock.after == Status::Pass);
    CHECK(clock.evidenceAdded == QStringList{"right"});
    CHECK(clock.evidenceRemoved == QStringList{"off by 2 minutes"});

    after.comparison = std::make_shared<const ReportComparison>(comparison);
    const QJsonObject json = after.toJson(TextRenderer())["comparison"].toObject();
    CHECK(json["earlierReportId"] == "0A1B2C3D");
    CHECK(json["checks"].toArray()[0].toObject()["change"] == "better");
    CHECK(json["checks"].toArray()[0].toObject()["beforeCode"] == codeText<ClockCheck>(ClockCheck::Code::TooFarOff));
    CHECK(json["checks"].toArray()[4].toObject()["change"] == "removed");
    const QString text = after.toText(TextRenderer());
    CHECK(text.contains("Compared with report 0A1B2C3D"));
    CHECK(text.contains(QStringLiteral("[Failed -> Passed] Scripted clock: better (%1 -> %2)")
                            .arg(codeText<ClockCheck>(ClockCheck::Code::TooFarOff), codeText<ClockCheck>(ClockCheck::Code::Right))));
    CHECK(text.contains("        + right"));
    CHECK(text.contains("        - off by 2 minutes"));
    CHECK(text.contains("[Passed -> Warning] Scripted temp-files: worse"));
    CHECK_FALSE(text.contains("-> Passed] Scripted tls"));  // the same: not listed among the changes
    const QString html = after.toHtml(TextRenderer());
    CHECK(html.contains("<h2 id=\"comparison\">Before and after</h2>"));
    CHECK(html.contains("<tr class=\"better\">"));
}

TEST_CASE("what the earlier report says is escaped in every rendering", "[compare]")
{
    const Report before = reportOf({{"retired", Status::Fail, findingOf<ClockCheck>(ClockCheck::Code::TooFarOff), {"<script>alert(1)</script>", "line\x1b[2Jbreak"}}}, "0A1B2C3D");
    QByteArray bytes = jsonOf(before);
    REQUIRE(bytes.contains("\"title\": \"Scripted retired\""));
    bytes.replace("\"title\": \"Scripted retired\"", "\"title\": \"<img src=x>\"");
    Message error;
    const auto earlier = ReportReader::parse(bytes, &error);
    REQUIRE(earlier);
    Report after = reportOf({{"retired", Status::Pass, nullptr, {"<b>now</b>"}}, {"other", Status::Pass, nullptr, {}}}, "0E0E0E0E");
    after.entries.removeFirst();  // the earlier report's check is gone: its title comes from the file
    after.comparison = std::make_shared<const ReportComparison>(ReportComparison::between(*earlier, after));
    const QString html = after.toHtml(TextRenderer());
    CHECK_FALSE(html.contains("<script"));
    CHECK_FALSE(html.contains("<img"));
    CHECK(html.contains("&lt;img src=x&gt;"));
    const QString text = after.toText(TextRenderer());
    CHECK_FALSE(text.contains(QChar(0x1b)));
}

#ifndef _WIN32
TEST_CASE("a FIFO or a symlink as a report file is refused at once, never waited on or read through", "[compare][fleet]")
{
    test::TempFolderQt folder;
    const QString canary = folder.file(QStringLiteral("canary.json"));
    QFile file(canary);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(jsonOf(reportOf({{id<ClockCheck>(), Status::Pass, findingOf<ClockCheck>(ClockCheck::Code::Right), {}}}, "CA11A4E1")));
    file.close();
    const QString fifo = folder.file(QStringLiteral("fifo.json"));
    REQUIRE(mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const QString link = folder.file(QStringLiteral("link.json"));
    REQUIRE(QFile::link(canary, link));
    Message error;
    CHECK_FALSE(ReportReader::readFile(fifo, &error));  // QFile waited here for a writer that never came
    INFO(error.render(TextRenderer()).toStdString());
    CHECK(error.render(TextRenderer()).contains(QStringLiteral("FIFO")));
    CHECK(error.render(TextRenderer()).contains(fifo));
    CHECK_FALSE(ReportReader::readFile(link, &error));
    CHECK(error.render(TextRenderer()).contains(QStringLiteral("symbolic link")));
    CHECK(ReportReader::readFile(canary, &error));  // the file itself reads
}

TEST_CASE("a report swapped for a symlink or a FIFO in a loop is never read through, and no read waits", "[compare][fleet][race]")
{
    test::TempFolderQt folder;
    const QString canary = folder.file(QStringLiteral("canary.json"));
    QFile file(canary);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(jsonOf(reportOf({{id<ClockCheck>(), Status::Pass, findingOf<ClockCheck>(ClockCheck::Code::Right), {}}}, "CA11A4E1")));
    file.close();
    const QByteArray own = jsonOf(reportOf({{id<ClockCheck>(), Status::Fail, findingOf<ClockCheck>(ClockCheck::Code::TooFarOff), {}}}, "0A1B2C3D"));
    const QString name = folder.file(QStringLiteral("earlier.json"));
    constexpr int kRounds = 3000;
    std::atomic<int> done{0}, leaks{0}, read{0};
    std::atomic<bool> finished{false};
    test::NameSwapper swapper(name, canary, own);
    constexpr long kMinSwaps = 300;  // reads are faster than swaps: enough of each
    std::atomic<bool> stop{false};
    std::thread reader([&] {
        for (int round = 0; !stop && (round < kRounds || swapper.swaps() < kMinSwaps); ++round) {
            Message error;
            const auto report = ReportReader::readFile(name, &error, ReportReader::Evidence::Skip);
            if (report) {
                ++read;
                leaks += report->reportId == QStringLiteral("CA11A4E1");
            }
            ++done;
        }
        finished = true;
    });
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(3);  // a hang, not a speed
    while (!finished && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    const bool hung = !finished;
    stop = true;
    swapper.stop();
    if (hung) {
        reader.detach();
        FAIL("a read hung after " << done << " rounds");
    }
    reader.join();
    INFO("swaps " << swapper.swaps() << ", reports read " << read);
    CHECK(done >= kRounds);
    CHECK(swapper.swaps() >= kMinSwaps);
    CHECK(leaks == 0);
}
#endif

TEST_CASE("a bidirectional control in the earlier report's machine or evidence is escaped in the comparison's text", "[compare]")
{
    const Report before = reportOf({{"retired", Status::Fail, findingOf<ClockCheck>(ClockCheck::Code::TooFarOff), {QStringLiteral("C:\\temp\\\u202Egnp.exe")}}}, "0A1B2C3D");
    Message error;
    auto earlier = ReportReader::parse(jsonOf(before), &error);
    REQUIRE(earlier);
    earlier->machine = QStringLiteral("SRV-\u202Egnp.exe");  // another computer: its name is printed
    Report after = reportOf({{"retired", Status::Pass, nullptr, {}}}, "0E0E0E0E");
    after.comparison = std::make_shared<const ReportComparison>(ReportComparison::between(*earlier, after));
    const QString text = after.toText(TextRenderer());
    CHECK_FALSE(text.contains(QChar(0x202E)));
    CHECK(text.contains("SRV-\\x202egnp.exe"));
    CHECK(text.contains("\\x202egnp.exe"));
    const QString html = after.toHtml(TextRenderer());
    CHECK_FALSE(html.contains(QChar(0x202E)));
}
