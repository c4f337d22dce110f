// The clock check against loopback time sources: an SNTP server and an HTTP server whose Date the test chooses.
#include "checks/registration/ClockCheck.h"
#include "tests/support/CatchQt.h"
#include "tests/support/FakePlatform.h"
#include "tests/support/LoopbackHttpServer.h"
#include "tests/support/LoopbackSntpServer.h"

#include <cstring>
#include <ctime>

using namespace mars;
using test::LoopbackHttpServer;
using test::LoopbackSntpServer;

namespace {
double unixNow()
{
    return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
}

std::string httpDate(double unixSeconds)
{
    const std::time_t seconds = std::time_t(unixSeconds);
    std::tm tm{};
    gmtime_r(&seconds, &tm);
    char text[64];
    std::strftime(text, sizeof text, "%a, %d %b %Y %H:%M:%S GMT", &tm);
    return text;
}

LoopbackHttpServer::Respond dateAhead(double offset)
{
    return [offset](const std::string&) { return LoopbackHttpServer::reply(200, "OK", "", "Date: " + httpDate(unixNow() + offset) + "\r\n"); };
}

CheckContext contextFor(const QStringList& servers, const QStringList& urls)
{
    CheckContext context;
    context.inputs.network.timeServers = servers;
    context.inputs.network.dateUrls = urls;
    context.inputs.network.stageTimeoutMs = 1500;
    return context;
}

bool offers(const CheckResult& result, const char* fixId)
{
    for (const auto& fix : result.fixes)
        if (fix->id() == QLatin1String(fixId))
            return true;
    return false;
}
}  // namespace

TEST_CASE("a right clock passes", "[clock]")
{
    LoopbackSntpServer sntp(0.0);
    LoopbackHttpServer http(dateAhead(0));
    const CheckResult result = ClockCheck(std::make_shared<test::FakePlatform>()).run(contextFor({sntp.address()}, {QString::fromStdString(http.url())}));
    INFO(renderAll(result.evidence).join('\n').toStdString());
    CHECK(result.status == Status::Pass);
    CHECK(result.fixes.isEmpty());
    CHECK(renderAll(result.evidence).join('\n').contains("Time zone:"));
    CHECK(renderAll(result.evidence).join('\n').contains("Windows Time service: running"));
}

TEST_CASE("two minutes off warns - agreeing sources offer resync and setting the clock, which re-measures", "[clock]")
{
    LoopbackSntpServer sntp(120.0);
    LoopbackHttpServer http(dateAhead(120));
    auto fake = std::make_shared<test::FakePlatform>();
    const CheckContext context = contextFor({sntp.address()}, {QString::fromStdString(http.url())});
    const CheckResult result = ClockCheck(fake).run(context);
    CHECK(result.status == Status::Warning);
    CHECK(result.summary.render().contains("2 min 0 s behind"));
    REQUIRE(offers(result, "resync-clock"));
    REQUIRE(offers(result, "set-clock"));
    const auto& set = *result.fixes[1];
    CHECK(set.plan().render().contains("Change the system clock from"));
    CHECK(set.plan().render().contains("forward"));

    FixProgress progress;
    const double before = unixNow();
    const FixOutcome outcome = set.apply(context, progress);
    INFO(renderAll(outcome.failures).join('\n').toStdString());
    CHECK(outcome.ok());
    REQUIRE(fake->clockSets.size() == 1);
    CHECK(fake->clockSets[0] == Approx(before + 120).margin(2.0));
}

TEST_CASE("ten minutes off fails - a resync that leaves the offset is reported as not fixed", "[clock]")
{
    LoopbackSntpServer sntp(-600.0);
    auto fake = std::make_shared<test::FakePlatform>();
    const CheckContext context = contextFor({sntp.address()}, {});
    const CheckResult result = ClockCheck(fake).run(context);
    CHECK(result.status == Status::Fail);
    CHECK(result.summary.render().contains("10 min 0 s ahead"));
    CHECK(offers(result, "resync-clock"));
    CHECK_FALSE(offers(result, "set-clock"));  // one kind of source only
    FixProgress progress;
    const FixOutcome outcome = result.fixes[0]->apply(context, progress);
    CHECK(fake->resyncs == 1);
    CHECK(renderAll(outcome.failures).join('\n').contains("did not correct it"));
    CHECK(fake->clockSets.empty());
}

