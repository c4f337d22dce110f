// The TLS 1.2 check's logic with the fake platform (the Wine test in checks/platform/tests/Win32SystemConfigTest.cpp reads
// and writes the real registry values): absent keys are fine, explicit disables are flagged, the fix changes only
// what it lists, keeps the earlier values across runs, and puts them back.
#include "checks/registration/TlsCheck.h"
#include "tests/support/FakePlatform.h"

#include "tests/support/CatchQt.h"

using namespace mars;
using namespace mars::platform;

namespace {
FixProgress progress;
// The documented values, written here from Microsoft Learn ("Enable TLS 1.2 on servers", the .NET Framework TLS
// best practices; shared/domain/windows.md), not taken from the check under test.
void allDocumented(test::FakePlatform& fake)
{
    fake.tlsRegistry[TlsValue::SchannelClientEnabled] = 1;
    fake.tlsRegistry[TlsValue::SchannelClientDisabledByDefault] = 0;
    fake.tlsRegistry[TlsValue::StrongCrypto64] = 1;
    fake.tlsRegistry[TlsValue::SystemDefaultTls64] = 1;
    fake.tlsRegistry[TlsValue::StrongCrypto32] = 1;
    fake.tlsRegistry[TlsValue::SystemDefaultTls32] = 1;
}
std::shared_ptr<const Fix> fixNamed(const CheckResult& result, const char* id)
{
    for (const auto& fix : result.fixes)
        if (fix->id() == QLatin1String(id))
            return fix;
    return nullptr;
}
}  // namespace

TEST_CASE("absent SCHANNEL keys are the default and are not flagged", "[tls]")
{
    auto fake = std::make_shared<test::FakePlatform>();
    allDocumented(*fake);
    fake->tlsRegistry.erase(TlsValue::SchannelClientEnabled);
    fake->tlsRegistry.erase(TlsValue::SchannelClientDisabledByDefault);
    const CheckResult result = TlsCheck(fake).run({});
    CHECK(result.status == Status::Pass);
    CHECK(result.fixes.isEmpty());
    CHECK_FALSE(result.facts["schannelTls12Off"].toBool());
}

TEST_CASE("SCHANNEL values that turn the TLS 1.2 client off", "[tls]")
{
    auto fake = std::make_shared<test::FakePlatform>();
    allDocumented(*fake);
    SECTION("Enabled = 0") { fake->tlsRegistry[TlsValue::SchannelClientEnabled] = 0; }
    SECTION("DisabledByDefault = 1") { fake->tlsRegistry[TlsValue::SchannelClientDisabledByDefault] = 1; }
    const CheckResult result = TlsCheck(fake).run({});
    CHECK(result.status == Status::Fail);
    CHECK(result.summary.render().contains("TLS 1.2 is turned off"));
    CHECK(renderAll(result.evidence).join('\n').contains("10054"));
    CHECK(fixNamed(result, "turn-on-tls12"));
}

TEST_CASE(".NET values in both views", "[tls]")
{
    auto fake = std::make_shared<test::FakePlatform>();
    allDocumented(*fake);
    SECTION("absent in the WOW6432Node view: a Warning")
    {
        fake->tlsRegistry.erase(TlsValue::SystemDefaultTls32);
        const CheckResult result = TlsCheck(fake).run({});
        CHECK(result.status == Status::Warning);
        CHECK(renderAll(result.evidence).join('\n').contains("WOW6432Node\\Microsoft\\.NETFramework\\v4.0.30319\\SystemDefaultTlsVersions not set"));
    }
    SECTION("set to 0 in the 64-bit view: a Fail")
    {
        fake->tlsRegistry[TlsValue::StrongCrypto64] = 0;
        CHECK(TlsCheck(fake).run({}).status == Status::Fail);
    }
}

TEST_CASE("the fix sets only what differs, keeps the earlier values, and they can be put back", "[tls]")
{
    auto fake = std::make_shared<test::FakePlatform>();
    fake->tlsRegistry.clear();
    fake->tlsRegistry[TlsValue::SchannelClientEnabled] = 0;
    fake->tlsRegistry[TlsValue::StrongCrypto64] = 1;
    const auto original = fake->tlsRegistry;
    const CheckResult result = TlsCheck(fake).run({});
    const auto turnOn = fixNamed(result, "turn-on-tls12");
    REQUIRE(turnOn);
    CHECK_FALSE(fixNamed(result, "put-back-tls"));  // nothing to put back yet
    const QString plan = turnOn->plan().render();
    CHECK(plan.contains("TLS 1.2\\Client\\Enabled = 1"));
    CHECK_FALSE(plan.contains("v4.0.30319\\SchUseStrongCrypto = 1\n"));  // already right in the 64-bit view: not listed
    CHECK(plan.contains("WOW6432Node\\Microsoft\\.NETFramework\\v4.0.30319\\SchUseStrongCrypto = 1"));
    CHECK(plan.contains("restart"));

    const FixOutcome outcome = turnOn->apply({}, progress);
    CHECK(outcome.ok());
    const QString before = renderAll(outcome.before).join('\n');
    CHECK(before.contains("TLS 1.2\\Client\\Enabled = 0"));
    CHECK(before.contains("TLS 1.2\\Client\\DisabledByDefault not set"));
    CHECK(renderAll(outcome.changes).join('\n').contains("Restart Windows"));  // a SCHANNEL value changed
    REQUIRE(fake->savedTls);
    CHECK(fake->savedTls->size() == allTlsValues().size());

    // The next run (or the next start of the program: the record is the platform's) passes and offers both.
    const CheckResult after = TlsCheck(fake).run({});
    CHECK(after.status == Status::Pass);
    CHECK(fixNamed(after, "restart-agent-service"));
    const auto putBack = fixNamed(after, "put-back-tls");
    REQUIRE(putBack);
    CHECK(putBack->plan().render().contains("Remove HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client\\DisabledByDefault"));

    // A second turn-on (someone turned it off again) keeps the oldest record.
    fake->tlsRegistry[TlsValue::SchannelClientEnabled] = 0;
    const auto again = fixNamed(TlsCheck(fake).run({}), "turn-on-tls12");
    REQUIRE(again);
    CHECK(again->apply({}, progress).ok());

    CHECK(putBack->apply({}, progress).ok());
    CHECK(fake->tlsRegistry == original);
    CHECK_FALSE(fake->savedTls);

    const auto restart = fixNamed(after, "restart-agent-service");
    CHECK(restart->apply({}, progress).ok());
    CHECK(fake->serviceRestarts == 1);
}

TEST_CASE("the fix changes nothing when the earlier values cannot be kept", "[tls]")
{
    auto fake = std::make_shared<test::FakePlatform>();
    fake->tlsRegistry[TlsValue::SchannelClientEnabled] = 0;
    const auto turnOn = fixNamed(TlsCheck(fake).run({}), "turn-on-tls12");
    REQUIRE(turnOn);
    CHECK(turnOn->needsElevation(CheckContext{}));
    fake->tlsSaveFails = true;
    const FixOutcome outcome = turnOn->apply({}, progress);
    CHECK_FALSE(outcome.ok());
    CHECK(fake->tlsWrites == 0);
    CHECK(fake->tlsRegistry[TlsValue::SchannelClientEnabled] == 0);
}

#ifndef _WIN32
TEST_CASE("the portable build says it did not examine TLS, never Pass", "[tls]")
{
    const CheckResult result = TlsCheck(makeSystemPlatform()).run({});
    CHECK(result.status == Status::Warning);
    CHECK(result.summary.render().startsWith("Not examined"));
    CHECK(result.fixes.isEmpty());
}
#endif
