// The portable cleanup on real files, against every trap an attacker with write access to a temp folder could lay.
// Each trap has a canary outside the folder (or a file inside that must stay); "canaries touched" must be 0.
#include "tests/support/Skip.h"
#include "tests/support/TempFolder.h"
#include "checks/platform/Platform.h"

#include <catch2/catch.hpp>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>

using namespace mars::platform;
using mars::test::readFile;
using mars::test::TempFolder;
namespace fs = std::filesystem;

namespace {
void write(const fs::path& path, const std::string& text = "x")
{
    std::ofstream(path) << text;
}

}  // namespace

TEST_CASE("0, 10 and 100,000 .tmp files are counted and cleared", "[posix-temp]")
{
    const int count = GENERATE(0, 10, 100000);
    TempFolder temp;
    const auto folder = temp / "Temp";
    fs::create_directory(folder);
    for (int i = 0; i < count; ++i)
        write(folder / ("tmp" + std::to_string(i) + ".tmp"), "12345");
    write(folder / "keep.log");
    const auto platform = makeSystemPlatform();
    const TmpScan scan = platform->tempFiles().scanTmpFiles(folder);
    REQUIRE(scan.ok);
    CHECK(scan.files == std::uint64_t(count));
    CHECK(scan.bytes == std::uint64_t(count) * 5);

    Progress progress;
    const TmpCleanup cleanup = platform->tempFiles().deleteTmpFiles(folder, progress);
    REQUIRE(cleanup.ok);
    CHECK(cleanup.deleted == std::uint64_t(count));
    CHECK(cleanup.bytesFreed == std::uint64_t(count) * 5);
    CHECK(progress.done == std::uint64_t(count));
    CHECK(platform->tempFiles().scanTmpFiles(folder).files == 0);
    CHECK(fs::exists(folder / "keep.log"));
}

