// --fleet-report: a folder of JSON reports, some bad on purpose, merged into one self-contained page.
#include "checks/report/FleetReport.h"
#include "checks/report/Report.h"
#include "checks/Catalog.h"
#include "checks/registration/ClockCheck.h"
#include "checks/registration/EndpointsCheck.h"
#include "checks/registration/TlsCheck.h"
#include "checks/TypedIds.h"
#include "tests/support/CatchQt.h"
#include "tests/support/FleetReports.h"
#include "tests/support/TempFolderQt.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <fcntl.h>
#include <unistd.h>

using namespace mars;

namespace {
// A report as another machine's --check --out writes it.
QByteArray reportJson(const QString& machine, const QString& id, const QString& created, const QList<std::tuple<QString, QString, QString>>& checks)
{
    QJsonArray list;
    QString overall = QStringLiteral("pass");
    for (const auto& [check, status, code] : checks) {
        list << QJsonObject{{"section", "registration"}, {"id", check}, {"articleStep", 0}, {"title", check + " title"}, {"status", status},
                            {"code", code}, {"docs", ""}, {"summary", check + " on " + machine}, {"evidence", QJsonArray{}},
                            {"facts", QJsonObject{}}, {"fixes", QJsonArray{}}};
        if (status == "fail")
            overall = status;
    }
    return QJsonDocument(QJsonObject{{"tool", "MARS Setup Doctor"}, {"reportId", id}, {"version", "9.9.9"}, {"language", "en"},
                                     {"created", created}, {"createdLocal", created}, {"machine", machine}, {"os", "x"},
                                     {"cloud", "china"}, {"overall", overall}, {"checks", list}, {"fixesApplied", QJsonArray{}}})
        .toJson();
}

void write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}
}  // namespace

