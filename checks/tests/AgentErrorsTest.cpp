#include "checks/Catalog.h"
#include "checks/CheckSession.h"
#include "checks/errors/ErrorFocus.h"
#include "checks/registration/AntivirusExclusionsCheck.h"
#include "checks/FindingCodes.h"
#include "checks/report/Report.h"
#include "checks/installation/AdminRightsCheck.h"
#include "checks/installation/AgentCheck.h"
#include "checks/registration/ClockCheck.h"
#include "checks/registration/EndpointsCheck.h"
#include "checks/registration/PassphraseCheck.h"
#include "checks/registration/TempFilesCheck.h"
#include "checks/registration/TlsCheck.h"
#include "checks/registration/VaultCredentialsCheck.h"
#include "checks/TypedIds.h"
#include "tests/support/ScriptedCheck.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include "tests/support/CatchQt.h"

using namespace mars;

TEST_CASE("every agent error of the table maps to checks of the catalogue, and every id is used once", "[errors]")
{
    QSet<QString> ids;
    for (const AgentError& error : agentErrors()) {
        INFO(error.idText().toStdString());
        CHECK_FALSE(error.checks.isEmpty());
        for (const QString& check : error.checks)
            CHECK(findCheck(check) != nullptr);
        CHECK_FALSE(ids.contains(error.idText().toLower()));
        ids.insert(error.idText().toLower());
        CHECK(lookUpAgentError(error.idText()).error == &error);  // its own id finds it
        for (const QString& phrase : error.phrases)
            CHECK(phrase == phrase.toLower().simplified());  // matched against lower-cased, simplified text
    }
    for (const AdviceOnlyError& error : adviceOnlyErrors()) {
        INFO(error.idText().toStdString());
        CHECK_FALSE(ids.contains(error.idText().toLower()));
        ids.insert(error.idText().toLower());
        CHECK_FALSE(error.adviceMessage().render(TextRenderer()).isEmpty());
        CHECK(lookUpAgentError(error.idText()).advice == &error);
    }
}

TEST_CASE("an error is found by its ID in any spelling, or by the message the agent showed", "[errors]")
{
    auto id = [](const QString& input) { return lookUpAgentError(input).idText(); };
    CHECK(id(QStringLiteral("34513")) == QStringLiteral("34513"));
    CHECK(id(QStringLiteral("  Error ID: 34513\n")) == QStringLiteral("34513"));
    CHECK(id(QStringLiteral("0x1FC07")) == QStringLiteral("0x1FC07"));
    CHECK(id(QStringLiteral("internal service error 0x1fc07")) == QStringLiteral("0x1FC07"));
    CHECK(id(QStringLiteral("130055")) == QStringLiteral("0x1FC07"));  // the same code in decimal
    CHECK(id(QStringLiteral("0x86D1")) == QStringLiteral("34513"));    // and the other way round
    CHECK(id(QStringLiteral("Invalid vault credentials provided. The file is either corrupted or does not have the "
                            "latest credentials associated with recovery service.")) == QStringLiteral("34513"));
    CHECK(id(QStringLiteral("The remote server returned an error: (407) Proxy Authentication Required.")) == QStringLiteral("100050"));
    CHECK(id(QStringLiteral("REGISTRATION-NOT-VERIFIED")) == QStringLiteral("registration-not-verified"));
    CHECK(lookUpAgentError(QStringLiteral("230006")).advice != nullptr);
    // An ID wins over words: the text of one error with another's ID is that ID's.
    CHECK(id(QStringLiteral("34528 invalid vault credentials provided")) == QStringLiteral("34528"));
    CHECK_FALSE(lookUpAgentError(QString()).found());
    CHECK_FALSE(lookUpAgentError(QStringLiteral("the backup is slow")).found());
    CHECK_FALSE(lookUpAgentError(QStringLiteral("2.0.9249.0")).found());  // a version's parts are not IDs
}

