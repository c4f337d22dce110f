// The fleet page of two machines, one whose report was written in Chinese and one in English, rendered as HTML in
// English and in Chinese, for people to look at: every machine's summaries in the page's language. A third machine's
// report, of an older version, has no messages as data: its summaries are shown as written, marked on the Chinese page.
// Screenshots: fleet-page-{en,zh}.png under <build>/screenshots. Qt's rich-text engine draws the page (no browser
// on the build machine): its tables and text, not every style a browser applies.
#include "tests/support/CatchQt.h"
#include "tests/support/FleetReports.h"
#include "tests/support/Screenshots.h"
#include "checks/Catalog.h"
#include "checks/report/FleetReport.h"
#include "checks/report/Report.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextBrowser>

using namespace mars;

namespace {
QByteArray reportIn(const QString& language, const QString& machine, const QString& id)
{
    return test::reportIn(language, machine, id, QStringLiteral("bob"));
}

QByteArray asOlderVersion(const QByteArray& json)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    QJsonArray checks;
    for (const QJsonValue& value : root[QStringLiteral("checks")].toArray()) {
        QJsonObject check = value.toObject();
        check.remove(QStringLiteral("summaryMessage"));
        check.remove(QStringLiteral("evidenceMessages"));
        checks << check;
    }
    root[QStringLiteral("checks")] = checks;
    return QJsonDocument(root).toJson();
}

void showFleetPage(const TextRenderer& renderer, const QString& name, const QStringList& expected)
{
    FleetReport fleet;
    fleet.add(QStringLiteral("SRV-ZH.json"), reportIn(QStringLiteral("zh_CN"), QStringLiteral("SRV-ZH"), QStringLiteral("0000000A")));
    fleet.add(QStringLiteral("SRV-EN.json"), reportIn(QStringLiteral("en"), QStringLiteral("SRV-EN"), QStringLiteral("0000000B")));
    fleet.add(QStringLiteral("SRV-OLD.json"), asOlderVersion(reportIn(QStringLiteral("en"), QStringLiteral("SRV-OLD"), QStringLiteral("0000000C"))));
    REQUIRE(fleet.machines().size() == 3);
    QTextBrowser page;
    page.resize(1100, 1400);
    page.setHtml(fleet.toHtml(renderer));
    // What the page shows, as text: each machine's summary in the page's language.
    const QString shown = page.toPlainText();
    for (const QString& text : expected) {
        INFO(text.toStdString());
        CHECK(shown.contains(text));
    }
    page.show();
    const QString path = test::saveScreenshot(page, name);
    CHECK(QImage(path).width() == 1100);
}
}  // namespace

TEST_CASE("the fleet page of a Chinese and an English report, in English", "[gui][fleet]")
{
    showFleetPage(TextRenderer(), QStringLiteral("fleet-page-en"),
                  {QStringLiteral("SRV-ZH\\bob is not a local administrator."), QStringLiteral("SRV-EN\\bob is not a local administrator."),
                   QStringLiteral("C:\\MARS-SRV-ZH is a file, not a folder."), QStringLiteral("SRV-OLD\\bob is not a local administrator.\n")});
}

TEST_CASE("the fleet page of a Chinese and an English report, in Simplified Chinese", "[gui][zh][fleet]")
{
    const TextRenderer chinese = TextRenderer::forLanguage(QStringLiteral("zh_CN"));
    REQUIRE(chinese.language() == "zh_CN");
    showFleetPage(chinese, QStringLiteral("fleet-page-zh"),
                  {QStringLiteral("SRV-ZH\\bob 不是本地管理员。"), QStringLiteral("SRV-EN\\bob 不是本地管理员。"),
                   QStringLiteral("C:\\MARS-SRV-EN 是文件，不是文件夹。"), QStringLiteral("SRV-OLD\\bob is not a local administrator.（报告原文，语言：英语）")});
}