TEST_CASE("a folder of reports becomes one page: machines x checks, findings counted worst first, bad files listed", "[fleet]")
{
    test::TempFolderQt folder;
    write(folder.file("SRV-01.json"), reportJson("SRV-01", "0000000A", "2026-12-01T10:00:00Z",
                                                 {{id<EndpointsCheck>(), "fail", codeText<EndpointsCheck>(EndpointsCheck::Code::Blocked)}, {id<ClockCheck>(), "pass", codeText<ClockCheck>(ClockCheck::Code::Right)}}));
    write(folder.file("SRV-02.json"), reportJson("SRV-02", "0000000B", "2026-12-01T10:05:00Z",
                                                 {{id<EndpointsCheck>(), "fail", codeText<EndpointsCheck>(EndpointsCheck::Code::Blocked)}, {id<ClockCheck>(), "warning", codeText<ClockCheck>(ClockCheck::Code::Off)}}));
    write(folder.file("SRV-03.json"), reportJson("SRV-03<script>", "0000000C", "2026-12-01T10:06:00Z",
                                                 {{id<EndpointsCheck>(), "pass", codeText<EndpointsCheck>(EndpointsCheck::Code::AllAnswered)}, {id<ClockCheck>(), "pass", codeText<ClockCheck>(ClockCheck::Code::Right)}}));
    // An older report of SRV-01: the newer one counts.
    write(folder.file("SRV-01-old.json"), reportJson("srv-01", "0000000D", "2026-11-30T10:00:00Z", {{id<EndpointsCheck>(), "pass", codeText<EndpointsCheck>(EndpointsCheck::Code::AllAnswered)}}));
    const QByteArray good = reportJson("SRV-04", "0000000E", "2026-12-01T10:00:00Z", {{id<ClockCheck>(), "pass", codeText<ClockCheck>(ClockCheck::Code::Right)}});
    write(folder.file("truncated.json"), good.left(good.size() / 2));
    write(folder.file("foreign.json"), R"({"name":"package.json of something else"})");
    write(folder.file("oversized.json"), QByteArray(ReportReader::kMaxBytes + 10, ' '));
    write(folder.file("notes.txt"), good);  // not *.json: not read at all
    test::TempFolderQt outside;
    write(outside.file("secret.json"), reportJson("OUTSIDE", "0000000F", "2026-12-01T10:00:00Z", {{id<ClockCheck>(), "pass", codeText<ClockCheck>(ClockCheck::Code::Right)}}));
    REQUIRE(::symlink(outside.file("secret.json").toLocal8Bit().constData(), folder.file("link.json").toLocal8Bit().constData()) == 0);

    Message error;
    const FleetReport fleet = FleetReport::fromFolder(folder.path(), &error);
    CHECK(error.isEmpty());
    CHECK(fleet.machines().size() == 3);
    QStringList skipped;
    for (const auto& entry : fleet.skipped())
        skipped << entry.file + ": " + entry.reason.render(TextRenderer());
    INFO(skipped.join('\n').toStdString());
    REQUIRE(skipped.size() == 5);
    CHECK(skipped.filter(QRegularExpression("^foreign.json: Not a MARS Setup Doctor report")).size() == 1);
    CHECK(skipped.filter(QRegularExpression("^truncated.json: Not valid JSON")).size() == 1);
    CHECK(skipped.filter(QRegularExpression("^oversized.json: The file is larger than any report")).size() == 1);
    CHECK(skipped.filter(QRegularExpression("^link.json: a link")).size() == 1);
    CHECK(skipped.filter(QRegularExpression("^SRV-01-old.json: an older report of srv-01")).size() == 1);

    const QString html = fleet.toHtml(TextRenderer());
    CHECK(html.startsWith("<!DOCTYPE html>"));
    CHECK_FALSE(html.contains("OUTSIDE"));
    CHECK_FALSE(html.contains("<script"));
    CHECK(html.contains("SRV-03&lt;script&gt;"));
    CHECK_FALSE(html.contains("src="));
    CHECK_FALSE(html.contains("@import"));
    // Links only to its own anchors.
    for (auto match = QRegularExpression("href=\"([^\"]*)\"").globalMatch(html); match.hasNext();)
        CHECK(match.next().captured(1).startsWith('#'));
    // Findings worst first: the failure two machines share, then the warning, then the passes.
    const auto cell = [&html](const QString& code) { return html.indexOf(QStringLiteral("<code>%1</code></td>").arg(code)); };
    const qsizetype net6 = cell(codeText<EndpointsCheck>(EndpointsCheck::Code::Blocked)),
                    clk2 = cell(codeText<ClockCheck>(ClockCheck::Code::Off)), clk1 = cell(codeText<ClockCheck>(ClockCheck::Code::Right));
    CHECK((net6 > 0 && net6 < clk2 && clk2 < clk1));
    CHECK(html.contains("<td class=\"s-fail\">\u2716 Failed</td><td>2</td>"));
    // One section per check and per status, reachable from the filters at the top.
    CHECK(html.contains("<h2 id=\"check-endpoints\">"));
    CHECK(html.contains("<h3 id=\"check-endpoints.fail\">"));
    CHECK(html.contains("<a href=\"#check-endpoints\">"));
    CHECK(html.contains("<h2 id=\"status-fail\">"));
    CHECK(html.contains("<a href=\"#status-pass\">"));
    CHECK_FALSE(html.contains("<a href=\"#status-warning\">"));  // no machine's overall: no link to an empty list
    CHECK(html.contains("<code>0000000B</code></td><td class=\"nw\">2026-12-01 10:05</td>"));
}

TEST_CASE("a fleet report of no folder says so, and an empty folder gives an empty page", "[fleet]")
{
    Message error;
    FleetReport::fromFolder(QStringLiteral("/nonexistent/folder"), &error);
    CHECK(error.render(TextRenderer()).contains("is not a folder"));
    test::TempFolderQt folder;
    Message none;
    const FleetReport empty = FleetReport::fromFolder(folder.path(), &none);
    CHECK(none.isEmpty());
    CHECK(empty.toHtml(TextRenderer()).contains("0 machines merged, 0 files skipped"));
}

namespace {
QByteArray withOverall(QByteArray json, const char* overall)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    root.insert("overall", QString::fromLatin1(overall));
    return QJsonDocument(root).toJson();
}

