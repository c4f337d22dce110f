#include "checks/CheckSession.h"
#include "checks/registration/ClockCheck.h"
#include "checks/TypedIds.h"
#include "tests/support/ScriptedCheck.h"

#include <QSignalSpy>
#include <QTest>
#include "tests/support/CatchQt.h"

#include <atomic>
#include <future>
#include <thread>

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
        result.summary = Message::plain(context.inputs.installFolder);
        return result;
    }));
    CheckContext context;
    context.inputs.installFolder = "D:/first";
    session.setContext(context);
    session.run("ctx");
    context.inputs.installFolder = "D:/second";
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
        if (context.inputs.installFolder == "D:/first")
            released.wait();
        CheckResult result = withStatus(Status::Pass);
        result.summary = Message::plain(context.inputs.installFolder);
        return result;
    });
    test::addScripted(session, "s", check);
    QStringList published;
    QObject::connect(&session, &CheckSession::resultChanged, [&](const QString& id) {
        published << statusName(session.result(id).status) + ":" + session.result(id).summary.render();
    });
    CheckContext context;
    context.inputs.installFolder = "D:/first";
    session.setContext(context);
    session.run("ctx");
    context.inputs.installFolder = "D:/second";
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

TEST_CASE("a fix that outlives its timeout is asked to stop, is still recorded, and a re-run asked for meanwhile is honoured", "[session]")
{
    std::atomic<bool> sawCancel{false};
    std::atomic<bool> started{false};
    auto fix = std::make_shared<ScriptedFix>("slow-cleanup", [] { return FixOutcome{}; });
    CheckSession session;
    session.setTimeoutScale(0.0002);  // the 600 s fix timeout becomes 120 ms
    auto check = std::make_shared<ScriptedCheck>("c", [fix](const CheckContext&) { return withStatus(Status::Fail, {fix}); });
    test::addScripted(session, "s", check);
    session.run("c");
    REQUIRE(waitUntilSettled(session, "c"));

    // A fix that works until it is asked to stop, as the temp cleanup does.
    class StoppableFix final : public Fix {
    public:
        StoppableFix(std::atomic<bool>& started, std::atomic<bool>& sawCancel)
            : Fix(test::scriptedFixSpec("stoppable")), m_started(started), m_sawCancel(sawCancel)
        {
        }
        Message plan() const override { return Message::plain("works until cancelled"); }
        FixOutcome apply(const CheckContext&, FixProgress& progress) const override
        {
            m_started = true;
            while (!progress.cancel)
                std::this_thread::yield();
            m_sawCancel = true;
            FixOutcome outcome;
            outcome.changes << Message::plain("deleted some");
            outcome.failures << Message::plain("stopped when asked");
            return outcome;
        }

    private:
        std::atomic<bool>& m_started;
        std::atomic<bool>& m_sawCancel;
    };
    QSignalSpy finished(&session, &CheckSession::fixFinished);
    session.applyFixOnBehalf("c", std::make_shared<StoppableFix>(started, sawCancel));
    REQUIRE(QTest::qWaitFor([&] { return session.result("c").status == Status::Error; }, 5000));
    CHECK(session.fixProgress("c") == nullptr);  // the row's progress bar and Cancel go
    CHECK(session.result("c").summary.render().contains("No answer within 600 seconds"));
    session.run("c");  // the user asks again while the old worker is still stopping
    CHECK(session.result("c").status == Status::Running);
    REQUIRE(QTest::qWaitFor([&] { return finished.count() == 1 && session.result("c").status == Status::Fail; }, 5000));
    CHECK(sawCancel);
    REQUIRE(session.fixHistory().size() == 1);
    CHECK(session.fixHistory()[0].finishedLate);
    CHECK(renderAll(session.fixHistory()[0].outcome.changes) == QStringList{"deleted some"});
    CHECK(check->runs == 2);
    REQUIRE(QTest::qWaitFor([&] { return !session.hasWorkers(); }, 5000));
}

