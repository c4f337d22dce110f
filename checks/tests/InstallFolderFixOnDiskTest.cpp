// The folder check and its fix on real folders with the portable platform: the fix changes what it says and the
// re-run passes. The Win32 twin of this runs under Wine in checks/platform/tests.
#include "checks/installation/InstallFolderCheck.h"
#include "tests/support/Skip.h"
#include "tests/support/TempFolder.h"

#include "tests/support/CatchQt.h"
#include <sys/xattr.h>

using namespace mars;

namespace {
FixProgress progress;  // these fixes are quick; nothing reads their progress
}

TEST_CASE("a folder marked System and Hidden by Windows is fixed on disk and then passes", "[install-folder][disk]")
{
    test::TempFolder temp;
    const auto folder = temp / "Microsoft Azure Recovery Services Agent";
    std::filesystem::create_directory(folder);
    const std::string value = "0x6";
    if (setxattr(folder.c_str(), "user.DOSATTRIB", value.data(), value.size(), 0) != 0)
        test::skipTest("this file system does not store user extended attributes");

    InstallFolderCheck check(platform::makeSystemPlatform());
    CheckContext context;
    context.inputs.installFolder = QString::fromStdString(folder.string());
    const CheckResult before = check.run(context);
    REQUIRE(before.status == Status::Fail);
    CHECK(before.summary.render() == "The installation folder is System and Hidden.");
    REQUIRE(before.fixes.size() == 1);
    CHECK_FALSE(before.fixes[0]->needsElevation(CheckContext{}));

    const FixOutcome outcome = before.fixes[0]->apply(context, progress);
    CHECK(outcome.ok());
    REQUIRE(outcome.changes.size() == 1);
    CHECK(outcome.changes[0].render().contains("System Hidden"));

    const CheckResult after = check.run(context);
    CHECK(after.status == Status::Pass);
    CHECK(after.fixes.isEmpty());
}

TEST_CASE("a missing folder under a plain parent passes and says what was checked", "[install-folder][disk]")
{
    test::TempFolder temp;
    InstallFolderCheck check(platform::makeSystemPlatform());
    CheckContext context;
    context.inputs.installFolder = QString::fromStdString((temp / "new" / "agent").string());  // not a check id
    const CheckResult result = check.run(context);
    CHECK(result.status == Status::Pass);
    CHECK(renderAll(result.evidence).join('\n').contains(QString::fromStdString(temp.path().string())));
}