QStringList skippedLines(const FleetReport& fleet)
{
    QStringList lines;
    for (const auto& entry : fleet.skipped())
        lines << entry.file + ": " + entry.reason.render(TextRenderer());
    return lines;
}
}  // namespace

TEST_CASE("a machine's name with a bidirectional control is shown escaped on the fleet page", "[fleet]")
{
    FleetReport fleet;
    fleet.add("spoof.json", reportJson(QStringLiteral("SRV-\u202Egnp.exe"), "0000000A", "2026-12-01T10:00:00Z", {{id<ClockCheck>(), "pass", codeText<ClockCheck>(ClockCheck::Code::Right)}}));
    REQUIRE(fleet.machines().size() == 1);
    const QString html = fleet.toHtml(TextRenderer());
    CHECK_FALSE(html.contains(QChar(0x202E)));
    CHECK(html.contains("SRV-\\x202egnp.exe"));
}

TEST_CASE("the fleet page recomputes the overall from the checks, whatever the report claims", "[fleet]")
{
    FleetReport fleet;
    fleet.add("liar.json", withOverall(reportJson("SRV-LIAR", "0000000A", "2026-12-01T10:00:00Z",
                                                  {{id<ClockCheck>(), "pass", codeText<ClockCheck>(ClockCheck::Code::Right)}, {id<EndpointsCheck>(), "fail", codeText<EndpointsCheck>(EndpointsCheck::Code::Blocked)}}),
                                       "pass"));
    fleet.add("empty.json", withOverall(reportJson("SRV-EMPTY", "0000000B", "2026-12-01T10:00:00Z", {}), "pass"));
    REQUIRE(fleet.machines().size() == 2);
    CHECK(fleet.machines()[0].overall == Status::Fail);
    CHECK(fleet.machines()[0].claimedOverall == Status::Pass);
    CHECK(fleet.machines()[1].overall == Status::NotRun);  // nothing examined is never a pass
    const QString html = fleet.toHtml(TextRenderer());
    CHECK(html.contains("<td class=\"s-fail\">\u2716 Failed (the report claims Passed)</td>"));
    // No machine passed: no "Overall: Passed" heading, empty, and no link to one.
    CHECK_FALSE(html.contains("<h2 id=\"status-pass\">"));
    CHECK_FALSE(html.contains("href=\"#status-pass\""));
    const qsizetype failSection = html.indexOf("<h2 id=\"status-fail\">");
    REQUIRE(failSection > 0);
    CHECK(html.mid(failSection, html.indexOf("</ul>", failSection) - failSection).contains("SRV-LIAR"));
}

TEST_CASE("the fleet page's glyphs are in common fonts, one per status, and a saved run never says Checking", "[fleet]")
{
    FleetReport fleet;
    fleet.add("a.json", reportJson("SRV-A", "0000000A", "2026-12-01T10:00:00Z",
                                   {{id<ClockCheck>(), "error", codeText<ClockCheck>(ClockCheck::Code::NoSource)}, {id<EndpointsCheck>(), "running", ""}, {id<TlsCheck>(), "not-run", ""}}));
    REQUIRE(fleet.machines().size() == 1);
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        const QString html = fleet.toHtml(TextRenderer::forLanguage(language));
        CHECK_FALSE(html.contains(QChar(0x26D4)));  // a missing-glyph box where the fonts lack it
        CHECK_FALSE(html.contains(statusLabel(Status::Running).render(TextRenderer::forLanguage(language))));
        // No empty "Overall" list, and no check's heading with nothing under it.
        CHECK_FALSE(QRegularExpression("<h2 id=\"status-[a-z-]+\">[^<]*</h2>\n<ul></ul>").match(html).hasMatch());
        CHECK_FALSE(QRegularExpression("<h2 id=\"check-[a-z0-9-]+\">[^<]*</h2>\n<h2").match(html).hasMatch());
    }
    CHECK(fleet.toHtml(TextRenderer()).contains("<h2 id=\"check-agent\">The agent</h2>\n<p>No report lists this check.</p>"));
    CHECK(fleet.toHtml(TextRenderer::forLanguage("zh_CN")).contains(QStringLiteral("<p>没有报告列出此项检查。</p>")));
    const QString html = fleet.toHtml(TextRenderer());
    CHECK(html.contains("? Error"));
    CHECK(html.contains("\u25D0 Did not finish"));
    CHECK(html.contains("\u25CB Not run"));
    CHECK(html.contains("<h2 id=\"status-error\">"));
    CHECK_FALSE(html.contains("<h2 id=\"status-warning\">"));
    // A report's id and date are never broken mid-token in a narrow column.
    CHECK(html.contains("<td class=\"nw\"><code>0000000A</code></td><td class=\"nw\">2026-12-01 10:00</td>"));
    CHECK(html.contains(".nw{white-space:nowrap}"));
    // Could not check is not a problem found: the window's purple, not the red of Failed.
    CHECK(html.contains(".s-error{color:#7a1f6e"));
    CHECK(html.contains(".s-fail{color:#c42b1c"));
}

