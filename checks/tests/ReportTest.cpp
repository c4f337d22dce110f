// The report from a fixed set of results: HTML, JSON (validated against resources/schema by report_schema),
// text, and the command line's exit code.
#include "checks/report/Report.h"
#include "checks/registration/TlsCheck.h"
#include "checks/TypedIds.h"
#include "tests/support/CatchQt.h"
#include "tests/support/FakePlatform.h"
#include "tests/support/ScriptedCheck.h"

#include <QFile>
#include <QRegularExpression>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace mars;
using test::ScriptedCheck;
using test::ScriptedFix;

namespace {
CheckResult result(Status status, const QString& summary, const QStringList& evidence, QList<std::shared_ptr<const Fix>> fixes = {})
{
    CheckResult r;
    r.status = status;
    r.summary = Message::plain(summary);
    for (const QString& line : evidence)
        r.evidence << Message::plain(line);
    r.fixes = std::move(fixes);
    return r;
}

// A session whose checks give `statuses`, all run.
std::unique_ptr<CheckSession> sessionWith(const QList<Status>& statuses)
{
    auto session = std::make_unique<CheckSession>();
    int i = 0;
    for (Status status : statuses) {
        const QString id = QStringLiteral("check-%1").arg(++i);
        test::addScripted(*session, i == 1 ? "installation" : "registration", std::make_shared<ScriptedCheck>(id, [status, id](const CheckContext&) {
                              return result(status, id + " verdict <b>&</b>", {"evidence <script>alert(1)</script>", "second line"},
                                            {std::make_shared<ScriptedFix>("repair", [] { return FixOutcome{}; })});
                          }));
    }
    session->runAll();
    REQUIRE(QTest::qWaitFor([&] { return !session->isBusy(); }, 5000));
    return session;
}
}  // namespace

TEST_CASE("exit codes: 0 all pass, 1 a warning, 2 a failure or an error", "[report]")
{
    CHECK(Report::fromSession(*sessionWith({Status::Pass, Status::Pass}), "t").exitCode() == 0);
    CHECK(Report::fromSession(*sessionWith({Status::Pass, Status::Warning}), "t").exitCode() == 1);
    CHECK(Report::fromSession(*sessionWith({Status::Warning, Status::Fail}), "t").exitCode() == 2);
    CHECK(Report::fromSession(*sessionWith({Status::Pass, Status::Error}), "t").exitCode() == 2);
}

TEST_CASE("every report counts a check that could not check apart from one that found a problem", "[report]")
{
    const auto session = sessionWith({Status::Pass, Status::Fail, Status::Error, Status::Error});
    const Report report = Report::fromSession(*session, "t");
    const QString counts = QStringLiteral("Found a problem: 1. Could not check (nothing known): 2. Need attention: 0. Passed: 1.");
    CHECK(report.toText(TextRenderer()).contains(counts));
    CHECK(report.toHtml(TextRenderer()).contains(counts));
    const TextRenderer chinese = TextRenderer::forLanguage(QStringLiteral("zh_CN"));
    CHECK_FALSE(report.toText(chinese).contains(counts));
    CHECK(report.counts().render(chinese).contains(QStringLiteral("2")));
}

TEST_CASE("the JSON report holds what the checks found", "[report]")
{
    const auto session = sessionWith({Status::Pass, Status::Fail});
    const Report report = Report::fromSession(*session, "9.9.9", "0A1B2C3D");
    const QJsonObject json = report.toJson();
    CHECK(json["tool"] == "MARS Setup Doctor");
    CHECK(json["reportId"] == "0A1B2C3D");
    CHECK(json["version"] == "9.9.9");
    CHECK(json["cloud"] == "china");
    CHECK(json["overall"] == "fail");
    const QJsonArray checks = json["checks"].toArray();
    REQUIRE(checks.size() == 2);
    CHECK(checks[1]["status"] == "fail");
    CHECK(checks[1]["section"] == "registration");
    CHECK(checks[1]["evidence"].toArray().size() == 2);
    CHECK(checks[1]["fixes"].toArray()[0].toObject()["id"] == "repair");
}

