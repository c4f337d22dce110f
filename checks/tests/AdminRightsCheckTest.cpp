#include "checks/installation/AdminRightsCheck.h"
#include "tests/support/FakePlatform.h"

#include "tests/support/CatchQt.h"

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

// The program's own command line for a context (app/RestartArguments, tested with the parser in StartupOptionsTest):
// here a stand-in that says which context it was given and maps the one path it carries.
RestartCommandLine standInCommandLine()
{
    return [](const CheckContext& context, const PathForElevated& reachable) {
        return QStringList{QStringLiteral("--page"), context.environment.page, QStringLiteral("--install-folder"),
                           reachable ? reachable(context.inputs.installFolder) : context.inputs.installFolder};
    };
}

TEST_CASE("restart as administrator hands over the program's command line for this context and reports a declined prompt", "[admin]")
{
    auto fake = platformWith(true, false, ElevationType::Limited);
    RestartElevatedFix fix(fake);
    CheckContext context;
    context.environment.page = "installation";
    context.environment.restartCommandLine = standInCommandLine();
    context.inputs.installFolder = "/opt/agent";
    FixOutcome outcome = fix.apply(context, progress);
    CHECK(outcome.ok());
    CHECK(outcome.restartsProgram);
    REQUIRE(fake->relaunches.size() == 1);
    CHECK(fake->relaunches[0] == std::vector<std::string>{"--page", "installation", "--install-folder", "/opt/agent"});

    fake->relaunchDeclined = true;
    outcome = fix.apply(context, progress);
    CHECK_FALSE(outcome.ok());
    CHECK_FALSE(outcome.restartsProgram);
    CHECK(renderAll(outcome.failures).join(' ').contains("declined"));
}

TEST_CASE("restart as administrator names a path on a mapped drive by its UNC path, and resumes the fix it was asked for", "[admin]")
{
    // The elevated token has no mapped drives. Wine maps none either (its Z: is the Unix root, DRIVE_FIXED), so the
    // fake plays WNetGetUniversalNameW: Z:\ is \\fileserver\tools.
    auto fake = platformWith(true, false, ElevationType::Limited);
    fake->mappedDrives = {{"Z:\\", "\\\\fileserver\\tools\\"}};
    RestartElevatedFix fix(fake, QStringLiteral("some-check/some-fix"), Message::plain(QStringLiteral("Change something.")));
    CheckContext context;
    context.environment.page = "registration";
    context.environment.restartCommandLine = standInCommandLine();
    context.inputs.installFolder = "Z:\\MARS Agent";
    REQUIRE(fix.apply(context, progress).ok());
    REQUIRE(fake->relaunches.size() == 1);
    CHECK(fake->relaunches[0] == std::vector<std::string>{"--page", "registration", "--install-folder", "\\\\fileserver\\tools\\MARS Agent",
                                                          "--fix", "some-check/some-fix"});
}

TEST_CASE("restart as administrator without a way to start this program again says so and starts nothing", "[admin]")
{
    auto fake = platformWith(true, false, ElevationType::Limited);
    RestartElevatedFix fix(fake);
    CheckContext context;  // no restartCommandLine: a program that did not say how it is started
    const FixOutcome outcome = fix.apply(context, progress);
    CHECK_FALSE(outcome.ok());
    CHECK_FALSE(outcome.restartsProgram);
    CHECK(fake->relaunches.empty());
    CHECK(renderAll(outcome.failures).join(' ').contains("Run as administrator"));
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