TEST_CASE("a report dated in the future is skipped with the reason, and does not replace the genuine newest one", "[fleet]")
{
    FleetReport fleet;
    fleet.add("genuine.json", reportJson("SRV-01", "0000000A", "2026-12-01T10:00:00Z", {{id<EndpointsCheck>(), "fail", codeText<EndpointsCheck>(EndpointsCheck::Code::Blocked)}}));
    fleet.add("forged.json", reportJson("SRV-01", "0000000B", "9999-12-31T00:00:00Z", {{id<EndpointsCheck>(), "pass", codeText<EndpointsCheck>(EndpointsCheck::Code::AllAnswered)}}));
    const QString soon = QDateTime::currentDateTimeUtc().addSecs(60 * 60).toString(Qt::ISODate);
    fleet.add("skewed.json", reportJson("SRV-02", "0000000C", soon, {{id<ClockCheck>(), "warning", codeText<ClockCheck>(ClockCheck::Code::Off)}}));  // within the tolerance
    REQUIRE(fleet.machines().size() == 2);
    CHECK(fleet.machines()[0].reportId == "0000000A");
    const QStringList skipped = skippedLines(fleet);
    INFO(skipped.join('\n').toStdString());
    REQUIRE(skipped.size() == 1);
    CHECK(skipped[0].startsWith("forged.json: dated 9999-12-31 00:00 UTC, in the future"));
    CHECK(fleet.toHtml(TextRenderer()).contains("<code>forged.json</code>: dated 9999-12-31"));
}

TEST_CASE("two reports with one id get distinct anchors, and every anchor is unique", "[fleet]")
{
    FleetReport fleet;
    fleet.add("a.json", reportJson("SRV-A", "0000000A", "2026-12-01T10:00:00Z", {{id<EndpointsCheck>(), "fail", codeText<EndpointsCheck>(EndpointsCheck::Code::Blocked)}}));
    fleet.add("b.json", reportJson("SRV-B", "0000000A", "2026-12-01T10:00:00Z", {{id<EndpointsCheck>(), "fail", codeText<EndpointsCheck>(EndpointsCheck::Code::Blocked)}}));
    // A check whose id looks like another check's status section.
    fleet.add("c.json", reportJson("SRV-C", "0000000C", "2026-12-01T10:00:00Z", {{"endpoints-fail", "pass", ""}}));
    REQUIRE(fleet.machines().size() == 3);
    const QString html = fleet.toHtml(TextRenderer());
    QStringList ids;
    for (auto match = QRegularExpression(" id=\"([^\"]*)\"").globalMatch(html); match.hasNext();)
        ids << match.next().captured(1);
    CHECK(ids.contains("machine-0000000A"));
    CHECK(ids.contains("machine-0000000A-2"));
    CHECK(ids.size() == QSet<QString>(ids.begin(), ids.end()).size());
    for (auto match = QRegularExpression("href=\"#([^\"]*)\"").globalMatch(html); match.hasNext();)
        CHECK(ids.contains(match.next().captured(1)));
}

