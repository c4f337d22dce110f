// --fleet-report: a folder of JSON reports, some bad on purpose, merged into one self-contained page.
#include "checks/report/FleetReport.h"
#include "checks/report/Report.h"
#include "../support/CatchQt.h"
#include "../support/TempFolderQt.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

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
                                                 {{"endpoints", "fail", "MSD-NET-006"}, {"clock", "pass", "MSD-CLK-001"}}));
    write(folder.file("SRV-02.json"), reportJson("SRV-02", "0000000B", "2026-12-01T10:05:00Z",
                                                 {{"endpoints", "fail", "MSD-NET-006"}, {"clock", "warning", "MSD-CLK-002"}}));
    write(folder.file("SRV-03.json"), reportJson("SRV-03<script>", "0000000C", "2026-12-01T10:06:00Z",
                                                 {{"endpoints", "pass", "MSD-NET-001"}, {"clock", "pass", "MSD-CLK-001"}}));
    // An older report of SRV-01: the newer one counts.
    write(folder.file("SRV-01-old.json"), reportJson("srv-01", "0000000D", "2026-11-30T10:00:00Z", {{"endpoints", "pass", "MSD-NET-001"}}));
    const QByteArray good = reportJson("SRV-04", "0000000E", "2026-12-01T10:00:00Z", {{"clock", "pass", "MSD-CLK-001"}});
    write(folder.file("truncated.json"), good.left(good.size() / 2));
    write(folder.file("foreign.json"), R"({"name":"package.json of something else"})");
    write(folder.file("oversized.json"), QByteArray(ReportReader::kMaxBytes + 10, ' '));
    write(folder.file("notes.txt"), good);  // not *.json: not read at all
    test::TempFolderQt outside;
    write(outside.file("secret.json"), reportJson("OUTSIDE", "0000000F", "2026-12-01T10:00:00Z", {{"clock", "pass", "MSD-CLK-001"}}));
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
    const qsizetype net6 = html.indexOf("<code>MSD-NET-006</code></td>"), clk2 = html.indexOf("<code>MSD-CLK-002</code></td>"),
                    clk1 = html.indexOf("<code>MSD-CLK-001</code></td>");
    CHECK((net6 > 0 && net6 < clk2 && clk2 < clk1));
    CHECK(html.contains("<td class=\"s-fail\">\u2716 Failed</td><td>2</td>"));
    // One section per check and per status, reachable from the filters at the top.
    CHECK(html.contains("<h2 id=\"check-endpoints\">"));
    CHECK(html.contains("<h3 id=\"check-endpoints-fail\">"));
    CHECK(html.contains("<a href=\"#check-endpoints\">"));
    CHECK(html.contains("<h2 id=\"status-fail\">"));
    CHECK(html.contains("<a href=\"#status-warning\">"));
    CHECK(html.contains("<code>0000000B</code></td><td>2026-12-01 10:05</td>"));
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
