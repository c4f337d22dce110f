#include "checks/installation/InstallFolderCheck.h"
#include "tests/support/FakePlatform.h"

#include "tests/support/CatchQt.h"

using namespace mars;

namespace {
FixProgress progress;  // these fixes are quick; nothing reads their progress
}
using namespace mars::platform;

namespace {
const std::filesystem::path kRoot = "/";
const std::filesystem::path kParent = "/programs";
const std::filesystem::path kFolder = "/programs/agent";

CheckContext contextFor(const std::filesystem::path& folder)
{
    CheckContext context;
    context.inputs.installFolder = QString::fromStdString(folder.string());
    return context;
}
}  // namespace

TEST_CASE("every combination of attributes on an existing folder", "[install-folder]")
{
    const FolderAttributes attributes = GENERATE(range(0u, 16u));
    auto fake = std::make_shared<test::FakePlatform>();
    fake->onDisk[kRoot] = {};
    fake->onDisk[kParent] = {};
    fake->onDisk[kFolder] = {true, attributes};
    InstallFolderCheck check(fake);
    const CheckResult result = check.run(contextFor(kFolder));
    INFO("attributes " << attributes);
    const QString evidence = renderAll(result.evidence).join('\n');
    if (attributes == 0) {
        CHECK(result.status == Status::Pass);
        CHECK(result.fixes.isEmpty());
        return;
    }
    CHECK(result.status == Status::Fail);
    REQUIRE(result.fixes.size() == 1);
    CHECK(result.fixes[0]->id() == "clear-folder-attributes");
    const std::pair<FolderAttribute, const char*> names[] = {
        {AttrSystem, "System"}, {AttrHidden, "Hidden"}, {AttrCompressed, "Compressed"}, {AttrEncrypted, "Encrypted"}};
    for (const auto& [bit, name] : names)
        CHECK(result.summary.render().contains(QLatin1String(name)) == bool(attributes & bit));
    CHECK(evidence.contains("/programs/agent is "));
    CHECK(evidence.contains("4024"));

    // The fix clears exactly what was found, and the re-run passes.
    const FixOutcome outcome = result.fixes[0]->apply(contextFor(kFolder), progress);
    CHECK(outcome.ok());
    CHECK(fake->onDisk[kFolder].attributes == 0);
    CHECK(check.run(contextFor(kFolder)).status == Status::Pass);
}

TEST_CASE("a folder still to be created inherits only compression and encryption from its parent", "[install-folder]")
{
    const FolderAttributes attributes = GENERATE(range(0u, 16u));
    auto fake = std::make_shared<test::FakePlatform>();
    fake->onDisk[kRoot] = {};
    fake->onDisk[kParent] = {true, attributes};
    const CheckResult result = InstallFolderCheck(fake).run(contextFor(kFolder));
    const bool inheritedBad = attributes & (AttrCompressed | AttrEncrypted);
    INFO("attributes " << attributes);
    CHECK(result.status == (inheritedBad ? Status::Fail : Status::Pass));
    CHECK(renderAll(result.evidence).join('\n').contains("does not exist yet"));
    if (attributes & (AttrSystem | AttrHidden))
        CHECK(renderAll(result.evidence).join('\n').contains("does not inherit"));
    if (inheritedBad) {
        REQUIRE(result.fixes.size() == 1);
        CHECK(result.fixes[0]->plan().render().contains("/programs"));
        result.fixes[0]->apply({}, progress);
        CHECK((fake->onDisk[kParent].attributes & (AttrCompressed | AttrEncrypted)) == 0);
        CHECK((fake->onDisk[kParent].attributes & (AttrSystem | AttrHidden)) == (attributes & (AttrSystem | AttrHidden)));
    }
}

TEST_CASE("without a chosen folder the agent's own location is checked", "[install-folder]")
{
    auto fake = std::make_shared<test::FakePlatform>();
    fake->installFolder = kFolder;
    fake->installed = true;
    fake->onDisk[kRoot] = {};
    fake->onDisk[kParent] = {};
    fake->onDisk[kFolder] = {};
    const CheckResult result = InstallFolderCheck(fake).run({});
    CHECK(result.status == Status::Pass);
    CHECK(result.evidence.first().render().contains("from its setup record"));
}