TEST_CASE("disagreeing sources and domain members never get 'set the clock'", "[clock]")
{
    LoopbackSntpServer sntp(3600.0);
    LoopbackHttpServer http(dateAhead(0));
    auto fake = std::make_shared<test::FakePlatform>();
    CheckResult result = ClockCheck(fake).run(contextFor({sntp.address()}, {QString::fromStdString(http.url())}));
    CHECK(result.status == Status::Fail);
    CHECK_FALSE(offers(result, "set-clock"));
    CHECK(renderAll(result.evidence).join('\n').contains("disagree"));

    LoopbackHttpServer agreeing(dateAhead(3600));
    fake->time.domainJoined = true;
    result = ClockCheck(fake).run(contextFor({sntp.address()}, {QString::fromStdString(agreeing.url())}));
    CHECK_FALSE(offers(result, "set-clock"));
    CHECK(offers(result, "resync-clock"));
    CHECK(renderAll(result.evidence).join('\n').contains("domain member"));
}

TEST_CASE("with UDP 123 silent, the HTTP Date alone measures the clock", "[clock]")
{
    LoopbackHttpServer http(dateAhead(-7200));
    const CheckResult result =
        ClockCheck(std::make_shared<test::FakePlatform>()).run(contextFor({"127.0.0.1:9"}, {QString::fromStdString(http.url())}));
    CHECK(result.status == Status::Fail);
    CHECK(result.summary.render().contains("2 h 0 min ahead"));
    CHECK(renderAll(result.evidence).join('\n').contains("127.0.0.1:9 (time server)"));
}

TEST_CASE("no source at all is an Error, not a verdict", "[clock]")
{
    const CheckResult result = ClockCheck(std::make_shared<test::FakePlatform>()).run(contextFor({"127.0.0.1:9"}, {"http://127.0.0.1:9/"}));
    CHECK(result.status == Status::Error);
    CHECK(result.fixes.isEmpty());
}

TEST_CASE("hostile SNTP replies over loopback are rejected with their reason, and no clock change follows", "[clock][hostile]")
{
    using Shape = LoopbackSntpServer::Shape;
    const auto [name, shape, reason] = GENERATE(table<const char*, Shape, const char*>({
        {"wrong originate", [](auto& r) { r[24] ^= 0xff; }, "does not answer our request"},
        {"mode not 4", [](auto& r) { r[0] = (4 << 3) | 5; }, "mode 5"},
        {"kiss-o'-death", [](auto& r) { r[1] = 0; std::memcpy(r.data() + 12, "DENY", 4); }, "DENY"},
        {"stratum 16", [](auto& r) { r[1] = 16; }, "stratum 16"},
        {"zero transmit", [](auto& r) { std::fill(r.begin() + 40, r.begin() + 48, 0); }, "no transmit time"},
        {"leap indicator 3", [](auto& r) { r[0] = (3 << 6) | (4 << 3) | 4; }, "leap indicator 3"},
        {"truncated", [](auto& r) { r.resize(40); }, "truncated"},
        {"oversized", [](auto& r) { r.resize(400, 0x41); }, "oversized"},
    }));
    LoopbackSntpServer sntp(3600.0, shape);
    const TimeSample sample = sampleSntp(sntp.address(), 1500);
    INFO(name << ": " << sample.error.toStdString());
    CHECK_FALSE(sample.ok);
    CHECK(sample.error.contains(QString::fromUtf8(reason)));

    auto fake = std::make_shared<test::FakePlatform>();
    const CheckResult result = ClockCheck(fake).run(contextFor({sntp.address()}, {}));
    CHECK(result.status == Status::Error);
    CHECK(fake->clockSets.empty());
}

TEST_CASE("a reply from the wrong source port is ignored", "[clock][hostile]")
{
    LoopbackSntpServer sntp(3600.0, {}, /*answerFromOtherPort=*/true);
    const TimeSample sample = sampleSntp(sntp.address(), 1000);
    CHECK_FALSE(sample.ok);
    CHECK(sample.error.contains("not the server"));
    CHECK(sntp.answered() >= 1);
}