TEST_CASE("a file whose name is not UTF-8 is listed as skipped, its bytes escaped", "[fleet]")
{
    test::TempFolderQt folder;
    write(folder.file("good.json"), reportJson("SRV-01", "0000000A", "2026-12-01T10:00:00Z", {{id<ClockCheck>(), "pass", codeText<ClockCheck>(ClockCheck::Code::Right)}}));
    const QByteArray bad = QFile::encodeName(folder.path()) + "/bad\xff\xfe.json";
    {
        const int fd = ::open(bad.constData(), O_CREAT | O_WRONLY | O_EXCL, 0600);
        REQUIRE(fd >= 0);
        ::close(fd);
    }
    Message error;
    const FleetReport fleet = FleetReport::fromFolder(folder.path(), &error);
    CHECK(error.isEmpty());
    CHECK(fleet.machines().size() == 1);
    const QStringList skipped = skippedLines(fleet);
    INFO(skipped.join('\n').toStdString());
    REQUIRE(skipped.size() == 1);
    CHECK(skipped[0].startsWith("bad\\xff\\xfe.json: the file's name is not UTF-8"));
    CHECK(fleet.toHtml(TextRenderer()).contains("<code>bad\\xff\\xfe.json</code>"));
    ::unlink(bad.constData());  // by its bytes: Qt cannot name it to remove the folder
}

TEST_CASE("reports with their own check ids cannot widen the page past its cap, and their texts are cut", "[fleet]")
{
    FleetReport fleet;
    const int reports = 200;
    for (int i = 0; i < reports; ++i) {
        QList<std::tuple<QString, QString, QString>> checks;
        for (int j = 0; j < 20; ++j)
            checks << std::tuple<QString, QString, QString>{QStringLiteral("own-%1-%2").arg(i).arg(j), "pass", ""};
        fleet.add(QStringLiteral("m%1.json").arg(i), reportJson(QStringLiteral("SRV-%1").arg(i), QStringLiteral("%1").arg(i, 8, 16, QLatin1Char('0')).toUpper(),
                                                                 "2026-12-01T10:00:00Z", checks));
    }
    REQUIRE(fleet.machines().size() == reports);
    int leftOut = 0;
    for (const auto& machine : fleet.machines())
        leftOut += machine.checksLeftOut;
    CHECK(leftOut == reports * 20 - FleetReport::kMaxExtraColumns);
    const QString html = fleet.toHtml(TextRenderer());
    CHECK(html.count("<h2 id=\"check-") == qsizetype(checkCatalog().size()) + FleetReport::kMaxExtraColumns);
    CHECK(html.contains("checks of ids this program does not know are not shown"));
    CHECK(html.size() < 4 * 1024 * 1024);

    // A summary of the longest a report may hold shows its first kMaxShownSummary characters.
    QJsonObject root = QJsonDocument::fromJson(reportJson("SRV-LONG", "0000FFFF", "2026-12-01T10:00:00Z", {{id<ClockCheck>(), "pass", codeText<ClockCheck>(ClockCheck::Code::Right)}})).object();
    QJsonArray checks = root.value("checks").toArray();
    QJsonObject check = checks[0].toObject();
    check.insert("summary", QString(ReportReader::kMaxText, QLatin1Char('x')));
    checks[0] = check;
    root.insert("checks", checks);
    FleetReport one;
    one.add("long.json", QJsonDocument(root).toJson());
    REQUIRE(one.machines().size() == 1);
    const QString page = one.toHtml(TextRenderer());
    CHECK(page.contains(QString(FleetReport::kMaxShownSummary, QLatin1Char('x'))));
    CHECK_FALSE(page.contains(QString(FleetReport::kMaxShownSummary + 1, QLatin1Char('x'))));
}

namespace {
QByteArray reportIn(const QString& language, const QString& machine, const QString& id)
{
    return test::reportIn(language, machine, id, QStringLiteral("<bob>"));
}

QByteArray withoutMessageData(const QByteArray& json)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    QJsonArray checks;
    for (const QJsonValue& value : root["checks"].toArray()) {
        QJsonObject check = value.toObject();
        check.remove("summaryMessage");
        check.remove("evidenceMessages");
        checks << check;
    }
    root["checks"] = checks;
    return QJsonDocument(root).toJson();
}
}  // namespace