TEST_CASE("a file where the folder should be fails without a fix", "[install-folder]")
{
    auto fake = std::make_shared<test::FakePlatform>();
    fake->onDisk[kRoot] = {};
    fake->onDisk[kParent] = {};
    fake->onDisk[kFolder] = {false, 0};
    const CheckResult result = InstallFolderCheck(fake).run(contextFor(kFolder));
    CHECK(result.status == Status::Fail);
    CHECK(result.summary.render().contains("is a file"));
    CHECK(result.fixes.isEmpty());
}

TEST_CASE("a folder whose attributes cannot be read is an Error that says so, never a Pass with none found", "[install-folder]")
{
    auto fake = std::make_shared<test::FakePlatform>();
    fake->onDisk[kRoot] = {};
    fake->onDisk[kParent] = {};
    fake->onDisk[kFolder] = {};
    fake->unreadable[kFolder] = "could not read its attributes: Permission denied (errno 13)";
    const CheckResult result = InstallFolderCheck(fake).run(contextFor(kFolder));
    CHECK(result.status == Status::Error);
    CHECK(result.finding == findingOf<InstallFolderCheck>(InstallFolderCheck::Code::AttributesUnreadable));
    CHECK(result.summary.render().contains("Could not read the attributes of"));
    const QString evidence = renderAll(result.evidence).join('\n');
    CHECK(evidence.contains("Permission denied"));
    CHECK_FALSE(evidence.contains("Attributes found"));
    CHECK(result.fixes.isEmpty());
}

TEST_CASE("the fix says what it will do, whether it needs elevation, and reports what it could not do", "[install-folder]")
{
    auto fake = std::make_shared<test::FakePlatform>();
    fake->onDisk[kRoot] = {};
    fake->onDisk[kParent] = {};
    fake->onDisk[kFolder] = {true, AttrHidden | AttrCompressed};
    fake->writable = false;
    fake->unclearable = AttrCompressed;  // as under Wine, where FSCTL_SET_COMPRESSION is not supported
    const CheckResult result = InstallFolderCheck(fake).run(contextFor(kFolder));
    REQUIRE(result.fixes.size() == 1);
    const auto& fix = *result.fixes[0];
    CHECK(fix.needsElevation(CheckContext{}));
    CHECK(fix.plan().render().contains("Clear the Hidden attribute of /programs/agent"));
    CHECK(fix.plan().render().contains("Turn off compression"));
    CHECK_FALSE(fix.plan().render().contains("encryption"));
    const FixOutcome outcome = fix.apply({}, progress);
    CHECK_FALSE(outcome.ok());
    CHECK(outcome.changes.size() == 1);
    CHECK(outcome.failures.size() == 1);
    CHECK(InstallFolderCheck(fake).run(contextFor(kFolder)).summary.render() == "The installation folder is Compressed.");
}

TEST_CASE("a drive's root always carries System and Hidden: that passes, and no fix offers to clear them", "[install-folder]")
{
    auto fake = std::make_shared<test::FakePlatform>();
    fake->onDisk["/"] = {true, AttrSystem | AttrHidden};
    CheckContext context;
    context.inputs.installFolder = QStringLiteral("/");
    CheckResult result = InstallFolderCheck(fake).run(context);
    CHECK(result.status == Status::Pass);
    CHECK(result.fixes.isEmpty());
    CHECK(renderAll(result.evidence).join('\n').contains("root of a drive"));

    // Compression on a root still blocks, and only that is offered.
    fake->onDisk["/"] = {true, AttrSystem | AttrHidden | AttrCompressed};
    result = InstallFolderCheck(fake).run(context);
    CHECK(result.status == Status::Fail);
    REQUIRE(result.fixes.size() == 1);
    CHECK_FALSE(result.fixes[0]->plan().render().contains("Hidden"));
}