TEST_CASE("pasted text is read only up to its bound", "[errors]")
{
    const QString padding(kMaxErrorInput, QLatin1Char('x'));
    CHECK_FALSE(lookUpAgentError(padding + QStringLiteral(" 34513")).found());
    CHECK(lookUpAgentError(QStringLiteral("34513 ") + QString(1 << 20, QLatin1Char('y'))).idText() == QStringLiteral("34513"));
}

namespace {
CheckResult resultOf(Status status, const FindingSpec* finding = nullptr)
{
    CheckResult result;
    result.status = status;
    result.finding = finding;
    return result;
}

// The checks the error table names as the causes of `errorId`, in its order, less those in `known`.
QStringList causesOf(const char* errorId, const QStringList& known = {})
{
    const AgentError* error = lookUpAgentError(QLatin1String(errorId)).error;
    REQUIRE(error);
    QStringList causes = error->checks;
    for (const QString& check : known)
        causes.removeAll(check);
    return causes;
}
}  // namespace

TEST_CASE("the error's focus says which causes are here, which were ruled out and which are not examined", "[errors]")
{
    const QHash<QString, CheckResult> results{{id<VaultCredentialsCheck>(), resultOf(Status::Fail, findingOf<VaultCredentialsCheck>(VaultCredentialsCheck::Code::Damaged))},
                                              {id<ClockCheck>(), resultOf(Status::Pass, findingOf<ClockCheck>(ClockCheck::Code::Right))},
                                              {id<TempFilesCheck>(), resultOf(Status::Warning, findingOf<TempFilesCheck>(TempFilesCheck::Code::PilingUp))},
                                              {id<EndpointsCheck>(), resultOf(Status::Running)}};
    const ErrorFocus focus(QStringLiteral("34513"), [&](const QString& id) { return results.value(id); });
    REQUIRE(focus.isSet());
    CHECK(focus.found() == QStringList{id<VaultCredentialsCheck>(), id<TempFilesCheck>()});
    CHECK(focus.ruledOut() == QStringList{id<ClockCheck>()});
    // Every other cause of the table, in its order: the endpoints still running, and those with no result yet.
    CHECK(focus.notExamined() == causesOf("34513", {id<VaultCredentialsCheck>(), id<TempFilesCheck>(), id<ClockCheck>()}));
    CHECK(focus.notExamined().startsWith(id<EndpointsCheck>()));
    const QString verdict = focus.verdict().render(TextRenderer());
    CHECK(verdict.contains(findCheck(id<VaultCredentialsCheck>())->titleMessage().render(TextRenderer())));
    CHECK(verdict.contains(QStringLiteral("Ruled out:")));
    CHECK(verdict.contains(QStringLiteral("Not examined (could not be checked, or not run yet):")));
    CHECK(focus.heading().render(TextRenderer()) == QStringLiteral("Error 34513: Invalid vault credentials provided"));

    const ErrorFocus clean(QStringLiteral("100050"), [](const QString&) { return resultOf(Status::Pass, findingOf<EndpointsCheck>(EndpointsCheck::Code::AllAnswered)); });
    CHECK(clean.verdict().render(TextRenderer()).startsWith(QStringLiteral("None of its causes that this tool checks")));
    CHECK(ErrorFocus(QString(), [](const QString&) { return resultOf(Status::Pass); }).isSet() == false);
    CHECK(ErrorFocus::causeMark(QStringLiteral("34513"), id<ClockCheck>()).render(TextRenderer()) ==
          QStringLiteral("Checks a cause of error 34513"));
    CHECK(ErrorFocus::causeMark(QStringLiteral("34513"), id<TlsCheck>()).isEmpty());
    // In Chinese too: the heading and the verdict are translated, the IDs are not.
    const QString zh = focus.heading().render(TextRenderer::forLanguage(QStringLiteral("zh_CN")));
    CHECK(zh.contains(QStringLiteral("34513")));
    CHECK_FALSE(zh.contains(QStringLiteral("Invalid vault credentials provided")));
}