TEST_CASE("nine kinds of trap: canaries touched = 0", "[posix-temp]")
{
    TempFolder temp;
    const auto folder = temp / "Temp";
    const auto outside = temp / "outside";
    fs::create_directories(folder);
    fs::create_directories(outside / "dir");
    write(outside / "canary.txt", "canary");
    write(outside / "dir" / "inner.tmp", "canary");
    write(outside / "hardlinked.txt", "canary");

    fs::create_symlink(outside / "canary.txt", folder / "file-link.tmp");           // 1 symlink to a file
    fs::create_directory_symlink(outside / "dir", folder / "dir-link.tmp");        // 2 symlink to a folder, named *.tmp
    fs::create_directory_symlink(outside / "dir", folder / "dir-link");            // 3 symlink to a folder holding .tmp files
    fs::create_directory(folder / "folder.tmp");                                   // 4 a real folder named *.tmp ...
    write(folder / "folder.tmp" / "nested.tmp", "keep");                          //   ... holding .tmp files (no recursion)
    fs::create_hard_link(outside / "hardlinked.txt", folder / "hardlink.tmp");     // 5 hard link to a file outside
    write(folder / "x.tmp.bak", "keep");                                           // 6 look-alike names
    write(folder / "x.tmpl", "keep");
    write(folder / "readonly.tmp", "keep");                                        // 7 read-only
    fs::permissions(folder / "readonly.tmp", fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    write(folder / "locked.tmp", "keep");                                          // 8 held (locked) by another open file
    const int holder = open((folder / "locked.tmp").c_str(), O_RDONLY);
    REQUIRE(holder >= 0);
    REQUIRE(flock(holder, LOCK_EX) == 0);
    REQUIRE(mkfifo((folder / "fifo.tmp").c_str(), 0600) == 0);                    // 9 a FIFO (opening it would block)
    write(folder / "real.tmp", "junk");                                            // the one file that should go
    write(folder / "UPPER.TMP", "junk");                                           // *.tmp matches in any case

    Progress progress;
    const TmpCleanup cleanup = makeSystemPlatform()->tempFiles().deleteTmpFiles(folder, progress);
    close(holder);
    REQUIRE(cleanup.ok);

    int touched = 0;
    touched += readFile(outside / "canary.txt") != "canary";
    touched += readFile(outside / "dir" / "inner.tmp") != "canary";
    touched += readFile(outside / "hardlinked.txt") != "canary";
    touched += !fs::exists(outside / "dir");
    INFO("canaries touched = " << touched);
    CHECK(touched == 0);

    CHECK(cleanup.deleted == 2);
    CHECK_FALSE(fs::exists(folder / "real.tmp"));
    CHECK_FALSE(fs::exists(folder / "UPPER.TMP"));
    CHECK(fs::is_symlink(folder / "file-link.tmp"));
    CHECK(fs::is_symlink(folder / "dir-link.tmp"));
    CHECK(fs::is_symlink(folder / "dir-link"));
    CHECK(fs::exists(folder / "folder.tmp" / "nested.tmp"));
    CHECK(fs::exists(folder / "hardlink.tmp"));
    CHECK(fs::exists(folder / "x.tmp.bak"));
    CHECK(fs::exists(folder / "x.tmpl"));
    CHECK(fs::exists(folder / "readonly.tmp"));
    CHECK(fs::exists(folder / "locked.tmp"));
    CHECK(fs::exists(folder / "fifo.tmp"));
    CHECK(cleanup.inUse == 1);
    CHECK(cleanup.readOnly == 1);
    CHECK(cleanup.notRegular == 5);  // two links, the folder, the hard link, the FIFO
    CHECK_FALSE(cleanup.examples.empty());
}

TEST_CASE("a temp folder that is itself a link is refused, and nothing behind it is touched", "[posix-temp]")
{
    TempFolder temp;
    fs::create_directory(temp / "real");
    write(temp / "real" / "victim.tmp", "canary");
    fs::create_directory_symlink(temp / "real", temp / "Temp");
    const auto platform = makeSystemPlatform();
    CHECK_FALSE(platform->tempFiles().scanTmpFiles(temp / "Temp").ok);
    Progress progress;
    const TmpCleanup cleanup = platform->tempFiles().deleteTmpFiles(temp / "Temp", progress);
    CHECK_FALSE(cleanup.ok);
    CHECK(cleanup.error.find("link") != std::string::npos);
    CHECK(readFile(temp / "real" / "victim.tmp") == "canary");
}

TEST_CASE("cancel stops the cleanup and leaves the rest", "[posix-temp]")
{
    TempFolder temp;
    for (int i = 0; i < 50; ++i)
        write(temp / ("f" + std::to_string(i) + ".tmp"));
    Progress progress;
    progress.cancel = true;
    const TmpCleanup cleanup = makeSystemPlatform()->tempFiles().deleteTmpFiles(temp.path(), progress);
    CHECK(cleanup.cancelled);
    CHECK(cleanup.deleted == 0);
    CHECK(makeSystemPlatform()->tempFiles().scanTmpFiles(temp.path()).files == 50);
}

TEST_CASE("a temp folder that is a file says so in words that read as one sentence", "[posix-temp]")
{
    TempFolder temp;
    write(temp / "Temp", "not a folder");
    const auto platform = makeSystemPlatform();
    const TmpScan scan = platform->tempFiles().scanTmpFiles(temp / "Temp");
    CHECK_FALSE(scan.ok);
    CHECK(scan.error == (temp / "Temp").string() + " is not a folder (a file has its name), so there is nothing to look inside");
    fs::create_directory(temp / "real");
    fs::create_directory_symlink(temp / "real", temp / "Link");
    CHECK(platform->tempFiles().scanTmpFiles(temp / "Link").error ==
          (temp / "Link").string() + " is a link; links are not followed, so nothing was looked at");
}


namespace {
// chattr: false when this process or file system cannot (not root, or no such flags).
bool setInodeFlag(const fs::path& file, int flag, bool on)
{
    const int fd = open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    int flags = 0;
    bool ok = ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
    flags = on ? flags | flag : flags & ~flag;
    ok = ok && ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
    close(fd);
    return ok;
}
}  // namespace

TEST_CASE("immutable and append-only .tmp files are left out of the scan and left by the cleanup, not failed on", "[posix-temp]")
{
    TempFolder temp;
    const fs::path folder = temp / "Temp";
    fs::create_directory(folder);
    write(folder / "immutable.tmp");
    write(folder / "append-only.tmp");
    write(folder / "plain.tmp");
    const bool set = setInodeFlag(folder / "immutable.tmp", FS_IMMUTABLE_FL, true) && setInodeFlag(folder / "append-only.tmp", FS_APPEND_FL, true);
    struct Unset {
        fs::path folder;
        ~Unset()
        {
            setInodeFlag(folder / "immutable.tmp", FS_IMMUTABLE_FL, false);
            setInodeFlag(folder / "append-only.tmp", FS_APPEND_FL, false);
        }
    } unset{folder};
    if (!set)
        MARS_SKIP("needs root on a file system with chattr +i and +a");
    const auto platform = makeSystemPlatform();
    const TmpScan before = platform->tempFiles().scanTmpFiles(folder);
    REQUIRE(before.ok);
    CHECK(before.files == 1);  // only plain.tmp is offered
    CHECK(before.readOnly == 2);
    Progress progress;
    const TmpCleanup cleanup = platform->tempFiles().deleteTmpFiles(folder, progress);
    CHECK(cleanup.deleted == 1);
    CHECK(cleanup.readOnly == 2);
    CHECK(cleanup.failed == 0);
    // After the fix, nothing is offered again.
    const TmpScan after = platform->tempFiles().scanTmpFiles(folder);
    CHECK(after.files == 0);
    CHECK(after.readOnly == 2);
}

TEST_CASE("a .tmp file mapped into memory with its descriptor closed is in use: scanned as such and left", "[posix-temp]")
{
    TempFolder temp;
    const fs::path folder = temp / "Temp";
    fs::create_directory(folder);
    write(folder / "mapped.tmp", std::string(4096, 'm'));
    write(folder / "plain.tmp");
    const int fd = open((folder / "mapped.tmp").c_str(), O_RDONLY | O_CLOEXEC);
    REQUIRE(fd >= 0);
    void* mapping = mmap(nullptr, 4096, PROT_READ, MAP_SHARED, fd, 0);
    close(fd);
    REQUIRE(mapping != MAP_FAILED);
    const auto platform = makeSystemPlatform();
    const TmpScan scan = platform->tempFiles().scanTmpFiles(folder);
    CHECK(scan.files == 1);
    CHECK(scan.inUse == 1);
    Progress progress;
    const TmpCleanup cleanup = platform->tempFiles().deleteTmpFiles(folder, progress);
    CHECK(cleanup.deleted == 1);
    CHECK(cleanup.inUse == 1);
    CHECK(fs::exists(folder / "mapped.tmp"));
    munmap(mapping, 4096);
}
