#include "checks/CheckSession.h"
#include "../support/ScriptedCheck.h"

#include <QSignalSpy>
#include <QTest>
#include "../support/CatchQt.h"

#include <future>

using namespace mars;
using test::ScriptedCheck;
using test::ScriptedFix;

namespace {
CheckResult withStatus(Status status, QList<std::shared_ptr<const Fix>> fixes = {})
{
    CheckResult result;
    result.status = status;
    result.summary = Message::plain(statusName(status));
    result.fixes = std::move(fixes);
    return result;
}

bool waitUntilSettled(CheckSession& session, const QString& id, int ms = 5000)
{
    return QTest::qWaitFor([&] { return session.result(id).status != Status::Running; }, ms);
}
}  // namespace

TEST_CASE("run() hands the check to a worker and returns while it is still running", "[session]")
{
    std::promise<void> release;
    std::shared_future<void> released = release.get_future().share();
    CheckSession session;
    test::addScripted(session, "s", std::make_shared<ScriptedCheck>("blocked", [released](const CheckContext&) {
        released.wait();
        return withStatus(Status::Pass);
    }));
    session.run("blocked");
    // The check cannot have finished: it waits for the release below, which only this thread can give.
    CHECK(session.result("blocked").status == Status::Running);
    CHECK(session.isBusy());
    release.set_value();
    REQUIRE(waitUntilSettled(session, "blocked"));
    CHECK(session.result("blocked").status == Status::Pass);
    CHECK_FALSE(session.isBusy());
}

TEST_CASE("a check that throws ends as Error with the reason", "[session]")
{
    CheckSession session;
    test::addScripted(session, "s", std::make_shared<ScriptedCheck>("throws", [](const CheckContext&) -> CheckResult {
        throw std::runtime_error("registry unreadable");
    }));
    session.run("throws");
    REQUIRE(waitUntilSettled(session, "throws"));
    CHECK(session.result("throws").status == Status::Error);
    CHECK(session.result("throws").summary.render().contains("registry unreadable"));
}

TEST_CASE("a check that outlives its timeout ends as Error and its late answer is dropped", "[session]")
{
    std::promise<void> release;
    std::shared_future<void> released = release.get_future().share();
    CheckSession session;
    session.setTimeoutScale(0.05);  // 1 s becomes 50 ms
    auto check = std::make_shared<ScriptedCheck>("slow", [released](const CheckContext&) {
        released.wait();
        return withStatus(Status::Pass);
    }, 1);
    test::addScripted(session, "s", check);
    session.run("slow");
    REQUIRE(waitUntilSettled(session, "slow"));
    CHECK(session.result("slow").status == Status::Error);
    CHECK(session.result("slow").summary.render().contains("No answer within 1 seconds"));
    release.set_value();
    // The late answer arrives before the worker is gone: once it is gone, the answer was seen and dropped.
    REQUIRE(QTest::qWaitFor([&] { return !session.hasWorkers(); }, 5000));
    QCoreApplication::processEvents();
    CHECK(session.result("slow").status == Status::Error);
    CHECK(check->runs == 1);
}

TEST_CASE("a fix is recorded and proved by re-running its check", "[session]")
{
    std::atomic<bool> fixed{false};
    auto fix = std::make_shared<ScriptedFix>("repair", [&fixed] {
        fixed = true;
        FixOutcome outcome;
        outcome.changes << Message::plain("repaired");
        return outcome;
    });
    auto check = std::make_shared<ScriptedCheck>("c", [&fixed, fix](const CheckContext&) {
        return fixed ? withStatus(Status::Pass) : withStatus(Status::Fail, {fix});
    });
    CheckSession session;
    test::addScripted(session, "s", check);
    QSignalSpy finished(&session, &CheckSession::fixFinished);
    session.run("c");
    REQUIRE(waitUntilSettled(session, "c"));
    CHECK(session.result("c").status == Status::Fail);

    session.applyFix("c", "unknown-fix");  // not offered: ignored
    CHECK(session.result("c").status == Status::Fail);

    session.applyFix("c", "repair");
    CHECK(session.result("c").status == Status::Running);
    REQUIRE(QTest::qWaitFor([&] { return finished.count() == 1 && session.result("c").status == Status::Pass; }, 5000));
    CHECK(check->runs == 2);
    REQUIRE(session.fixHistory().size() == 1);
    CHECK(renderAll(session.fixHistory()[0].outcome.changes) == QStringList{"repaired"});
}

