#include "checks/installation/AdminRightsCheck.h"
#include "../support/FakePlatform.h"

#include "../support/CatchQt.h"

using namespace mars;

namespace {
FixProgress progress;  // these fixes are quick; nothing reads their progress
}
using mars::platform::ElevationType;

namespace {
std::shared_ptr<test::FakePlatform> platformWith(bool member, bool elevated, ElevationType type)
{
    auto fake = std::make_shared<test::FakePlatform>();
    fake->admin = {true, member, elevated, type, "TEST\\helpdesk", ""};
    return fake;
}
}  // namespace

TEST_CASE("an elevated administrator passes", "[admin]")
{
    AdminRightsCheck check(platformWith(true, true, ElevationType::Full));
    const CheckResult result = check.run({});
    CHECK(result.status == Status::Pass);
    CHECK(result.fixes.isEmpty());
    CHECK(renderAll(result.evidence).join('\n').contains("TEST\\helpdesk"));
}

TEST_CASE("a split-token administrator fails and is offered a restart as administrator", "[admin]")
{
    auto fake = platformWith(true, false, ElevationType::Limited);
    AdminRightsCheck check(fake);
    const CheckResult result = check.run({});
    CHECK(result.status == Status::Fail);
    CHECK(result.summary.render().contains("not running elevated"));
    REQUIRE(result.fixes.size() == 1);
    CHECK(result.fixes[0]->id() == "restart-elevated");
    CHECK_FALSE(result.fixes[0]->needsElevation(CheckContext{}));
    CHECK(renderAll(result.evidence).join('\n').contains("4024"));
}

TEST_CASE("a standard user fails, names the account and can still ask an administrator over the shoulder", "[admin]")
{
    AdminRightsCheck check(platformWith(false, false, ElevationType::Default));
    const CheckResult result = check.run({});
    CHECK(result.status == Status::Fail);
    CHECK(result.summary.render().contains("TEST\\helpdesk is not a local administrator"));
    REQUIRE(result.fixes.size() == 1);
}

TEST_CASE("elevated without group membership is a warning", "[admin]")
{
    AdminRightsCheck check(platformWith(false, true, ElevationType::Full));
    CHECK(check.run({}).status == Status::Warning);
}

TEST_CASE("where restarting elevated is impossible, the evidence says what to do instead", "[admin]")
{
    auto fake = platformWith(true, false, ElevationType::Limited);
    fake->relaunchSupported = false;
    const CheckResult result = AdminRightsCheck(fake).run({});
    CHECK(result.fixes.isEmpty());
    CHECK(renderAll(result.evidence).join('\n').contains("sudo"));
}

TEST_CASE("a failed query is an Error with the reason", "[admin]")
{
    auto fake = std::make_shared<test::FakePlatform>();
    fake->admin = {};
    fake->admin.error = "OpenProcessToken: Access is denied. (error 5)";
    const CheckResult result = AdminRightsCheck(fake).run({});
    CHECK(result.status == Status::Error);
    CHECK(renderAll(result.evidence).join('\n').contains("error 5"));
}

TEST_CASE("restart as administrator hands over only the given arguments and reports a declined prompt", "[admin]")
{
    auto fake = platformWith(true, false, ElevationType::Limited);
    RestartElevatedFix fix(fake);
    CheckContext context;
    context.page = "installation";
    context.cloudId = "china";
    FixOutcome outcome = fix.apply(context, progress);
    CHECK(outcome.ok());
    CHECK(outcome.restartsProgram);
    REQUIRE(fake->relaunches.size() == 1);
    CHECK(fake->relaunches[0] == std::vector<std::string>{"--page", "installation", "--cloud", "china"});

    fake->relaunchDeclined = true;
    outcome = fix.apply(context, progress);
    CHECK_FALSE(outcome.ok());
    CHECK_FALSE(outcome.restartsProgram);
    CHECK(renderAll(outcome.failures).join(' ').contains("declined"));
}

TEST_CASE("restart as administrator names every file and folder on a mapped drive by its UNC path", "[admin]")
{
    // The elevated token has no mapped drives. Wine maps none either (its Z: is the Unix root, DRIVE_FIXED), so the
    // fake plays WNetGetUniversalNameW: Z:\ is \\fileserver\tools.
    auto fake = platformWith(true, false, ElevationType::Limited);
    fake->mappedDrives = {{"Z:\\", "\\\\fileserver\\tools\\"}};
    RestartElevatedFix fix(fake);
    CheckContext context;
    context.page = "registration";
    context.installFolder = "Z:\\MARS Agent";
    context.tempFolder = "Z:\\scratch";
    context.vaultCredentials = "Z:\\vaults\\contoso.VaultCredentials";
    context.logFile = "Z:\\logs\\doctor.log";
    context.language = "zh_CN";
    context.agentError = "0x1FC07";
    context.proxy = "proxy.corp.example:8080";
    REQUIRE(fix.apply(context, progress).ok());
    REQUIRE(fake->relaunches.size() == 1);
    CHECK(fake->relaunches[0] == std::vector<std::string>{"--page", "registration", "--cloud", "china",
                                                          "--install-folder", "\\\\fileserver\\tools\\MARS Agent",
                                                          "--temp-folder", "\\\\fileserver\\tools\\scratch",
                                                          "--vault-credentials", "\\\\fileserver\\tools\\vaults\\contoso.VaultCredentials",
                                                          "--log-file", "\\\\fileserver\\tools\\logs\\doctor.log",
                                                          "--language", "zh_CN", "--error", "0x1FC07",
                                                          "--proxy", "proxy.corp.example:8080"});
}

TEST_CASE("with User Account Control off, a standard user is told to sign in as an administrator, not offered a restart", "[admin]")
{
    auto fake = platformWith(false, false, ElevationType::Default);
    fake->admin.uacDisabled = true;
    fake->relaunchSupported = false;  // what Windows' EnableLUA = 0 means for the platform
    const CheckResult result = AdminRightsCheck(fake).run({});
    CHECK(result.status == Status::Fail);
    CHECK(result.fixes.isEmpty());
    CHECK(renderAll(result.evidence).join('\n').contains("User Account Control is turned off"));
    CHECK(result.facts.value("uacDisabled").toBool());
}
