// The agent check's logic, with the fake platform: versions, service states, OS and .NET cases that Wine cannot
// produce on demand (a Server Core, a 32-bit Windows, an old .NET, a stopped or disabled service).
#include "checks/installation/AgentCheck.h"
#include "../support/FakePlatform.h"

#include "../support/CatchQt.h"

using namespace mars;
using namespace mars::platform;

namespace {
FixProgress progress;
QString evidenceOf(const CheckResult& result)
{
    return renderAll(result.evidence).join('\n');
}
}  // namespace

TEST_CASE("the built-in requirements load, with a source for each rule", "[agent]")
{
    const AgentRequirements& requirements = AgentRequirements::builtIn();
    CHECK(versionText(requirements.vaultCredentialsVersion) == "2.0.9249.0");
    CHECK(versionText(requirements.oldestWorkingVersion) == "2.0.9083.0");
    CHECK(requirements.dotNetMinimumRelease == 379893u);
    CHECK_FALSE(requirements.serverCoreSupported);
    for (const Message& source : {requirements.vaultCredentialsSource, requirements.oldestWorkingSource, requirements.osSource,
                                  requirements.dotNetSource, requirements.schannelSource, requirements.dotNetTlsSource})
        CHECK_FALSE(source.isEmpty());
    CHECK(requirements.windowsFor(17763, true));
    CHECK_FALSE(requirements.windowsFor(9600, true));  // Server 2012 R2: below the floor
    CHECK(requirements.dotNetName(528449) == "4.8");
    QString error;
    CHECK_FALSE(AgentRequirements::parse("{}", &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("a current agent on a supported Windows passes", "[agent]")
{
    auto fake = std::make_shared<test::FakePlatform>();
    const CheckResult result = AgentCheck(fake).run({});
    CHECK(result.status == Status::Pass);
    CHECK(result.fixes.isEmpty());
    CHECK(result.facts["version"] == "2.0.9262.0");
    CHECK(evidenceOf(result).contains("230006"));
}

TEST_CASE("agent versions against the two minimums", "[agent]")
{
    auto fake = std::make_shared<test::FakePlatform>();
    SECTION("older than the one that reads current vault credentials")
    {
        fake->binary.version = {2, 0, 9200, 0};
        const CheckResult result = AgentCheck(fake).run({});
        CHECK(result.status == Status::Fail);
        CHECK(result.summary.render().contains("too old for current vault credentials"));
        CHECK(evidenceOf(result).contains("2.0.9249.0"));
    }
    SECTION("older than the oldest that works at all")
    {
        fake->binary.version = {2, 0, 9000, 0};
        const CheckResult result = AgentCheck(fake).run({});
        CHECK(result.status == Status::Fail);
        CHECK(result.summary.render().contains("too old to work"));
        CHECK(evidenceOf(result).contains("0x1FBD3"));
    }
    SECTION("exactly the minimum")
    {
        fake->binary.version = {2, 0, 9249, 0};
        CHECK(AgentCheck(fake).run({}).status == Status::Pass);
    }
    SECTION("a version that cannot be read is not a pass")
    {
        fake->binary.versionRead = false;
        fake->binary.error = "the file has no version resource";
        const CheckResult result = AgentCheck(fake).run({});
        CHECK(result.status == Status::Warning);
        CHECK(evidenceOf(result).contains("no version resource"));
    }
    SECTION("not installed: the prerequisites still count")
    {
        fake->binary.installed = false;
        fake->binary.versionRead = false;
        const CheckResult result = AgentCheck(fake).run({});
        CHECK(result.status == Status::Pass);
        CHECK(result.summary.render().contains("not installed yet"));
    }
}

TEST_CASE("the engine service: stopped, disabled or missing, and the Start fix", "[agent]")
{
    auto fake = std::make_shared<test::FakePlatform>();
    SECTION("stopped: a Warning, and the fix starts it")
    {
        fake->service.state = ServiceState::Stopped;
        const CheckResult result = AgentCheck(fake).run({});
        CHECK(result.status == Status::Warning);
        REQUIRE(result.fixes.size() == 1);
        CHECK(result.fixes[0]->id() == "start-agent-service");
        CHECK(result.fixes[0]->needsElevation(CheckContext{}));
        const FixOutcome outcome = result.fixes[0]->apply({}, progress);
        CHECK(outcome.ok());
        CHECK(fake->serviceStarts == 1);
        CHECK(renderAll(outcome.before).join('\n').contains("stopped"));
        CHECK(AgentCheck(fake).run({}).status == Status::Pass);
    }
    SECTION("disabled: a Fail, and the plan says it becomes Automatic")
    {
        fake->service.state = ServiceState::Stopped;
        fake->service.startType = StartType::Disabled;
        const CheckResult result = AgentCheck(fake).run({});
        CHECK(result.status == Status::Fail);
        REQUIRE(result.fixes.size() == 1);
        CHECK(result.fixes[0]->plan().render().contains("Automatic"));
    }
    SECTION("a start that fails says why")
    {
        fake->service.state = ServiceState::Stopped;
        fake->serviceStartFails = true;
        const FixOutcome outcome = AgentCheck(fake).run({}).fixes[0]->apply({}, progress);
        CHECK_FALSE(outcome.ok());
    }
    SECTION("missing service with an installed agent")
    {
        fake->service.installed = false;
        CHECK(AgentCheck(fake).run({}).status == Status::Fail);
    }
}

TEST_CASE("the OS and .NET against the support list", "[agent]")
{
    auto fake = std::make_shared<test::FakePlatform>();
    SECTION("32-bit")
    {
        fake->os.is64Bit = false;
        fake->os.architecture = "x86";
        CHECK(AgentCheck(fake).run({}).summary.render().contains("not 64-bit"));
    }
    SECTION("Server Core")
    {
        fake->os.serverCore = true;
        const CheckResult result = AgentCheck(fake).run({});
        CHECK(result.status == Status::Fail);
        CHECK(result.summary.render().contains("Server Core"));
    }
    SECTION("Windows Server 2012 R2 is below the list")
    {
        fake->os.major = 6;
        fake->os.minor = 3;
        fake->os.build = 9600;
        CHECK(AgentCheck(fake).run({}).summary.render().contains("not supported"));
    }
    SECTION("Windows 11 is on it")
    {
        fake->os.server = false;
        fake->os.build = 22631;
        CHECK(AgentCheck(fake).run({}).status == Status::Pass);
    }
    SECTION(".NET 4.5.1 is too old, 4.5.2 is enough")
    {
        fake->dotNetInfo.release = 378675;
        CHECK(AgentCheck(fake).run({}).status == Status::Fail);
        fake->dotNetInfo.release = 379893;
        CHECK(AgentCheck(fake).run({}).status == Status::Pass);
    }
    SECTION("no .NET 4.5 at all")
    {
        fake->dotNetInfo.present = false;
        CHECK(AgentCheck(fake).run({}).summary.render().contains(".NET Framework 4.5.2 or later is missing"));
    }
}

#ifndef _WIN32
TEST_CASE("the portable build says it did not examine the agent, never Pass", "[agent]")
{
    const CheckResult result = AgentCheck(makeSystemPlatform()).run({});
    CHECK(result.status == Status::Warning);
    CHECK(result.summary.render().startsWith("Not examined"));
    CHECK(result.fixes.isEmpty());
}
#endif