TEST_CASE("the HTML report is self-contained and escapes what the checks say", "[report]")
{
    const auto session = sessionWith({Status::Pass, Status::Warning});
    const QString html = Report::fromSession(*session, "9.9.9", "0A1B2C3D").toHtml();
    CHECK(html.startsWith("<!DOCTYPE html>"));
    CHECK(html.contains("<meta charset=\"utf-8\">"));
    CHECK(html.contains("0A1B2C3D"));
    CHECK(html.contains("check-2 verdict &lt;b&gt;&amp;&lt;/b&gt;"));
    CHECK(html.contains("evidence &lt;script&gt;alert(1)&lt;/script&gt;"));
    CHECK_FALSE(html.contains("<script"));
    CHECK_FALSE(html.contains("src="));
    CHECK_FALSE(html.contains("href="));
    CHECK_FALSE(html.contains("@import"));
    CHECK(html.contains("Installation"));
    CHECK(html.contains("Registration"));
}

TEST_CASE("the short text is a few lines for a ticket", "[report]")
{
    const auto session = sessionWith({Status::Pass, Status::Fail});
    const QString text = Report::fromSession(*session, "9.9.9", "0A1B2C3D").toShortText();
    CHECK(text.split('\n', Qt::SkipEmptyParts).size() == 3);
    CHECK(text.contains("report 0A1B2C3D"));
    CHECK(text.contains("[FAIL] Scripted check-2: check-2 verdict"));
    CHECK_FALSE(text.contains("evidence"));
}

TEST_CASE("the summary line is one line of at most 2,048 characters, worst first", "[report]")
{
    auto session = std::make_unique<CheckSession>();
    test::addScripted(*session, "installation", std::make_shared<ScriptedCheck>("long", [](const CheckContext&) {
        return result(Status::Warning, QString(5000, QLatin1Char('w')) + "\nsecond line", {});
    }));
    test::addScripted(*session, "registration", std::make_shared<ScriptedCheck>("broken", [](const CheckContext&) {
        return result(Status::Fail, "broken verdict", {});
    }));
    session->runAll();
    REQUIRE(QTest::qWaitFor([&] { return !session->isBusy(); }, 5000));
    const QString line = Report::fromSession(*session, "9.9.9", "0A1B2C3D").toSummaryLine(TextRenderer());
    CHECK(line.size() == Report::kSummaryLineMax);
    CHECK_FALSE(line.contains('\n'));
    CHECK(line.startsWith("MARS Setup Doctor 9.9.9 0A1B2C3D FAIL: Found a problem: 1. Could not check (nothing known): 0. Need attention: 1. "
                          "Passed: 0. | [FAIL] Scripted broken: broken verdict | [WARNING]"));
}

TEST_CASE("a finding's code is in every report, linked only to the cloud's documentation", "[report][codes]")
{
    auto session = std::make_unique<CheckSession>();
    test::addScripted(*session, "registration", std::make_shared<ScriptedCheck>(id<TlsCheck>(), [](const CheckContext&) {
        CheckResult r = result(Status::Fail, "off", {"a value"});
        r.finding = findingOf<TlsCheck>(TlsCheck::Code::SchannelOff);
        return r;
    }));
    session->runAll();
    REQUIRE(QTest::qWaitFor([&] { return !session->isBusy(); }, 5000));
    Report report = Report::fromSession(*session, "9.9.9", "0A1B2C3D");
    const QJsonObject check = report.toJson(TextRenderer())["checks"].toArray()[0].toObject();
    const QString code = codeText<TlsCheck>(TlsCheck::Code::SchannelOff);
    CHECK(check["code"] == code);
    CHECK(check["docs"] == "https://docs.azure.cn/en-us/backup/transport-layer-security");
    CHECK(report.toText(TextRenderer()).contains(QStringLiteral("    finding %1: https://docs.azure.cn/en-us/backup/transport-layer-security").arg(code)));
    CHECK(report.toShortText(TextRenderer()).contains(QStringLiteral("[FAIL %1] Scripted tls: off").arg(code)));
    CHECK(report.toSummaryLine(TextRenderer()).contains(QStringLiteral("| [FAIL %1] Scripted tls: off").arg(code)));
    report.cloudId = "public";
    const QString html = report.toHtml(TextRenderer::forLanguage("zh_CN"));
    CHECK(html.contains(code + QStringLiteral(" <a href=\"https://learn.microsoft.com/zh-cn/azure/backup/transport-layer-security\">")));
    for (auto match = QRegularExpression("href=\"([^\"]*)\"").globalMatch(html); match.hasNext();)
        CHECK(match.next().captured(1).startsWith("https://learn.microsoft.com/"));
}

