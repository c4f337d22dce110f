// The antivirus exclusions check with the fake platform (the Wine test, checks/platform/tests/Win32AntivirusExclusionsTest.cpp,
// reads the real registry keys; Wine has no Defender for the WMI half): what counts as excluded, what is never a Pass,
// and the fix that adds, records and puts back exactly what it added.
#include "checks/registration/AntivirusExclusionsCheck.h"
#include "tests/support/FakePlatform.h"

#include "tests/support/CatchQt.h"

#include <QJsonArray>

using namespace mars;
using namespace mars::platform;

namespace {
FixProgress progress;
// The fake's agent folder, written out here rather than taken from the code under test.
const std::string kInstall = "C:\\Program Files\\Microsoft Azure Recovery Services Agent";

std::shared_ptr<test::FakePlatform> installedAgent()
{
    auto fake = std::make_shared<test::FakePlatform>();
    fake->installFolder = kInstall;
    fake->installed = true;
    fake->binary.installed = true;
    return fake;
}

std::shared_ptr<const Fix> fixNamed(const CheckResult& result, const char* id)
{
    for (const auto& fix : result.fixes)
        if (fix->id() == QLatin1String(id))
            return fix;
    return nullptr;
}

QString evidence(const CheckResult& result)
{
    return renderAll(result.evidence).join('\n');
}

using Code = AntivirusExclusionsCheck::Code;
bool gave(const CheckResult& result, Code code)
{
    return result.finding == findingOf<AntivirusExclusionsCheck>(code);
}
}  // namespace

TEST_CASE("all three excluded, in the forms Defender accepts, is a Pass", "[antivirus]")
{
    auto fake = installedAgent();
    SECTION("exact entries, other case, trailing backslash and \\* forms")
    {
        fake->defender.local.paths = {"c:\\program files\\microsoft azure recovery services agent\\SCRATCH\\", kInstall + "\\Bin\\*"};
        fake->defender.local.processes = {"CBEngine.exe"};
    }
    SECTION("the install folder itself covers both folders, and the engine by its full path")
    {
        fake->defender.local.paths = {kInstall + "\\"};
        fake->defender.local.processes = {kInstall + "\\bin\\cbengine.exe"};
    }
    SECTION("from Group Policy's list")
    {
        fake->defender.policy.paths = {kInstall};
        fake->defender.policy.processes = {"cbengine.exe"};
    }
    const CheckResult result = AntivirusExclusionsCheck(fake).run({});
    CHECK(result.status == Status::Pass);
    CHECK(gave(result, Code::Excluded));
    CHECK_FALSE(fixNamed(result, "add-defender-exclusions"));
    CHECK(result.facts["missing"].toArray().isEmpty());
}

TEST_CASE("missing exclusions are a named Warning that lists them and offers to add them", "[antivirus]")
{
    auto fake = installedAgent();
    fake->defender.local.paths = {"D:\\Other", kInstall + "\\Bin2"};  // a sibling with a longer name covers nothing
    const CheckResult result = AntivirusExclusionsCheck(fake).run({});
    CHECK(result.status == Status::Warning);
    CHECK(gave(result, Code::Missing));
    CHECK_FALSE(result.finding->leavesUnexamined());
    const QString summary = result.summary.render();
    CHECK(summary.contains(QString::fromStdString(kInstall + "\\Scratch")));
    CHECK(summary.contains(QString::fromStdString(kInstall + "\\Bin")));
    CHECK(summary.contains("cbengine.exe"));
    CHECK(evidence(result).contains("34513"));
    const auto add = fixNamed(result, "add-defender-exclusions");
    REQUIRE(add);
    CHECK(add->spec().needsAdmin);
    CHECK(add->needsElevation({}));
    const QString plan = add->plan().render();
    CHECK(plan.contains(QString::fromStdString(kInstall + "\\Scratch")));
    CHECK(plan.contains("Put back the earlier exclusions"));
}