TEST_CASE("a fleet page shows every machine's summaries in the page's language, whatever language each report was written in", "[fleet][zh]")
{
    const TextRenderer chinese = TextRenderer::forLanguage(QStringLiteral("zh_CN"));
    REQUIRE(chinese.language() == "zh_CN");
    const QByteArray zhReport = reportIn(QStringLiteral("zh_CN"), QStringLiteral("SRV-ZH"), QStringLiteral("0000000A"));
    const QByteArray enReport = reportIn(QStringLiteral("en"), QStringLiteral("SRV-EN"), QStringLiteral("0000000B"));
    // Each report holds its own language's text, and the message beside it.
    CHECK(zhReport.contains(QStringLiteral("SRV-ZH\\\\<bob> 不是本地管理员。").toUtf8()));
    CHECK(enReport.contains("SRV-EN\\\\<bob> is not a local administrator."));
    CHECK(enReport.contains("\"summaryMessage\""));
    // Made for a page in either language: its summaries rendered as they are read, or again from their data.
    const TextRenderer expected = GENERATE(as<const char*>(), "en", "zh_CN") == QStringLiteral("en") ? TextRenderer() : chinese;
    FleetReport fleet(expected);
    fleet.add("zh.json", zhReport);
    fleet.add("en.json", enReport);
    REQUIRE(fleet.machines().size() == 2);

    const QString zhPage = fleet.toHtml(chinese);
    for (const QString& machine : {QStringLiteral("SRV-ZH"), QStringLiteral("SRV-EN")}) {
        INFO(machine.toStdString());
        CHECK(zhPage.contains(machine + QStringLiteral("\\&lt;bob&gt; 不是本地管理员。")));
        CHECK(zhPage.contains(QStringLiteral("C:\\MARS-") + machine + QStringLiteral(" 是文件，不是文件夹。")));
        CHECK_FALSE(zhPage.contains(machine + QStringLiteral("\\&lt;bob&gt; is not a local administrator.")));
    }
    CHECK_FALSE(zhPage.contains("is a file, not a folder"));
    CHECK_FALSE(zhPage.contains("as the report wrote it"));

    const QString enPage = fleet.toHtml(TextRenderer());
    for (const QString& machine : {QStringLiteral("SRV-ZH"), QStringLiteral("SRV-EN")}) {
        INFO(machine.toStdString());
        CHECK(enPage.contains(machine + QStringLiteral("\\&lt;bob&gt; is not a local administrator.")));
        CHECK(enPage.contains(QStringLiteral("C:\\MARS-") + machine + QStringLiteral(" is a file, not a folder.")));
    }
    CHECK_FALSE(enPage.contains(QStringLiteral("不是本地管理员")));
    CHECK_FALSE(enPage.contains("<bob>"));  // the report's name, escaped in the page
}

