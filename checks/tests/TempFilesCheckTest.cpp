#include "checks/registration/TempFilesCheck.h"
#include "tests/support/FakePlatform.h"

#include "tests/support/CatchQt.h"
#include "tests/support/TempFolderQt.h"

#include <QFile>

#include <QJsonArray>
#include <QJsonObject>

using namespace mars;

namespace {
const std::filesystem::path kTemp = "C:/Windows/Temp";

std::shared_ptr<test::FakePlatform> withFiles(std::uint64_t files, std::uint64_t bytes = 0)
{
    auto fake = std::make_shared<test::FakePlatform>();
    platform::TmpScan scan;
    scan.ok = true;
    scan.files = files;
    scan.bytes = bytes;
    fake->tmp[kTemp] = scan;
    return fake;
}
}  // namespace

TEST_CASE("no .tmp files pass", "[temp]")
{
    const CheckResult result = TempFilesCheck(withFiles(0)).run({});
    CHECK(result.status == Status::Pass);
    CHECK(result.fixes.isEmpty());
}

TEST_CASE("some .tmp files warn and offer the cleanup - 60,000 fail and name error 34513", "[temp]")
{
    const auto [files, status] = GENERATE(table<std::uint64_t, Status>({{1, Status::Warning},
                                                                         {10, Status::Warning},
                                                                         {59999, Status::Warning},
                                                                         {60000, Status::Fail},
                                                                         {65535, Status::Fail}}));
    auto fake = withFiles(files, files * 1024);
    const CheckResult result = TempFilesCheck(fake).run({});
    INFO(files);
    CHECK(result.status == status);
    CHECK(renderAll(result.evidence).join('\n').contains("34513"));
    REQUIRE(result.fixes.size() == 1);
    CHECK(result.fixes[0]->id() == "clear-tmp-files");
    CHECK(result.fixes[0]->plan().render().contains("Files in use, read-only files, links, junctions"));

    FixProgress progress;
    const FixOutcome outcome = result.fixes[0]->apply({}, progress);
    CHECK(outcome.ok());
    CHECK(progress.done == files);
    CHECK(TempFilesCheck(fake).run({}).status == Status::Pass);
}

TEST_CASE("files in use are reported and stay counted", "[temp]")
{
    auto fake = withFiles(100, 100);
    fake->tmpInUse = 3;
    const CheckResult result = TempFilesCheck(fake).run({});
    FixProgress progress;
    const FixOutcome outcome = result.fixes[0]->apply({}, progress);
    CHECK_FALSE(outcome.ok());
    CHECK(renderAll(outcome.failures).join('\n').contains("left 3 files that are in use"));
    CHECK(renderAll(outcome.changes).join('\n').contains("deleted 97"));
    CHECK(TempFilesCheck(fake).run({}).summary.render().startsWith("3 .tmp files"));
}

TEST_CASE("a folder only administrators may list asks for a restart as administrator", "[temp]")
{
    auto fake = std::make_shared<test::FakePlatform>();
    fake->admin.elevated = false;
    platform::TmpScan denied;
    denied.accessDenied = true;
    denied.error = "C:\\Windows\\Temp: Access is denied. (error 5)";
    fake->tmp[kTemp] = denied;
    const CheckResult result = TempFilesCheck(fake).run({});
    CHECK(result.status == Status::Warning);
    REQUIRE(result.fixes.size() == 1);
    CHECK(result.fixes[0]->id() == "restart-elevated");
}

TEST_CASE("an unreadable folder is an Error with the reason", "[temp]")
{
    auto fake = std::make_shared<test::FakePlatform>();
    platform::TmpScan broken;
    broken.error = "C:\\Windows\\Temp is a junction, link or not a folder; refusing to look inside it";
    fake->tmp[kTemp] = broken;
    const CheckResult result = TempFilesCheck(fake).run({});
    CHECK(result.status == Status::Error);
    CHECK(renderAll(result.evidence).join('\n').contains("refusing"));
}

TEST_CASE("both SystemTemp and Temp are counted, and a chosen folder replaces them", "[temp]")
{
    auto fake = withFiles(5, 50);
    fake->tempFolders = {kTemp, "C:/Windows/SystemTemp"};
    platform::TmpScan scan;
    scan.ok = true;
    scan.files = 7;
    fake->tmp["C:/Windows/SystemTemp"] = scan;
    CHECK(TempFilesCheck(fake).run({}).summary.render().startsWith("12 .tmp files"));

    CheckContext context;
    context.inputs.tempFolder = "C:/Windows/SystemTemp";
    CHECK(TempFilesCheck(fake).run(context).summary.render().startsWith("7 .tmp files"));
}

