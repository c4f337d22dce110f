// The agent check's logic, with the fake platform: versions, service states, OS and .NET cases that Wine cannot
// produce on demand (a Server Core, a 32-bit Windows, an old .NET, a stopped or disabled service).
#include "checks/installation/AgentCheck.h"
#include "tests/support/FakePlatform.h"

#include "tests/support/CatchQt.h"

#include <QFile>

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
    CHECK(requirements.requires64Bit);
    // The TLS 1.2 values as Microsoft Learn documents them (TlsCheck reads them from here).
    CHECK(requirements.tlsEnabled == 1u);
    CHECK(requirements.tlsDisabledByDefault == 0u);
    CHECK(requirements.tlsStrongCrypto == 1u);
    CHECK(requirements.tlsSystemDefault == 1u);
    for (const Message& source : {requirements.vaultCredentialsSource, requirements.oldestWorkingSource, requirements.osSource,
                                  requirements.dotNetSource, requirements.schannelSource, requirements.dotNetTlsSource})
        CHECK_FALSE(source.isEmpty());
    CHECK(requirements.windowsFor(17763, true));
    CHECK_FALSE(requirements.windowsFor(9600, true));  // Server 2012 R2: below the floor
    CHECK(requirements.dotNetName(528449) == "4.8");
    QString error;
    CHECK_FALSE(AgentRequirements::parse("{}", &error));
    CHECK_FALSE(error.isEmpty());

    // Every key the program relies on is read, and a wrong one is refused by name.
    QFile file(QStringLiteral(":/agent/requirements.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray builtIn = file.readAll();
    QByteArray broken = builtIn;
    broken.replace("\"SchUseStrongCrypto\": 1", "\"SchUseStrongCrypto\": 7");
    CHECK_FALSE(AgentRequirements::parse(broken, &error));
    CHECK(error.contains("SchUseStrongCrypto"));
    broken = builtIn;
    broken.replace("\"requires64Bit\": true", "\"requires64Bit\": \"x64\"");
    CHECK_FALSE(AgentRequirements::parse(broken, &error));
    CHECK(error.contains("requires64Bit"));
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

// The vault this server is registered to, on the agent's row and in its facts (every report carries them): named with
// its resource group and a masked subscription, "not registered yet", or a warning when the record cannot be trusted.
TEST_CASE("the agent's row says which vault the server is registered to", "[agent][registered-vault]")
{
    auto fake = std::make_shared<test::FakePlatform>();
    fake->registration.applicable = true;
    fake->registration.vault = platform::judgeRegisteredVault(
        {{"ResourceId", {platform::RecordedValue::State::Read,
                         "/subscriptions/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0/resourceGroups/Backup-RG/providers/Microsoft.RecoveryServices/vaults/Contoso-Vault",
                         {}}}});
    CheckResult result = AgentCheck(fake).run({});
    CHECK(result.status == Status::Pass);
    CHECK(evidenceOf(result).contains("Registered to vault Contoso-Vault in resource group Backup-RG (subscription …e9f0)."));
    CHECK_FALSE(evidenceOf(result).contains("0b1c2d3e"));  // the subscription masked
    const QJsonObject registration = result.facts.value(QStringLiteral("registration")).toObject();
    CHECK(registration.value(QStringLiteral("state")).toString() == "registered");
    CHECK(registration.value(QStringLiteral("vault")).toString() == "Contoso-Vault");
    CHECK(registration.value(QStringLiteral("subscription")).toString() == "…e9f0");

    fake->registration.vault = {};
    result = AgentCheck(fake).run({});
    CHECK(result.status == Status::Pass);
    CHECK(evidenceOf(result).contains("Not registered to a vault yet."));

    fake->registration.vault.state = platform::RegisteredVault::State::Unreadable;
    fake->registration.vault.problem = "ResourceId is recorded but cannot be read: Access is denied.";
    result = AgentCheck(fake).run({});
    CHECK(result.status == Status::Warning);
    CHECK(result.finding == findingOf<AgentCheck>(AgentCheck::Code::RegistrationUnreadable));
    CHECK(evidenceOf(result).contains("Access is denied"));
}