TEST_CASE("adding records what it added, and putting back removes exactly that and keeps what was there", "[antivirus]")
{
    auto fake = installedAgent();
    fake->defender.local.paths = {"D:\\Other", kInstall + "\\Bin"};  // Bin is covered already: only two are added
    const CheckResult before = AntivirusExclusionsCheck(fake).run({});
    const FixOutcome added = fixNamed(before, "add-defender-exclusions")->apply({}, progress);
    CHECK(added.ok());
    CHECK(renderAll(added.before).join('\n').contains("D:\\Other"));
    CHECK(fake->defenderCalls == std::vector<std::string>{"add path " + kInstall + "\\Scratch", "add process " + kInstall + "\\Bin\\cbengine.exe"});
    REQUIRE(fake->defenderAddedRecord);
    CHECK(fake->defenderAddedRecord->paths == std::vector<std::string>{kInstall + "\\Scratch"});
    CHECK(fake->defenderAddedRecord->processes == std::vector<std::string>{kInstall + "\\Bin\\cbengine.exe"});

    const CheckResult after = AntivirusExclusionsCheck(fake).run({});
    CHECK(after.status == Status::Pass);
    const auto putBack = fixNamed(after, "put-back-defender-exclusions");
    REQUIRE(putBack);
    CHECK(putBack->spec().needsAdmin);
    CHECK(putBack->plan().render().contains(QString::fromStdString(kInstall + "\\Scratch")));
    CHECK(putBack->apply({}, progress).ok());
    CHECK(fake->defender.local.paths == std::vector<std::string>{"D:\\Other", kInstall + "\\Bin"});
    CHECK(fake->defender.local.processes.empty());
    CHECK_FALSE(fake->defenderAddedRecord);

    const CheckResult again = AntivirusExclusionsCheck(fake).run({});
    CHECK(again.status == Status::Warning);
    CHECK_FALSE(fixNamed(again, "put-back-defender-exclusions"));
}

TEST_CASE("a second add keeps the first record, so put-back removes everything this program added", "[antivirus]")
{
    auto fake = installedAgent();
    fake->defenderAddedRecord = ExclusionList{{kInstall + "\\Scratch"}, {}};
    fake->defender.local.paths = {kInstall + "\\Scratch"};
    const CheckResult result = AntivirusExclusionsCheck(fake).run({});
    REQUIRE(fixNamed(result, "add-defender-exclusions")->apply({}, progress).ok());
    REQUIRE(fake->defenderAddedRecord);
    CHECK(fake->defenderAddedRecord->paths == std::vector<std::string>{kInstall + "\\Scratch", kInstall + "\\Bin"});
}

TEST_CASE("when Defender keeps nothing (tamper protection), the fix says so and records nothing", "[antivirus]")
{
    auto fake = installedAgent();
    fake->defenderIgnoresChanges = true;
    fake->defender.tamperProtection = true;
    const CheckResult result = AntivirusExclusionsCheck(fake).run({});
    CHECK(evidence(result).contains("tamper protection is on"));
    const FixOutcome outcome = fixNamed(result, "add-defender-exclusions")->apply({}, progress);
    CHECK_FALSE(outcome.ok());
    CHECK(renderAll(outcome.failures).join('\n').contains("did not keep"));
    CHECK_FALSE(fake->defenderAddedRecord);
    CHECK(AntivirusExclusionsCheck(fake).run({}).status == Status::Warning);
}

TEST_CASE("a failed add changes nothing and records nothing", "[antivirus]")
{
    auto fake = installedAgent();
    fake->defenderChangeFails = true;
    const FixOutcome outcome = fixNamed(AntivirusExclusionsCheck(fake).run({}), "add-defender-exclusions")->apply({}, progress);
    CHECK_FALSE(outcome.ok());
    CHECK(outcome.changes.isEmpty());
    CHECK_FALSE(fake->defenderAddedRecord);
}

TEST_CASE("when only Group Policy's exclusions apply, local ones do not count and no local add is offered", "[antivirus]")
{
    auto fake = installedAgent();
    fake->defender.localIgnored = true;
    fake->defender.local.paths = {kInstall};
    fake->defender.local.processes = {"cbengine.exe"};
    const CheckResult result = AntivirusExclusionsCheck(fake).run({});
    CHECK(result.status == Status::Warning);
    CHECK(gave(result, Code::PolicyOnly));
    CHECK(evidence(result).contains("DisableLocalAdminMerge"));
    CHECK_FALSE(fixNamed(result, "add-defender-exclusions"));
    CHECK(fixNamed(result, "copy-exclusion-list"));
}