TEST_CASE("entries that could not be examined are never a Pass", "[temp-files][hostile]")
{
    auto fake = std::make_shared<test::FakePlatform>();
    platform::TmpScan scan;
    scan.ok = true;
    scan.unexamined = 3;
    scan.unexaminedError = "a.tmp: Permission denied";
    fake->tmp["C:/Windows/Temp"] = scan;
    CheckResult result = TempFilesCheck(fake).run({});
    CHECK(result.status == Status::Error);
    CHECK(result.summary.render().contains("Could not examine 3 .tmp entries"));
    CHECK(renderAll(result.evidence).join('\n').contains("a.tmp: Permission denied"));

    scan.files = 2;
    scan.bytes = 10;
    fake->tmp["C:/Windows/Temp"] = scan;
    result = TempFilesCheck(fake).run({});
    CHECK(result.status == Status::Warning);
    CHECK(result.summary.render().contains("(3 more could not be examined)"));
}

TEST_CASE("read-only and open files the cleanup leaves are not offered for clearing again and again", "[temp-files][hostile]")
{
    auto fake = std::make_shared<test::FakePlatform>();
    platform::TmpScan scan;
    scan.ok = true;
    scan.readOnly = 1;
    scan.inUse = 2;
    fake->tmp["C:/Windows/Temp"] = scan;
    const CheckResult result = TempFilesCheck(fake).run({});
    CHECK(result.status == Status::Warning);
    CHECK(result.fixes.isEmpty());
    CHECK(result.summary.render() == "No clearable .tmp files; 3 are read-only or in use and stay.");
    CHECK(result.facts.value("names").toInteger() == 3);
}

TEST_CASE("the 65,535 names count also what the cleanup leaves", "[temp-files]")
{
    auto fake = std::make_shared<test::FakePlatform>();
    platform::TmpScan scan;
    scan.ok = true;
    scan.files = 10;
    scan.bytes = 100;
    scan.readOnly = TempFilesCheck::kFailAt;
    fake->tmp["C:/Windows/Temp"] = scan;
    const CheckResult result = TempFilesCheck(fake).run({});
    CHECK(result.status == Status::Fail);
    REQUIRE(result.fixes.size() == 1);
    CHECK(result.fixes[0]->plan().render().contains("Delete the 10 .tmp files"));
}

// The platform follows C:\Windows\Temp moved by a junction that SYSTEM, Administrators or TrustedInstaller made, and
// refuses any other (checks/platform/TempJunction.h; Wine makes no junctions, so the fake plays both outcomes).
TEST_CASE("a Windows temp folder moved by an administrator's junction is counted and says where its files are", "[temp]")
{
    auto fake = withFiles(3, 300);
    fake->tmp[kTemp].junctionTarget = "D:\\Temp";
    fake->tmp[kTemp].junctionOwner = "Administrators";
    const CheckResult result = TempFilesCheck(fake).run({});
    CHECK(result.status == Status::Warning);
    const QString evidence = renderAll(result.evidence).join('\n');
    CHECK(evidence.contains("is a junction made by Administrators; its files are in D:\\Temp."));
    const QJsonObject folder = result.facts.value("folders").toArray().first().toObject();
    CHECK(folder.value("junctionTarget").toString() == "D:\\Temp");
    CHECK(folder.value("tmpFiles").toInt() == 3);
}

TEST_CASE("a Windows temp folder that is a junction made by anyone else is an Error that names its maker", "[temp]")
{
    auto fake = std::make_shared<test::FakePlatform>();
    platform::TmpScan refused;
    refused.error = "C:\\Windows\\Temp is a junction made by an account that is not SYSTEM, Administrators or "
                    "TrustedInstaller; refusing to follow it (only junctions made by SYSTEM, Administrators or TrustedInstaller are)";
    fake->tmp[kTemp] = refused;
    const CheckResult result = TempFilesCheck(fake).run({});
    CHECK(result.status == Status::Error);
    CHECK(renderAll(result.evidence).join('\n').contains("refusing to follow it"));
    CHECK(result.fixes.isEmpty());
}

TEST_CASE("a temp folder that is a file gives one readable sentence", "[temp]")
{
    test::TempFolderQt folder;
    const QString file = folder.file(QStringLiteral("Temp"));
    {
        QFile made(file);
        REQUIRE(made.open(QIODevice::WriteOnly));
    }
    CheckContext context;
    context.inputs.tempFolder = file;
    const CheckResult result = TempFilesCheck(platform::makeSystemPlatform()).run(context);
    CHECK(result.status == Status::Error);
    CHECK(result.summary.render() ==
          QStringLiteral("Could not look into the temporary folder: %1 is not a folder (a file has its name), so there is nothing to look inside.").arg(file));
}