TEST_CASE("a report without its messages as data is shown as it was written, and the page says so", "[fleet][zh]")
{
    const TextRenderer chinese = TextRenderer::forLanguage(QStringLiteral("zh_CN"));
    FleetReport fleet;
    fleet.add("old-en.json", withoutMessageData(reportIn(QStringLiteral("en"), QStringLiteral("SRV-OLD"), QStringLiteral("0000000A"))));
    fleet.add("new-zh.json", reportIn(QStringLiteral("zh_CN"), QStringLiteral("SRV-NEW"), QStringLiteral("0000000B")));
    // A newer version's text: well formed, but not one this program has: its rendered text is shown.
    QJsonObject newer = QJsonDocument::fromJson(reportIn(QStringLiteral("en"), QStringLiteral("SRV-NEWER"), QStringLiteral("0000000C"))).object();
    QJsonArray newerChecks = newer["checks"].toArray();
    QJsonObject admin = newerChecks[0].toObject();
    QJsonObject message = admin["summaryMessage"].toObject();
    REQUIRE(message["source"] == "%1 is not a local administrator.");
    message["source"] = "%1 is not an administrator of a newer kind.";
    admin["summaryMessage"] = message;
    newerChecks[0] = admin;
    newer["checks"] = newerChecks;
    fleet.add("newer.json", QJsonDocument(newer).toJson());
    REQUIRE(fleet.machines().size() == 3);

    const QString zhPage = fleet.toHtml(chinese);
    INFO(zhPage.toStdString());
    CHECK(zhPage.contains(QStringLiteral("SRV-NEW\\&lt;bob&gt; 不是本地管理员。")));
    CHECK(zhPage.contains(QStringLiteral("SRV-OLD\\&lt;bob&gt; is not a local administrator.（报告原文，语言：英语）")));
    CHECK(zhPage.contains(QStringLiteral("SRV-NEWER\\&lt;bob&gt; is not a local administrator.")));
    CHECK_FALSE(zhPage.contains(QStringLiteral("SRV-OLD\\&lt;bob&gt; 不是本地管理员")));
    // The page says which are shown as written: in English, the English report needs no mark, the Chinese is rendered.
    const QString enPage = fleet.toHtml(TextRenderer());
    CHECK(enPage.contains("Machines whose reports hold some summaries only as they were written (by an older version, or in words this version does not have): 2."));
    CHECK(enPage.contains("SRV-OLD\\&lt;bob&gt; is not a local administrator.</li>"));
    CHECK(enPage.contains("SRV-NEW\\&lt;bob&gt; is not a local administrator.</li>"));
    // An old Chinese report on an English page: its text, and the language it is in.
    FleetReport old;
    old.add("old-zh.json", withoutMessageData(reportIn(QStringLiteral("zh_CN"), QStringLiteral("SRV-OLDZH"), QStringLiteral("0000000D"))));
    CHECK(old.toHtml(TextRenderer()).contains(QStringLiteral("SRV-OLDZH\\&lt;bob&gt; 不是本地管理员。 (as the report wrote it, in Chinese)")));
}

TEST_CASE("a report whose messages as data are bad is skipped with the reason", "[fleet]")
{
    QByteArray json = reportIn(QStringLiteral("en"), QStringLiteral("SRV-BAD"), QStringLiteral("0000000A"));
    QJsonObject root = QJsonDocument::fromJson(json).object();
    QJsonArray checks = root["checks"].toArray();
    QJsonObject first = checks[0].toObject();
    QJsonValue deep = QStringLiteral("x");
    for (int i = 0; i < 100; ++i)
        deep = QJsonObject{{"plain", "%1"}, {"args", QJsonArray{deep}}};
    first["summaryMessage"] = deep;
    checks[0] = first;
    root["checks"] = checks;
    FleetReport fleet;
    fleet.add("bad.json", QJsonDocument(root).toJson());
    CHECK(fleet.machines().isEmpty());
    const QStringList skipped = skippedLines(fleet);
    REQUIRE(skipped.size() == 1);
    CHECK(skipped[0].startsWith("bad.json: The check \"admin-rights\" has a summary as data that this program cannot read: the message is nested deeper"));

    // Evidence as data that is not one message a line: refused where the evidence is read (--compare).
    first = QJsonDocument::fromJson(json).object()["checks"].toArray()[1].toObject();
    first["evidenceMessages"] = QJsonArray{};
    checks = QJsonDocument::fromJson(json).object()["checks"].toArray();
    checks[1] = first;
    root = QJsonDocument::fromJson(json).object();
    root["checks"] = checks;
    Message why;
    CHECK_FALSE(ReportReader::parse(QJsonDocument(root).toJson(), &why));
    CHECK(why.render(TextRenderer()).contains("not one message a line of its evidence"));
    const auto read = ReportReader::parse(json, &why);
    REQUIRE(read);
    REQUIRE(read->checks.size() == 2);
    CHECK(read->checks[1].evidenceAsData);
    CHECK(renderAll(read->checks[1].evidenceMessages, TextRenderer()) == QStringList{"Access is denied."});
}