TEST_CASE("every report says whether this program is signed, and by whom", "[report][signature]")
{
    using State = platform::SignatureStatus::State;
    struct Case {
        platform::SignatureStatus status;
        const char* state;
        QString line;
    };
    const QList<Case> cases = {
        {{State::Signed, "Contoso Helpdesk Code Signing", "Contoso Root", ""}, "signed", "Signed by Contoso Helpdesk Code Signing (trusted)"},
        {{State::SignedUntrusted, "Contoso Helpdesk Code Signing", "Contoso Test Root", "WinVerifyTrust: 0x800B0109"}, "signedUntrusted",
         "Signed by Contoso Helpdesk Code Signing, but Windows does not trust its certificate"},
        {{State::Unsigned, "", "", "WinVerifyTrust: 0x800B0100"}, "unsigned", "Not signed"},
        {{State::Tampered, "Contoso Helpdesk Code Signing", "Contoso Test Root", "WinVerifyTrust: 0x80096010"}, "tampered",
         "Its signature does not match its contents: this copy was changed after signing"},
        {{State::Unknown, "", "", "not a Windows program"}, "unknown", "Not examined: not a Windows program"},
        {{State::Revoked, "Contoso Helpdesk Code Signing", "Contoso Root", "WinVerifyTrust: 0x800B010C"}, "revoked",
         "Signed by Contoso Helpdesk Code Signing, but its issuer has revoked the signing certificate"},
        // Offline, an uncached intermediate is not distrust: the words say it could not be confirmed, not "not trusted".
        {{State::UnconfirmedOffline, "Contoso Helpdesk Code Signing", "Contoso Root", "WinVerifyTrust: 0x800B010A"}, "unconfirmedOffline",
         "Signed by Contoso Helpdesk Code Signing; Windows could not confirm its certificate offline"},
        // A name from the file is shown as it is, its control characters escaped; a missing one is said to be missing.
        {{State::Signed, "Evil\nCorp", "Root", ""}, "signed", "Signed by Evil\\nCorp (trusted)"},
        {{State::SignedUntrusted, "", "", "WinVerifyTrust: 0x800B010A"}, "signedUntrusted",
         "Signed by a signer whose name could not be read, but Windows does not trust its certificate"},
    };
    for (const Case& c : cases) {
        INFO(c.state);
        // Through the fake platform, as the program asks it at start (contextFromOptions).
        test::FakePlatform fake;
        fake.signature = c.status;
        const auto session = sessionWith({Status::Pass});
        CheckContext context = session->context();
        context.environment.programSignature = fake.programSignature().ofRunningProgram();
        session->setContext(context);
        const Report report = Report::fromSession(*session, "9.9.9", "0A1B2C3D");

        const QJsonObject signature = report.toJson()["program"].toObject()["signature"].toObject();
        CHECK(signature["state"] == QString::fromLatin1(c.state));
        CHECK(signature["signer"] == QString::fromStdString(c.status.signer));
        CHECK(signature["issuer"] == QString::fromStdString(c.status.issuer));
        CHECK(signature["summary"] == c.line);
        CHECK(signature.contains("error") == !c.status.error.empty());
        CHECK(report.toText().contains("This program: " + c.line + "\n"));
        CHECK(report.toHtml().contains("<td>This program's signature</td><td>" + c.line.toHtmlEscaped() + "</td>"));
    }
}
