// POSIX-only behaviour of the portable platform: dot-names and the Windows attributes Samba and Wine store in
// user.DOSATTRIB. Linux compression (chattr +c) and fscrypt need btrfs or a key; the fake platform covers them.
#include "tests/support/TempFolder.h"
#include "tests/support/Skip.h"
#include "checks/platform/Platform.h"
#include "checks/platform/posix/DosAttributes.h"

#include <catch2/catch.hpp>
#include <sys/xattr.h>

using namespace mars::platform;
using mars::test::TempFolder;

namespace {
bool setDos(const std::filesystem::path& path, const std::string& value)
{
    return setxattr(path.c_str(), posix::kDosAttributeName, value.data(), value.size(), 0) == 0;
}
}  // namespace

TEST_CASE("DOSATTRIB text is parsed and written the Samba way", "[posix]")
{
    CHECK(posix::parseDosAttributes("0x6") == 6u);
    CHECK(posix::parseDosAttributes(std::string("0x22\0", 5)) == 0x22u);
    CHECK(posix::parseDosAttributes("0XfF") == 0xffu);
    CHECK_FALSE(posix::parseDosAttributes("6").has_value());
    CHECK_FALSE(posix::parseDosAttributes("0x").has_value());
    CHECK_FALSE(posix::parseDosAttributes("0xg1").has_value());
    CHECK_FALSE(posix::parseDosAttributes("0x123456789").has_value());
    CHECK_FALSE(posix::parseDosAttributes(std::string("\x03\x00\x04\x00", 4)).has_value());
    CHECK(posix::formatDosAttributes(0x24) == "0x24");
}

TEST_CASE("System and Hidden from DOSATTRIB are seen and cleared, other bits kept", "[posix]")
{
    TempFolder temp;
    const auto folder = temp / "agent";  // not a check id
    std::filesystem::create_directory(folder);
    if (!setDos(folder, "0x26"))  // ARCHIVE | SYSTEM | HIDDEN
        mars::test::skipTest("this file system does not store user extended attributes");
    const auto platform = makeSystemPlatform();
    CHECK(platform->folders().readAttributes(folder).attributes == (AttrSystem | AttrHidden));

    const ChangeResult change = platform->folders().clearAttributes(folder, AttrSystem | AttrHidden);
    CHECK(change.ok());
    CHECK(change.changed.size() == 1);
    CHECK(platform->folders().readAttributes(folder).attributes == 0);
    char value[16] = {};
    getxattr(folder.c_str(), posix::kDosAttributeName, value, sizeof value - 1);
    CHECK(std::string(value) == "0x20");
}

TEST_CASE("a dot-named folder is hidden, and the fix says it cannot rename it", "[posix]")
{
    TempFolder temp;
    const auto folder = temp / ".agent";
    std::filesystem::create_directory(folder);
    const auto platform = makeSystemPlatform();
    CHECK(platform->folders().readAttributes(folder).attributes == AttrHidden);
    const ChangeResult change = platform->folders().clearAttributes(folder, AttrHidden);
    REQUIRE(change.failed.size() == 1);
    CHECK(change.failed[0].find("begins with a dot") != std::string::npos);
    CHECK(std::filesystem::exists(folder));
}

TEST_CASE("encryption cannot be undone in place and says so", "[posix]")
{
    TempFolder temp;
    const ChangeResult change = makeSystemPlatform()->folders().clearAttributes(temp.path(), AttrEncrypted);
    REQUIRE(change.failed.size() == 1);
    CHECK(change.failed[0].find("encrypted") != std::string::npos);
}

TEST_CASE("a folder's storage: the folder, its mount point, file system and free space", "[posix][cache]")
{
    TempFolder temp;
    const auto folder = temp / "Scratch";
    std::filesystem::create_directory(folder);
    const auto platform = makeSystemPlatform();
    FolderStorage storage = platform->folders().folderStorage(folder);
    REQUIRE(storage.state == AttributeRead::State::Found);
    CHECK(storage.isDirectory);
    CHECK_FALSE(storage.reparsePoint);
    REQUIRE(storage.volumeRead);
    INFO("file system " << storage.fileSystem << " at " << storage.volumeRoot);
    CHECK_FALSE(storage.fileSystem.empty());
    CHECK_FALSE(storage.volumeRoot.empty());
    REQUIRE(storage.spaceRead);
    CHECK(storage.totalBytes > 0);
    CHECK(storage.freeBytes <= storage.totalBytes);

    // A symbolic link is the POSIX reparse point; a missing folder still names the volume it would be on.
    std::filesystem::create_directory_symlink(folder, temp / "link");
    CHECK(platform->folders().folderStorage(temp / "link").reparsePoint);
    storage = platform->folders().folderStorage(temp / "missing" / "Scratch");
    CHECK(storage.state == AttributeRead::State::Missing);
    CHECK(storage.volumeRead);
    CHECK(storage.volumeRoot == platform->folders().folderStorage(folder).volumeRoot);
}