TEST_CASE("exclusions that cannot be read are never a Pass: the reason, and the list to ask for", "[antivirus]")
{
    auto fake = installedAgent();
    fake->defender.local.paths = {kInstall};  // whatever the keys say, they are not the list that matters
    fake->defender.local.processes = {"cbengine.exe"};
    QString reason;
    Code expected = Code::Unreadable;
    SECTION("no Defender")
    {
        fake->defender.unreadable = ExclusionsUnreadable::DefenderAbsent;
        reason = "no WinDefend service";
        expected = Code::AnotherProduct;
    }
    SECTION("Defender stopped")
    {
        fake->defender.unreadable = ExclusionsUnreadable::DefenderOff;
        reason = "another antivirus product is in charge";
        expected = Code::AnotherProduct;
    }
    SECTION("passive mode")
    {
        fake->defender.unreadable = ExclusionsUnreadable::PassiveMode;
        reason = "ForceDefenderPassiveMode";
        expected = Code::AnotherProduct;
    }
    SECTION("hidden from administrators")
    {
        fake->defender.unreadable = ExclusionsUnreadable::HiddenFromAdmins;
        reason = "HideExclusionsFromLocalAdmins";
    }
    SECTION("access denied")
    {
        fake->defender.unreadable = ExclusionsUnreadable::AccessDenied;
        fake->defender.error = "HKLM\\SOFTWARE\\Microsoft\\Windows Defender\\Exclusions\\Paths: Access is denied (error 5)";
        reason = "Access is denied";
    }
    const CheckResult result = AntivirusExclusionsCheck(fake).run({});
    CHECK(result.status == Status::Warning);
    CHECK(gave(result, expected));
    REQUIRE(result.finding);
    CHECK(result.finding->leavesUnexamined());  // could not look: never "found"
    CHECK(result.summary.render().startsWith("Not examined"));
    const QString lines = evidence(result);
    CHECK(lines.contains(reason));
    CHECK(lines.contains(QString::fromStdString(kInstall + "\\Scratch")));
    CHECK(lines.contains(QString::fromStdString(kInstall + "\\Bin")));
    CHECK(lines.contains("cbengine.exe"));
    CHECK_FALSE(fixNamed(result, "add-defender-exclusions"));
    CHECK(fixNamed(result, "copy-exclusion-list"));
    CHECK_FALSE(result.facts.contains("missing"));  // nothing is "found" missing either
}

TEST_CASE("access denied to a standard token offers the elevated restart", "[antivirus]")
{
    auto fake = installedAgent();
    fake->defender.unreadable = ExclusionsUnreadable::AccessDenied;
    CheckContext context;
    context.environment.processElevated = false;
    CHECK(fixNamed(AntivirusExclusionsCheck(fake).run(context), "restart-elevated"));
    context.environment.processElevated = true;
    CHECK_FALSE(fixNamed(AntivirusExclusionsCheck(fake).run(context), "restart-elevated"));
}

TEST_CASE("no agent installed, or no Defender on this system: said so, not a Pass", "[antivirus]")
{
    auto fake = std::make_shared<test::FakePlatform>();
    SECTION("the agent is not installed")
    {
        fake->binary.installed = false;
        const CheckResult result = AntivirusExclusionsCheck(fake).run({});
        CHECK(result.status == Status::Warning);
        CHECK(gave(result, Code::AgentNotInstalled));
        CHECK(result.finding->leavesUnexamined());
        CHECK(result.summary.render().contains("not installed"));
        CHECK(evidence(result).contains("cbengine.exe"));
    }
    SECTION("the portable build")
    {
        fake->defender.unreadable = ExclusionsUnreadable::NotWindows;
        const CheckResult result = AntivirusExclusionsCheck(fake).run({});
        CHECK(result.status == Status::Warning);
        CHECK(gave(result, Code::NoDefenderHere));
        CHECK(result.finding->leavesUnexamined());
        CHECK_FALSE(result.facts["applicable"].toBool());
    }
}

TEST_CASE("the cache folder the agent records is the one wanted", "[antivirus]")
{
    auto fake = installedAgent();
    fake->registration.applicable = true;
    fake->registration.scratch = "E:\\MARS\\Scratch";
    fake->defender.local.paths = {kInstall + "\\Scratch"};  // the default folder, no longer the cache
    const CheckResult result = AntivirusExclusionsCheck(fake).run({});
    CHECK(result.status == Status::Warning);
    CHECK(result.summary.render().contains("E:\\MARS\\Scratch"));
}

TEST_CASE("the list to ask for is copied one a line, changing nothing", "[antivirus]")
{
    auto fake = installedAgent();
    fake->defender.unreadable = ExclusionsUnreadable::DefenderOff;
    const auto copy = fixNamed(AntivirusExclusionsCheck(fake).run({}), "copy-exclusion-list");
    REQUIRE(copy);
    CHECK_FALSE(copy->changesSystem());
    const FixOutcome outcome = copy->apply({}, progress);
    CHECK(outcome.clipboardText == QString::fromStdString(kInstall + "\\Scratch\n" + kInstall + "\\Bin\n" + kInstall + "\\Bin\\cbengine.exe"));
    CHECK(fake->defenderCalls.empty());
}