TEST_CASE("a resumed fix is offered again only if the fresh run still offers it", "[session]")
{
    auto fix = std::make_shared<ScriptedFix>("repair", [] { return FixOutcome{}; });
    std::atomic<bool> offer{true};
    auto check = std::make_shared<ScriptedCheck>("c", [&offer, fix](const CheckContext&) {
        return offer ? withStatus(Status::Fail, {fix}) : withStatus(Status::Pass);
    });
    CheckSession session;
    test::addScripted(session, "s", check);
    QSignalSpy ready(&session, &CheckSession::fixReady);

    session.resumeFixAfterRun("c", "repair");
    session.run("c");
    REQUIRE(waitUntilSettled(session, "c"));
    REQUIRE(ready.count() == 1);
    CHECK(ready[0][1].toString() == "repair");

    offer = false;
    session.resumeFixAfterRun("c", "repair");
    session.run("c");
    REQUIRE(waitUntilSettled(session, "c"));
    CHECK(ready.count() == 1);
}

TEST_CASE("the context is copied at the start of each run", "[session]")
{
    CheckSession session;
    test::addScripted(session, "s", std::make_shared<ScriptedCheck>("ctx", [](const CheckContext& context) {
        CheckResult result = withStatus(Status::Pass);
        result.summary = Message::plain(context.installFolder);
        return result;
    }));
    CheckContext context;
    context.installFolder = "D:/first";
    session.setContext(context);
    session.run("ctx");
    context.installFolder = "D:/second";
    session.setContext(context);
    REQUIRE(waitUntilSettled(session, "ctx"));
    CHECK(session.result("ctx").summary.render() == "D:/first");
}

TEST_CASE("sections list their checks in the order they were added", "[session]")
{
    CheckSession session;
    for (const char* id : {"a", "b", "c"})
        test::addScripted(session, QString(id) == "b" ? "two" : "one", std::make_shared<ScriptedCheck>(id, [](const CheckContext&) {
                             return withStatus(Status::Pass);
                         }));
    CHECK(session.checkIds("one") == QStringList{"a", "c"});
    CHECK(session.checkIds().size() == 3);
    CHECK(session.spec("b")->sectionText() == "two");
    CHECK(session.result("a").status == Status::NotRun);
}

TEST_CASE("asking to run again while running re-runs once with the new context - the stale result is never shown", "[session]")
{
    std::promise<void> release;
    std::shared_future<void> released = release.get_future().share();
    CheckSession session;
    auto check = std::make_shared<ScriptedCheck>("ctx", [released](const CheckContext& context) {
        if (context.installFolder == "D:/first")
            released.wait();
        CheckResult result = withStatus(Status::Pass);
        result.summary = Message::plain(context.installFolder);
        return result;
    });
    test::addScripted(session, "s", check);
    QStringList published;
    QObject::connect(&session, &CheckSession::resultChanged, [&](const QString& id) {
        published << statusName(session.result(id).status) + ":" + session.result(id).summary.render();
    });
    CheckContext context;
    context.installFolder = "D:/first";
    session.setContext(context);
    session.run("ctx");
    context.installFolder = "D:/second";
    session.setContext(context);
    session.run("ctx");
    session.run("ctx");
    release.set_value();
    REQUIRE(QTest::qWaitFor([&] { return session.result("ctx").status == Status::Pass; }, 5000));
    CHECK(session.result("ctx").summary.render() == "D:/second");
    CHECK(check->runs == 2);
    CHECK(published.last() == "pass:D:/second");
    CHECK_FALSE(published.join('|').contains("D:/first"));  // the stale result was never shown
}
