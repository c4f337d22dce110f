// The portable temp scan and cleanup against what others can do to a shared temp folder: hold a file open, make the
// folder unenterable or unreadable, run cleanups at the same time, leave files the cleanup must not delete.
// Permission tests need an unprivileged user: tests run as root in CI, so a forked child drops to "nobody".
#include "tests/support/Skip.h"
#include "tests/support/TempFolder.h"
#include "checks/platform/Platform.h"

#include <catch2/catch.hpp>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <optional>
#include <sstream>
#include <thread>
#include <vector>

using namespace mars::platform;
using mars::test::TempFolder;
namespace fs = std::filesystem;

namespace {

void write(const fs::path& path, const std::string& text = "x")
{
    std::ofstream(path) << text;
}

std::string serialize(const TmpScan& scan)
{
    std::ostringstream out;
    out << scan.ok << ' ' << scan.accessDenied << ' ' << scan.files << ' ' << scan.unexamined << '\n'
        << scan.error << '\n'
        << scan.unexaminedError << '\n';
    return out.str();
}

TmpScan deserialize(const std::string& text)
{
    TmpScan scan;
    std::istringstream in(text);
    in >> scan.ok >> scan.accessDenied >> scan.files >> scan.unexamined;
    in.ignore();
    std::getline(in, scan.error);
    std::getline(in, scan.unexaminedError);
    return scan;
}

// The scan of `folder` as an unprivileged user: directly when this process is one, else in a child that drops to
// "nobody". nullopt when neither is possible.
std::optional<TmpScan> scanAsUnprivileged(const fs::path& folder)
{
    if (geteuid() != 0)
        return makeSystemPlatform()->tempFiles().scanTmpFiles(folder);
    const passwd* nobody = getpwnam("nobody");
    if (!nobody)
        return std::nullopt;
    const uid_t uid = nobody->pw_uid;
    const gid_t gid = nobody->pw_gid;
    int pipeFds[2];
    if (pipe(pipeFds) != 0)
        return std::nullopt;
    const pid_t child = fork();
    if (child == 0) {
        close(pipeFds[0]);
        if (setgroups(0, nullptr) != 0 || setgid(gid) != 0 || setuid(uid) != 0 || geteuid() == 0)
            _exit(3);
        const std::string text = serialize(makeSystemPlatform()->tempFiles().scanTmpFiles(folder));
        const bool written = ::write(pipeFds[1], text.data(), text.size()) == ssize_t(text.size());
        _exit(written ? 0 : 4);
    }
    close(pipeFds[1]);
    std::string text;
    char buffer[512];
    for (ssize_t got; (got = read(pipeFds[0], buffer, sizeof buffer)) > 0;)
        text.append(buffer, size_t(got));
    close(pipeFds[0]);
    int status = 0;
    waitpid(child, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return std::nullopt;
    return deserialize(text);
}

// A child process that holds `file` open for writing, and has written to it, until release() or destruction.
class Holder {
public:
    explicit Holder(const fs::path& file)
    {
        int ready[2];
        REQUIRE(pipe(ready) == 0);
        REQUIRE(pipe(m_release) == 0);
        m_child = fork();
        REQUIRE(m_child >= 0);
        if (m_child == 0) {
            close(ready[0]);
            close(m_release[1]);
            const int fd = open(file.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
            const bool ok = fd >= 0 && ::write(fd, "log line\n", 9) == 9;
            char byte = ok ? 'y' : 'n';
            (void)!::write(ready[1], &byte, 1);
            (void)!read(m_release[0], &byte, 1);  // returns at EOF: the parent closed its end
            (void)!::write(fd, "last line\n", 10);
            _exit(0);
        }
        close(ready[1]);
        close(m_release[0]);
        char byte = 0;
        const bool ok = read(ready[0], &byte, 1) == 1 && byte == 'y';
        close(ready[0]);
        REQUIRE(ok);
    }
    ~Holder() { release(); }
    void release()
    {
        if (m_child <= 0)
            return;
        close(m_release[1]);
        waitpid(m_child, nullptr, 0);
        m_child = 0;
    }

private:
    pid_t m_child = 0;
    int m_release[2] = {-1, -1};
};

}  // namespace

TEST_CASE("a .tmp file another process holds open, and writes, is left and counted in use", "[posix-temp][hostile]")
{
    TempFolder temp;
    write(temp / "held.tmp", "12345");
    write(temp / "free.tmp", "12345");
    Holder holder(temp / "held.tmp");
    const auto platform = makeSystemPlatform();

    const TmpScan scan = platform->tempFiles().scanTmpFiles(temp.path());
    REQUIRE(scan.ok);
    CHECK(scan.files == 1);
    CHECK(scan.bytes == 5);
    CHECK(scan.inUse == 1);

    Progress progress;
    const TmpCleanup cleanup = platform->tempFiles().deleteTmpFiles(temp.path(), progress);
    REQUIRE(cleanup.ok);
    CHECK(cleanup.deleted == 1);
    CHECK(cleanup.inUse == 1);
    CHECK(cleanup.failed == 0);
    CHECK(fs::exists(temp / "held.tmp"));
    CHECK_FALSE(fs::exists(temp / "free.tmp"));
    holder.release();
    CHECK(mars::test::readFile(temp / "held.tmp") == "12345log line\nlast line\n");
}

TEST_CASE("the scan leaves out what the cleanup leaves: read-only, hard-linked, in use", "[posix-temp][hostile]")
{
    TempFolder temp;
    const auto folder = temp / "Temp";
    fs::create_directory(folder);
    write(folder / "plain.tmp", "12345");
    write(folder / "readonly.tmp", "1234567890");
    fs::permissions(folder / "readonly.tmp", fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    write(temp / "outside.txt", "1234567890");
    fs::create_hard_link(temp / "outside.txt", folder / "hardlink.tmp");
    write(folder / "held.tmp", "1234567890");
    Holder holder(folder / "held.tmp");
    const auto platform = makeSystemPlatform();

    const TmpScan scan = platform->tempFiles().scanTmpFiles(folder);
    REQUIRE(scan.ok);
    CHECK(scan.files == 1);
    CHECK(scan.bytes == 5);
    CHECK(scan.readOnly == 1);
    CHECK(scan.notRegular == 1);
    CHECK(scan.inUse == 1);
    CHECK(scan.unexamined == 0);

    Progress progress;
    const TmpCleanup cleanup = platform->tempFiles().deleteTmpFiles(folder, progress);
    CHECK(cleanup.deleted == scan.files);
    CHECK(cleanup.bytesFreed == scan.bytes);
}

TEST_CASE("a folder that can be listed but not entered is not reported as holding no .tmp files", "[posix-temp][hostile]")
{
    TempFolder temp;
    const auto folder = temp / "Temp";
    fs::create_directory(folder);
    for (int i = 0; i < 3; ++i)
        write(folder / ("f" + std::to_string(i) + ".tmp"));
    write(folder / "other.log");
    fs::permissions(folder, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);  // r--r--r--
    const auto scan = scanAsUnprivileged(folder);
    fs::permissions(folder, fs::perms::owner_all);
    if (!scan)
        MARS_SKIP("needs an unprivileged user: not root, or root able to become nobody");
    INFO(scan->error << " / " << scan->unexaminedError);
    REQUIRE(scan->ok);  // it could be listed
    CHECK(scan->files == 0);
    CHECK(scan->unexamined == 3);  // every *.tmp name seen, none examined; other.log is not a candidate
    CHECK(scan->unexaminedError.find(folder.string()) != std::string::npos);
    CHECK(scan->unexaminedError.find(std::strerror(EACCES)) != std::string::npos);
}

TEST_CASE("a folder nobody may open: the error names the folder and the reason", "[posix-temp][hostile]")
{
    TempFolder temp;
    const auto folder = temp / "Temp";
    fs::create_directory(folder);
    write(folder / "f.tmp");
    fs::permissions(folder, fs::perms::none);
    const auto scan = scanAsUnprivileged(folder);
    fs::permissions(folder, fs::perms::owner_all);
    if (!scan)
        MARS_SKIP("needs an unprivileged user: not root, or root able to become nobody");
    CHECK_FALSE(scan->ok);
    CHECK(scan->accessDenied);
    CHECK(scan->error.find(folder.string()) != std::string::npos);
    CHECK(scan->error.find(std::strerror(EACCES)) != std::string::npos);
}

TEST_CASE("parallel cleanups of one folder: each file deleted once, none called in use or failed", "[posix-temp][hostile]")
{
    constexpr int kFiles = 2000;
    constexpr int kCleanups = 4;
    constexpr int kRounds = 5;  // the old code lost a file to "in use" in about every other round
    for (int round = 0; round < kRounds; ++round) {
        TempFolder temp;
        for (int i = 0; i < kFiles; ++i)
            write(temp / ("f" + std::to_string(i) + ".tmp"));
        std::vector<TmpCleanup> results(kCleanups);
        std::vector<std::thread> threads;
        std::atomic<int> waiting{kCleanups};
        for (int i = 0; i < kCleanups; ++i) {
            threads.emplace_back([&, i] {
                // All start together, so they walk the folder in step and race for the same files.
                --waiting;
                while (waiting > 0)
                    std::this_thread::yield();
                Progress progress;
                results[size_t(i)] = makeSystemPlatform()->tempFiles().deleteTmpFiles(temp.path(), progress);
            });
        }
        for (auto& thread : threads)
            thread.join();
        std::uint64_t deleted = 0, inUse = 0, failed = 0, vanished = 0;
        for (const TmpCleanup& cleanup : results) {
            CHECK(cleanup.ok);
            deleted += cleanup.deleted;
            inUse += cleanup.inUse;
            failed += cleanup.failed;
            vanished += cleanup.vanished;
            for (const auto& example : cleanup.examples)
                UNSCOPED_INFO(example);
        }
        std::printf("parallel cleanups, round %d: %llu deleted, %llu vanished, %llu in use, %llu failed\n", round + 1,
                    static_cast<unsigned long long>(deleted), static_cast<unsigned long long>(vanished), static_cast<unsigned long long>(inUse), static_cast<unsigned long long>(failed));
        CHECK(deleted == std::uint64_t(kFiles));
        CHECK(inUse == 0);
        CHECK(failed == 0);
        CHECK(fs::is_empty(temp.path()));
    }
}

// The /proc snapshot is taken when the cleanup starts; a program that opens a .tmp file afterwards must not lose it.
// A child opens 300 names at random once the cleanup is under way and keeps what it opened; every file it holds open
// (a link count above 0 after its open) must still be there afterwards. Before the kernel was asked at the moment of
// deleting (a write lease), all 300 were deleted while open.
TEST_CASE("a .tmp file opened after the cleanup began is left, not deleted while open", "[posix-temp][hostile][race]")
{
    TempFolder temp;
    constexpr int kFiles = 20000;
    constexpr int kOpened = 300;
    for (int i = 0; i < kFiles; ++i)
        write(temp / ("f" + std::to_string(i) + ".tmp"));
    int go[2];
    int report[2];
    REQUIRE(pipe(go) == 0);
    REQUIRE(pipe(report) == 0);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        close(go[1]);
        close(report[0]);
        char byte = 0;
        if (read(go[0], &byte, 1) != 1)
            _exit(3);
        std::vector<int> held;
        unsigned seed = 12345;
        std::string opened;
        for (int i = 0; i < kOpened; ++i) {
            seed = seed * 1103515245u + 12345u;
            const std::string name = "f" + std::to_string((seed >> 8) % kFiles) + ".tmp";
            const int fd = open((temp / name).c_str(), O_RDONLY | O_CLOEXEC);
            struct stat info {};
            if (fd >= 0 && fstat(fd, &info) == 0 && info.st_nlink > 0) {
                held.push_back(fd);
                opened += name + "\n";
            }
        }
        (void)!::write(report[1], opened.data(), opened.size());
        close(report[1]);
        (void)!read(go[0], &byte, 1);  // held until the parent closes its end
        _exit(0);
    }
    close(go[0]);
    close(report[1]);
    const auto platform = makeSystemPlatform();
    Progress progress;
    std::thread starter([&] {
        while (progress.done.load() < 10)
            std::this_thread::yield();
        (void)!::write(go[1], "g", 1);  // the snapshot is taken and deleting has begun
    });
    const TmpCleanup cleanup = platform->tempFiles().deleteTmpFiles(temp.path(), progress);
    starter.join();
    std::string opened;
    char buffer[4096];
    for (ssize_t got; (got = read(report[0], buffer, sizeof buffer)) > 0;)
        opened.append(buffer, std::size_t(got));
    close(report[0]);
    int heldCount = 0;
    int lost = 0;
    std::istringstream names(opened);
    for (std::string name; std::getline(names, name);) {
        ++heldCount;
        lost += fs::exists(temp / name) ? 0 : 1;
    }
    close(go[1]);
    waitpid(child, nullptr, 0);
    INFO("the child held " << heldCount << " files open; deleted: " << cleanup.deleted << ", in use: " << cleanup.inUse);
    REQUIRE(cleanup.ok);
    REQUIRE(heldCount > 0);
    CHECK(lost == 0);
    CHECK(cleanup.inUse >= std::uint64_t(1));
}