TEST_CASE("at most one worker per check: a run asked for while one is abandoned waits for it", "[session]")
{
    std::promise<void> release;
    std::shared_future<void> released = release.get_future().share();
    std::atomic<int> concurrent{0}, most{0};
    CheckSession session;
    session.setTimeoutScale(0.05);
    auto check = std::make_shared<ScriptedCheck>("slow", [&, released](const CheckContext&) {
        most = std::max(most.load(), ++concurrent);
        if (released.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
            released.wait();
        --concurrent;
        return withStatus(Status::Pass);
    }, 1);
    test::addScripted(session, "s", check);
    session.run("slow");
    REQUIRE(QTest::qWaitFor([&] { return session.result("slow").status == Status::Error; }, 5000));  // timed out
    session.run("slow");
    session.run("slow");
    CHECK(session.result("slow").summary.render() == "Waiting for the previous attempt to stop…");
    CHECK(check->runs == 1);  // not started beside the abandoned one
    release.set_value();
    REQUIRE(QTest::qWaitFor([&] { return session.result("slow").status == Status::Pass; }, 5000));
    CHECK(check->runs == 2);
    CHECK(most == 1);
}

TEST_CASE("a fix that hands over to a restarted program puts the result back through resultChanged and idle", "[session]")
{
    auto restart = std::make_shared<ScriptedFix>("restart", [] {
        FixOutcome outcome;
        outcome.restartsProgram = true;
        return outcome;
    });
    CheckSession session;
    test::addScripted(session, "s", std::make_shared<ScriptedCheck>("c", [restart](const CheckContext&) {
        return withStatus(Status::Fail, {restart});
    }));
    session.run("c");
    REQUIRE(waitUntilSettled(session, "c"));
    QSignalSpy changed(&session, &CheckSession::resultChanged);
    QSignalSpy idle(&session, &CheckSession::idle);
    QSignalSpy restarting(&session, &CheckSession::restartRequested);
    session.applyFix("c", "restart");
    REQUIRE(restarting.wait(5000));
    CHECK(session.result("c").status == Status::Fail);
    CHECK_FALSE(session.isBusy());
    CHECK(changed.count() >= 2);  // Running, then the result from before the fix
    CHECK(idle.count() >= 1);
    CHECK(session.fixHistory().size() == 1);
}

TEST_CASE("a new clock measurement runs the checks that judge dates by it again, once, and only when it matters", "[session][clock]")
{
    CheckSession session;
    std::atomic<double> offset{0};
    auto clock = std::make_shared<ScriptedCheck>(id<ClockCheck>(), [&offset](const CheckContext&) {
        CheckResult result = withStatus(Status::Pass);
        result.exported = ClockOffset{offset.load()};
        return result;
    });
    std::atomic<double> seen{-1};
    auto dated = std::make_shared<ScriptedCheck>("dated", [&seen](const CheckContext& context) {
        seen = context.measured.clockOffsetSeconds.value_or(-1);
        return withStatus(Status::Pass);
    });
    CheckSpec clockSpec = clock->spec("s");
    clockSpec.measuresClock = true;
    session.addCheck(clockSpec, clock);
    CheckSpec datedSpec = dated->spec("s");
    datedSpec.inputs = Input::MeasuredClock;
    session.addCheck(datedSpec, dated);

    session.run("dated");
    REQUIRE(waitUntilSettled(session, "dated"));
    offset = 5;  // right to within a minute: nothing to judge again
    session.run(id<ClockCheck>());
    REQUIRE(QTest::qWaitFor([&] { return !session.isBusy(); }, 5000));
    CHECK(session.runCount("dated") == 1);
    CHECK(session.context().measured.clockOffsetSeconds == 5.0);

    offset = -3600;  // an hour ahead: the dated check runs again, with the measurement
    session.run(id<ClockCheck>());
    REQUIRE(QTest::qWaitFor([&] { return !session.isBusy(); }, 5000));
    CHECK(session.runCount("dated") == 2);
    CHECK(seen == -3600.0);

    offset = -3590;  // the same within a minute: not again
    session.run(id<ClockCheck>());
    REQUIRE(QTest::qWaitFor([&] { return !session.isBusy(); }, 5000));
    CHECK(session.runCount("dated") == 2);
}
