// The cache-folder check's verdicts, on the fake platform: every case Wine cannot make (a compressed, encrypted or
// sparse folder, a removable or network volume, FAT32 against NTFS/ReFS, a read-only or offline volume), and the
// rest for completeness. The Win32 layer's own answers are tested under Wine in checks/platform/tests/Win32CacheFolderTest.cpp.
#include "checks/registration/CacheFolderCheck.h"
#include "tests/support/FakePlatform.h"

#include "tests/support/CatchQt.h"

#include <QJsonArray>

using namespace mars;
using namespace mars::platform;

namespace {
constexpr std::uint64_t kGiB = std::uint64_t(1) << 30;
const std::filesystem::path kScratch = "C:/Program Files/Microsoft Azure Recovery Services Agent/Scratch";

// An installed, registered agent whose cache folder is on a healthy 500 GiB NTFS disk with 200 GiB free.
std::shared_ptr<test::FakePlatform> healthy()
{
    auto fake = std::make_shared<test::FakePlatform>();
    fake->registration = {true, true, kScratch, kScratch};
    FolderStorage storage;
    storage.state = AttributeRead::State::Found;
    storage.isDirectory = true;
    storage.volumeRoot = "C:/";
    storage.kind = VolumeKind::Fixed;
    storage.volumeRead = true;
    storage.fileSystem = "NTFS";
    storage.spaceRead = true;
    storage.freeBytes = 200 * kGiB;
    storage.totalBytes = 500 * kGiB;
    fake->storage[kScratch] = storage;
    return fake;
}

CheckResult run(const std::shared_ptr<test::FakePlatform>& fake)
{
    return CacheFolderCheck(fake).run({});
}

QString evidenceOf(const CheckResult& result)
{
    return renderAll(result.evidence).join('\n');
}
}  // namespace