TEST_CASE("what could not be examined is never found: an Error, a missing input, a verdict that says 'not examined'", "[errors]")
{
    // The machine: no vault file chosen, no agent, no clock source, the firewall blocking.
    const QHash<QString, CheckResult> results{{id<VaultCredentialsCheck>(), resultOf(Status::Warning, findingOf<VaultCredentialsCheck>(VaultCredentialsCheck::Code::NoFile))},
                                              {id<ClockCheck>(), resultOf(Status::Error, findingOf<ClockCheck>(ClockCheck::Code::NoSource))},
                                              {id<TempFilesCheck>(), resultOf(Status::Pass, findingOf<TempFilesCheck>(TempFilesCheck::Code::NoPileUp))},
                                              {id<EndpointsCheck>(), resultOf(Status::Fail, findingOf<EndpointsCheck>(EndpointsCheck::Code::Blocked))},
                                              {id<AgentCheck>(), resultOf(Status::Warning, findingOf<AgentCheck>(AgentCheck::Code::NoWindowsAgent))}};
    const ErrorFocus focus(QStringLiteral("34513"), [&](const QString& id) { return results.value(id); });
    CHECK(focus.found() == QStringList{id<EndpointsCheck>()});
    CHECK(focus.ruledOut() == QStringList{id<TempFilesCheck>()});
    CHECK(focus.notExamined() == causesOf("34513", {id<EndpointsCheck>(), id<TempFilesCheck>()}));
    CHECK(focus.notExamined().mid(0, 2) == QStringList{id<VaultCredentialsCheck>(), id<ClockCheck>()});
    CHECK(focus.notExamined().contains(id<AgentCheck>()));
    const QString verdict = focus.verdict().render(TextRenderer());
    const QString foundPart = verdict.section(QStringLiteral("Ruled out:"), 0, 0);
    CHECK(foundPart.contains(findCheck(id<EndpointsCheck>())->titleMessage().render(TextRenderer())));
    CHECK_FALSE(foundPart.contains(findCheck(id<ClockCheck>())->titleMessage().render(TextRenderer())));
    CHECK_FALSE(foundPart.contains(findCheck(id<AgentCheck>())->titleMessage().render(TextRenderer())));

    // Nothing established at all: neither "found" nor "none found", and every cause listed as not examined.
    const ErrorFocus blind(QStringLiteral("34513"), [](const QString&) { return resultOf(Status::Error, findingOf<CheckSession>(CheckSession::Code::CheckStopped)); });
    CHECK(blind.found().isEmpty());
    CHECK(blind.ruledOut().isEmpty());
    for (const QString& cause : causesOf("34513")) {
        INFO(cause.toStdString() << " stopped with an error, so it is not examined");
        CHECK(blind.notExamined().contains(cause));
    }
    CHECK(blind.notExamined() == causesOf("34513"));
    CHECK_FALSE(blind.verdict().render(TextRenderer()).contains(QStringLiteral("causes found here")));
    CHECK(blind.verdict().render(TextRenderer()).contains(QStringLiteral("None of its causes was found among those examined.")));

    // Only what says it looked at nothing: a verdict that looked and found all well rules its cause out.
    // Each line of a check's table that says Examined::No (read from the sources, as written) establishes nothing,
    // whatever status it comes with; every other line establishes what its status says.
    static const QRegularExpression tableLine(QStringLiteral("\\{Code::\\w+, \"(MSD-[A-Z]{3}-[0-9]{3})\"[^\\n]*"));
    int lines = 0;
    for (QDirIterator it(QStringLiteral(MARS_SOURCE_DIR "/checks"), {QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
         it.hasNext();) {
        QFile file(it.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        for (auto match = tableLine.globalMatch(QString::fromUtf8(file.readAll())); match.hasNext();) {
            const auto line = match.next();
            ++lines;
            const ListedFinding* listed = findFinding(line.captured(1));
            INFO(line.captured(1).toStdString() << " in " << file.fileName().toStdString());
            REQUIRE(listed);
            const bool saysNotExamined = line.captured(0).contains(QLatin1String("Examined::No"));
            for (Status status : {Status::Pass, Status::Warning, Status::Fail}) {
                if (!(listed->spec->statuses & statusBit(status)))
                    continue;
                const auto established = ErrorFocus::established(resultOf(status, listed->spec));
                CHECK((established == ErrorFocus::Established::Nothing) == saysNotExamined);
            }
        }
    }
    CHECK(lines == int(findingCatalog().size()));  // every code's line was read
    CHECK(findingOf<VaultCredentialsCheck>(VaultCredentialsCheck::Code::NoFile)->leavesUnexamined());
    CHECK_FALSE(findingOf<VaultCredentialsCheck>(VaultCredentialsCheck::Code::Damaged)->leavesUnexamined());
    CHECK_FALSE(findingOf<PassphraseCheck>(PassphraseCheck::Code::MeetsRulesFirst)->leavesUnexamined());  // a passphrase entered and checked
    // A first registration with no passphrase entered has not examined the passphrase behind "failed to set the key".
    const ErrorFocus key(QStringLiteral("encryption-key-not-set"), [](const QString&) { return resultOf(Status::Pass, findingOf<PassphraseCheck>(PassphraseCheck::Code::FirstNoneEntered)); });
    CHECK(key.ruledOut().isEmpty());
    CHECK(key.notExamined() == QStringList{id<PassphraseCheck>()});
}

TEST_CASE("a session started from an error starts the checks of its causes first, and at once from the Welcome page", "[errors][session]")
{
    CheckSession session;
    const QStringList ids{id<AdminRightsCheck>(), id<TlsCheck>(), id<ClockCheck>(), id<EndpointsCheck>()};
    std::vector<std::shared_ptr<test::ScriptedCheck>> checks;
    for (const QString& id : ids) {
        checks.push_back(std::make_shared<test::ScriptedCheck>(id, [](const CheckContext&) {
            CheckResult result;
            result.status = Status::Pass;
            result.summary = Message::plain(QStringLiteral("ok"));
            return result;
        }));
        test::addScripted(session, QStringLiteral("s"), checks.back());
    }
    CheckContext context;
    context.inputs.agentError = QStringLiteral("10054");  // tls, endpoints
    session.setContext(context);

    session.runCausesOfError();
    CHECK(session.runCount(id<TlsCheck>()) == 1);
    CHECK(session.runCount(id<EndpointsCheck>()) == 1);
    CHECK(session.runCount(id<AdminRightsCheck>()) == 0);
    CHECK(session.runCount(id<ClockCheck>()) == 0);
    REQUIRE(QTest::qWaitFor([&] { return !session.isBusy(); }, 5000));

    QSignalSpy changed(&session, &CheckSession::resultChanged);
    session.runAll();
    QStringList started;
    for (const QList<QVariant>& signal : changed)
        if (!started.contains(signal.at(0).toString()))
            started << signal.at(0).toString();
    CHECK(started.mid(0, 2) == QStringList{id<TlsCheck>(), id<EndpointsCheck>()});
    REQUIRE(QTest::qWaitFor([&] { return !session.isBusy(); }, 5000));

    // The report names the error it started from, and every rendering says so.
    const Report report = Report::fromSession(session, QStringLiteral("test"));
    const QJsonObject json = report.toJson(TextRenderer()).value(QStringLiteral("startedFromError")).toObject();
    CHECK(json.value(QStringLiteral("id")).toString() == QStringLiteral("10054"));
    CHECK(json.value(QStringLiteral("ruledOut")).toArray().size() == 2);
    CHECK(report.toText(TextRenderer()).contains(QStringLiteral("started from Error 10054")));
    CHECK(report.toHtml(TextRenderer()).contains(QStringLiteral("id=\"started-from-error\"")));
    CHECK(report.toShortText(TextRenderer()).contains(QStringLiteral("Error 10054")));
}

