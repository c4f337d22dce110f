// Switching language from the Welcome page rebuilds the window in that language, on the same page. What the checks
// found is data: the new window shows it in the new language, and no check runs again. Reports are rendered in the
// language asked for, whatever the window's.
#include "app/Translations.h"
#include "app/WizardHost.h"
#include "checks/report/Report.h"
#include "checks/installation/AdminRightsCheck.h"
#include "checks/TypedIds.h"
#include "tests/support/CatchQt.h"
#include "tests/support/WizardHarness.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace mars;

namespace {
QMap<QString, int> runCounts(const CheckSession& session)
{
    QMap<QString, int> counts;
    for (const QString& id : session.checkIds())
        counts.insert(id, session.runCount(id));
    return counts;
}

bool hasHan(const QString& text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
            return true;
    return false;
}

// What a reader of a saved report reads: the JSON without its messages as data. That data carries each text of a
// profile in both its languages on purpose (a fleet page in the other language renders the report from it, issue 25
// item 9); the rendered texts beside it are what must be in the report's language. *withData: how many checks had it.
QString readableText(const QString& path, const QString& text, int* withData)
{
    if (!path.endsWith(QLatin1String(".json")))
        return text;
    QJsonObject root = QJsonDocument::fromJson(text.toUtf8()).object();
    QJsonArray checks;
    for (const QJsonValue& value : root[QStringLiteral("checks")].toArray()) {
        QJsonObject check = value.toObject();
        *withData += check.contains(QStringLiteral("summaryMessage")) && check.contains(QStringLiteral("evidenceMessages"));
        check.remove(QStringLiteral("summaryMessage"));
        check.remove(QStringLiteral("evidenceMessages"));
        checks << check;
    }
    root[QStringLiteral("checks")] = checks;
    return QString::fromUtf8(QJsonDocument(root).toJson());
}
}  // namespace

TEST_CASE("choosing 简体中文 rebuilds the window in Chinese on the same page, and no check runs again", "[app][zh]")
{
    test::Harness h;
    h.wizard->hide();
    WizardHost host(*qApp, {&h.session, h.fake, &h.prompter, h.passphrases});
    host.open(MainWizard::pageIdFromName(QStringLiteral("installation")));
    REQUIRE(h.waitSettled());
    CHECK(h.session.result(id<AdminRightsCheck>()).summary.render() == "Running as an administrator with full rights.");
    const QMap<QString, int> before = runCounts(h.session);
    CHECK(before.value(id<AdminRightsCheck>()) == 1);
    QPointer<MainWizard> old = host.wizard();

    QSignalSpy rebuilt(&host, &WizardHost::rebuilt);
    emit host.wizard()->languageRequested(QStringLiteral("zh_CN"));
    REQUIRE(rebuilt.wait(5000));
    CHECK(old.isNull());  // the old window is gone
    CHECK(host.language() == "zh_CN");
    CHECK(host.wizard()->currentId() == MainWizard::pageIdFromName(QStringLiteral("installation")));
    CHECK(host.wizard()->windowTitle() == QStringLiteral("MARS 安装诊断"));
    CHECK_FALSE(h.session.isBusy());
    CHECK(runCounts(h.session) == before);
    auto* verdict = host.wizard()->findChild<QWidget*>("checkRow_admin-rights")->findChild<QLabel*>("verdict");
    CHECK(verdict->text() == QStringLiteral("正在以具有完整权限的管理员身份运行。"));
    CHECK(h.session.context().environment.language == "zh_CN");  // an elevated restart keeps it

    emit host.wizard()->languageRequested(QStringLiteral("en"));
    REQUIRE(rebuilt.wait(5000));
    CHECK(host.wizard()->windowTitle() == "MARS Setup Doctor");
    CHECK(runCounts(h.session) == before);
    verdict = host.wizard()->findChild<QWidget*>("checkRow_admin-rights")->findChild<QLabel*>("verdict");
    CHECK(verdict->text() == "Running as an administrator with full rights.");
}

TEST_CASE("a report saved in English from the Chinese window is entirely English, and the other way round", "[app][zh]")
{
    REQUIRE(installTranslations(*qApp, QStringLiteral("zh_CN")) == "zh_CN");
    {
        test::Harness h(-185.0);
        h.fake->tmp["C:/Windows/Temp"] = {true, false, "", 5, 5 * 1024, 0};
        h.wizard->setStartId(MainWizard::summaryPageId());
        h.wizard->restart();
        h.session.runAll();
        REQUIRE(h.waitSettled());
        QTemporaryDir folder;
        h.prompter.saveFolder = folder.path();
        const QStringList english = test::savedReport(*h.wizard, QStringLiteral("en"));
        REQUIRE(english.size() == 2);
        for (const QString& path : english) {
            QFile file(path);
            REQUIRE(file.open(QIODevice::ReadOnly));
            int withData = 0;
            const QString text = readableText(path, QString::fromUtf8(file.readAll()), &withData);
            INFO(path.toStdString());
            if (path.endsWith(QLatin1String(".json")))
                CHECK(withData > 0);
            for (const QString& line : text.split(QLatin1Char('\n')))
                if (hasHan(line))
                    UNSCOPED_INFO(line.toStdString());
            CHECK_FALSE(hasHan(text));
            CHECK(text.contains("The clock is 3 min 5 s ahead."));
        }
        for (const QString& path : english)
            QFile::remove(path);
        const QStringList chinese = test::savedReport(*h.wizard, QStringLiteral("zh_CN"));
        REQUIRE(chinese.size() == 2);
        QFile html(chinese[0]);
        REQUIRE(html.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(html.readAll());
        CHECK(page.contains(QStringLiteral("时钟快了 3 分 5 秒。")));
        CHECK(page.contains("<html lang=\"zh-CN\">"));
    }
    installTranslations(*qApp, QStringLiteral("en"));
    {
        // From the English window, the Chinese report carries no English verdict of a check that has a translation.
        test::Harness h(-185.0);
        h.session.runAll();
        REQUIRE(h.waitSettled());
        const Report report = Report::fromSession(h.session, QStringLiteral("9.9.9"));
        const QJsonObject json = report.toJson(TextRenderer::forLanguage(QStringLiteral("zh_CN")));
        for (const QJsonValue& check : json["checks"].toArray()) {
            INFO(check["id"].toString().toStdString());
            CHECK(hasHan(check["title"].toString()));
            CHECK(hasHan(check["summary"].toString()));
        }
        CHECK_FALSE(hasHan(report.toText(TextRenderer())));
    }
}