TEST_CASE("the built-in cache rules load, with a source for each rule", "[cache]")
{
    const CacheFolderRules& rules = CacheFolderRules::builtIn();
    CHECK(rules.minimumPercent == 5);
    CHECK(rules.recommendedPercent == 10);
    CHECK(rules.systemStateMinimumGB == 30);
    CHECK(rules.systemStateRecommendedGB == 35);
    CHECK(rules.fileSystemSupported("ntfs"));
    CHECK(rules.fileSystemSupported("ReFS"));
    CHECK_FALSE(rules.fileSystemSupported("FAT32"));
    CHECK(rules.registryValues.size() == 2);
    CHECK(rules.registryValues[1].endsWith("Config\\CloudBackupProvider\\ScratchLocation"));
    for (const Message& source : {rules.registrySource, rules.freeSpaceSource, rules.volumeSource, rules.kekSource})
        CHECK_FALSE(source.isEmpty());
    CHECK(rules.moveStepsUrl.startsWith("https://learn.microsoft.com/"));
    QString error;
    CHECK_FALSE(CacheFolderRules::parse("{}", &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(CacheFolderRules::parse("not json", &error));
}

TEST_CASE("a healthy cache folder passes and shows the free space against the rule", "[cache]")
{
    const CheckResult result = run(healthy());
    CHECK(result.status == Status::Pass);
    CHECK(result.fixes.isEmpty());
    const QString evidence = evidenceOf(result);
    CHECK(evidence.contains("OnlineBackup.KEK"));
    CHECK(evidence.contains("5–10 %"));
    CHECK(evidence.contains("30–35 GB"));
    CHECK(evidence.contains("is shown, not applied"));  // the protected size is not knowable: said, not guessed
    CHECK(evidence.contains("Data Deduplication"));     // and what was not examined is named
    CHECK_FALSE(evidence.contains("To move the cache folder"));
    CHECK(result.summary.render().contains("NTFS"));
    CHECK(result.facts["valuesAgree"] == true);
    CHECK(result.facts["kek"] == true);
    CHECK(result.facts["volumeKind"] == "fixed");
    CHECK(result.facts["freeBytes"].toDouble() == double(200 * kGiB));
}

TEST_CASE("what could not be examined is never a pass", "[cache]")
{
    auto fake = healthy();
    SECTION("no agent on this system (the portable build)")
    {
        fake->registration.applicable = false;
        const CheckResult result = run(fake);
        CHECK(result.status == Status::Warning);
        CHECK(result.summary.render().startsWith("Not examined"));
        CHECK(result.facts["applicable"] == false);
    }
    SECTION("the agent is not installed")
    {
        fake->binary.installed = false;
        const CheckResult result = run(fake);
        CHECK(result.status == Status::Warning);
        CHECK(result.summary.render().contains("not installed"));
        CHECK(evidenceOf(result).contains("/s:"));
    }
    SECTION("the folder cannot be read")
    {
        fake->storage[kScratch].state = AttributeRead::State::Failed;
        fake->storage[kScratch].error = "Access is denied. (error 5)";
        const CheckResult result = run(fake);
        CHECK(result.status == Status::Warning);
        CHECK(evidenceOf(result).contains("Access is denied"));
    }
    SECTION("the volume's file system cannot be read (offline or not ready)")
    {
        fake->storage[kScratch].volumeRead = false;
        fake->storage[kScratch].volumeError = "The device is not ready. (error 21)";
        const CheckResult result = run(fake);
        CHECK(result.status == Status::Warning);
        CHECK(result.summary.render().contains("offline"));
        CHECK(evidenceOf(result).contains("not ready"));
    }
    SECTION("the free space cannot be read")
    {
        fake->storage[kScratch].spaceRead = false;
        CHECK(run(fake).status == Status::Warning);
    }
    SECTION("Windows does not say what kind of drive it is")
    {
        fake->storage[kScratch].kind = VolumeKind::Unknown;
        CHECK(run(fake).status == Status::Warning);
    }
}

TEST_CASE("the two ScratchLocation values", "[cache]")
{
    auto fake = healthy();
    SECTION("differ: error 34506")
    {
        fake->registration.providerScratch = "D:/Scratch";
        const CheckResult result = run(fake);
        CHECK(result.status == Status::Fail);
        CHECK(result.summary.render().contains("34506"));
        CHECK(evidenceOf(result).contains("D:"));
        CHECK(result.facts["valuesAgree"] == false);
    }
    SECTION("one missing counts as differing")
    {
        fake->registration.providerScratch.clear();
        const CheckResult result = run(fake);
        CHECK(result.status == Status::Fail);
        CHECK(evidenceOf(result).contains("CloudBackupProvider\\ScratchLocation is missing"));
    }
    SECTION("both missing")
    {
        fake->registration.scratch.clear();
        fake->registration.providerScratch.clear();
        const CheckResult result = run(fake);
        CHECK(result.status == Status::Fail);
        CHECK(result.summary.render().contains("both ScratchLocation values are missing"));
    }
    SECTION("the same folder in another case and with a trailing separator agrees, as Windows sees it")
    {
        fake->registration.providerScratch = "c:/program files/microsoft azure recovery services agent/scratch/";
        CHECK(run(fake).status == Status::Pass);
    }
}

TEST_CASE("the folder itself", "[cache]")
{
    auto fake = healthy();
    SECTION("missing")
    {
        fake->storage.clear();
        const CheckResult result = run(fake);
        CHECK(result.status == Status::Fail);
        CHECK(result.summary.render().contains("does not exist"));
        CHECK(evidenceOf(result).contains("0x1FC07"));
        CHECK(evidenceOf(result).contains("backup-azure-file-folder-backup-faq#how-do-i-change-the-cache-location"));
    }
    SECTION("a file, not a folder")
    {
        fake->storage[kScratch].isDirectory = false;
        CHECK(run(fake).status == Status::Fail);
    }
    SECTION("each unsupported attribute, alone and together (Wine can set none of the first three)")
    {
        auto& storage = fake->storage[kScratch];
        storage.compressed = true;
        CHECK(run(fake).summary.render() == "The cache folder is Compressed, which the agent does not support.");
        storage.compressed = false;
        storage.encrypted = true;
        CHECK(run(fake).summary.render().contains("Encrypted"));
        storage.encrypted = false;
        storage.sparse = true;
        CHECK(run(fake).summary.render().contains("Sparse"));
        storage.sparse = false;
        storage.reparsePoint = true;
        CHECK(run(fake).summary.render().contains("reparse point"));
        storage.compressed = storage.encrypted = storage.sparse = true;
        const CheckResult result = run(fake);
        CHECK(result.status == Status::Fail);
        CHECK(result.summary.render().contains("Compressed, Encrypted, Sparse, a reparse point"));
        CHECK(result.facts["attributes"].toArray().size() == 4);
        CHECK(evidenceOf(result).contains("copy (not move)"));
    }
}

TEST_CASE("OnlineBackup.KEK is reported, and its absence alone does not fail a server not registered yet", "[cache]")
{
    auto fake = healthy();
    fake->registration.registered = false;
    const CheckResult result = run(fake);
    CHECK(result.status == Status::Pass);
    CHECK(result.facts["kek"] == false);
    CHECK(evidenceOf(result).contains("No OnlineBackup.KEK"));
    CHECK(evidenceOf(result).contains("0x1FC07"));
}

TEST_CASE("the volume: local, fixed, online, writable, NTFS or ReFS (Wine shows none of these failures)", "[cache]")
{
    auto fake = healthy();
    auto& storage = fake->storage[kScratch];
    SECTION("a network share")
    {
        storage.kind = VolumeKind::Network;
        storage.volumeRoot = "//server/share/";
        const CheckResult result = run(fake);
        CHECK(result.status == Status::Fail);
        CHECK(result.summary.render().contains("network share"));
        CHECK(result.facts["volumeKind"] == "network");
        CHECK(evidenceOf(result).contains("To move the cache folder"));
    }
    SECTION("a removable drive")
    {
        storage.kind = VolumeKind::Removable;
        CHECK(run(fake).summary.render().contains("removable drive"));
    }
    SECTION("a RAM disk or an optical drive")
    {
        storage.kind = VolumeKind::RamDisk;
        CHECK(run(fake).status == Status::Fail);
        storage.kind = VolumeKind::Optical;
        CHECK(run(fake).status == Status::Fail);
    }
    SECTION("FAT32")
    {
        storage.fileSystem = "FAT32";
        const CheckResult result = run(fake);
        CHECK(result.status == Status::Fail);
        CHECK(result.summary.render() == "The cache folder's volume is FAT32: it must be NTFS / ReFS.");
    }
    SECTION("ReFS passes")
    {
        storage.fileSystem = "ReFS";
        CHECK(run(fake).status == Status::Pass);
    }
    SECTION("read-only")
    {
        storage.readOnly = true;
        CHECK(run(fake).summary.render().contains("read-only"));
    }
}

TEST_CASE("free space against the System State allowance", "[cache]")
{
    auto fake = healthy();
    auto& storage = fake->storage[kScratch];
    SECTION("less than 30 GiB: a warning that names the System State need")
    {
        storage.freeBytes = 20 * kGiB;
        const CheckResult result = run(fake);
        CHECK(result.status == Status::Warning);
        CHECK(result.summary.render().contains("System State"));
        // 20 GiB at 10 % covers 200 GiB of files, at 5 % 400 GiB.
        CHECK(evidenceOf(result).contains("200.00 GiB"));
        CHECK(evidenceOf(result).contains("400.00 GiB"));
    }
    SECTION("exactly 30 GiB is enough for the minimum")
    {
        storage.freeBytes = 30 * kGiB;
        CHECK(run(fake).status == Status::Pass);
    }
    SECTION("200 GiB: what is left besides System State is shown")
    {
        // (200 - 35) GiB at 10 % = 1,650 GiB; (200 - 30) GiB at 5 % = 3,400 GiB.
        const QString evidence = evidenceOf(run(fake));
        CHECK(evidence.contains("With System State"));
        CHECK(evidence.contains("1.61 TiB"));
        CHECK(evidence.contains("3.32 TiB"));
    }
}

TEST_CASE("every verdict renders in Chinese without English left in its summary", "[cache][zh]")
{
    auto fake = healthy();
    fake->storage[kScratch].kind = VolumeKind::Network;
    const CheckResult result = run(fake);
    const TextRenderer chinese = TextRenderer::forLanguage(QStringLiteral("zh_CN"));
    const QString summary = result.summary.render(chinese);
    CHECK(summary != result.summary.render());
    CHECK_FALSE(summary.contains("network share"));
}

TEST_CASE("several problems: the first of the worst is the summary, every other one is named in the evidence", "[cache]")
{
    auto fake = healthy();
    fake->registration.providerScratch = "D:/Scratch";
    fake->storage[kScratch].compressed = true;
    fake->storage[kScratch].kind = VolumeKind::Network;
    fake->storage[kScratch].freeBytes = 10 * kGiB;
    const CheckResult result = run(fake);
    CHECK(result.status == Status::Fail);
    CHECK(result.summary.render().contains("34506"));
    const QString evidence = evidenceOf(result);
    CHECK(evidence.contains("Compressed"));
    CHECK(evidence.contains("network share"));
    CHECK(evidence.contains("too little if System State is backed up"));
    CHECK_FALSE(evidence.contains("34506"));  // the summary is not repeated
}
