// The Win32 cleanup under Wine: files in use (opened without sharing), read-only files, folders and look-alike names
// stay. Links are NOT tested here: Wine deletes a symlink's target (../../shared/domain/wine.md); link safety is
// proved by the POSIX tests and by the handle-based design of Win32Temp.cpp.
#include "tests/support/Skip.h"
#include "tests/support/TempFolder.h"
#include "checks/platform/Platform.h"

#include <catch2/catch.hpp>
#include <windows.h>

#include <atomic>
#include <cstdio>
#include <fstream>
#include <thread>

using namespace mars::platform;
using mars::test::TempFolder;
namespace fs = std::filesystem;

TEST_CASE("Win32 cleanup deletes regular .tmp files and leaves everything else", "[win32-temp]")
{
    TempFolder temp;
    const auto folder = temp / "Temp";
    fs::create_directory(folder);
    for (int i = 0; i < 10; ++i)
        std::ofstream(folder / ("f" + std::to_string(i) + ".tmp")) << "12345";
    std::ofstream(folder / "Upper.TMP") << "x";
    std::ofstream(folder / "x.tmp.bak") << "keep";
    std::ofstream(folder / "x.tmpl") << "keep";
    fs::create_directory(folder / "sub.tmp");
    std::ofstream(folder / "sub.tmp" / "nested.tmp") << "keep";
    std::ofstream(folder / "readonly.tmp") << "keep";
    REQUIRE(SetFileAttributesW((folder / "readonly.tmp").c_str(), FILE_ATTRIBUTE_READONLY));
    std::ofstream(folder / "inuse.tmp") << "keep";
    HANDLE holder = CreateFileW((folder / "inuse.tmp").c_str(), GENERIC_READ, 0, nullptr, OPEN_EXISTING, 0, nullptr);
    REQUIRE(holder != INVALID_HANDLE_VALUE);

    const auto platform = makeSystemPlatform();
    const TmpScan scan = platform->tempFiles().scanTmpFiles(folder);
    REQUIRE(scan.ok);
    CHECK(scan.files == 12);  // the read-only file is left by the cleanup, so not counted; "in use" it cannot tell
    CHECK(scan.readOnly == 1);
    CHECK(scan.notRegular == 1);
    CHECK(scan.unexamined == 0);

    Progress progress;
    const TmpCleanup cleanup = platform->tempFiles().deleteTmpFiles(folder, progress);
    CloseHandle(holder);
    REQUIRE(cleanup.ok);
    CHECK(cleanup.deleted == 11);
    CHECK(cleanup.bytesFreed == 51);
    CHECK(cleanup.inUse == 1);
    CHECK(cleanup.readOnly == 1);
    CHECK(cleanup.notRegular == 1);
    CHECK(fs::exists(folder / "inuse.tmp"));
    CHECK(fs::exists(folder / "readonly.tmp"));
    CHECK(fs::exists(folder / "sub.tmp" / "nested.tmp"));
    CHECK(fs::exists(folder / "x.tmp.bak"));
    CHECK(fs::exists(folder / "x.tmpl"));
    CHECK_FALSE(fs::exists(folder / "f0.tmp"));
    const TmpScan after = platform->tempFiles().scanTmpFiles(folder);
    CHECK(after.files == 1);
    CHECK(after.readOnly == 1);
    SetFileAttributesW((folder / "readonly.tmp").c_str(), FILE_ATTRIBUTE_NORMAL);
}

TEST_CASE("Win32 scan: a hard-linked .tmp file is not counted as clearable, and the cleanup leaves it", "[win32-temp]")
{
    TempFolder temp;
    const auto folder = temp / "Temp";
    fs::create_directory(folder);
    std::ofstream(temp / "outside.txt") << "canary";
    REQUIRE(CreateHardLinkW((folder / "linked.tmp").c_str(), (temp / "outside.txt").c_str(), nullptr));
    std::ofstream(folder / "plain.tmp") << "12345";
    const auto platform = makeSystemPlatform();
    const TmpScan scan = platform->tempFiles().scanTmpFiles(folder);
    REQUIRE(scan.ok);
    CHECK(scan.files == 1);
    CHECK(scan.bytes == 5);
    CHECK(scan.notRegular == 1);
    Progress progress;
    const TmpCleanup cleanup = platform->tempFiles().deleteTmpFiles(folder, progress);
    CHECK(cleanup.deleted == 1);
    CHECK(cleanup.notRegular == 1);
    CHECK(fs::exists(folder / "linked.tmp"));
    CHECK(mars::test::readFile(temp / "outside.txt") == "canary");
}

TEST_CASE("Win32: a .tmp file already pending deletion is gone, not failed", "[win32-temp][may-skip]")
{
    TempFolder temp;
    std::ofstream(temp / "pending.tmp") << "x";
    // Deleted by another process whose handle is still open: the name stays until that handle closes.
    HANDLE holder = CreateFileW((temp / "pending.tmp").c_str(), DELETE, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                                nullptr, OPEN_EXISTING, 0, nullptr);
    REQUIRE(holder != INVALID_HANDLE_VALUE);
    FILE_DISPOSITION_INFO dispose{TRUE};
    REQUIRE(SetFileInformationByHandle(holder, FileDispositionInfo, &dispose, sizeof dispose));
    HANDLE probe = CreateFileW((temp / "pending.tmp").c_str(), FILE_READ_ATTRIBUTES, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                               nullptr, OPEN_EXISTING, 0, nullptr);
    if (probe != INVALID_HANDLE_VALUE) {
        CloseHandle(probe);
        CloseHandle(holder);
        MARS_SKIP("this system lets a delete-pending file be opened (Wine 8 does); Windows answers STATUS_DELETE_PENDING");
    }
    const auto platform = makeSystemPlatform();
    const TmpScan scan = platform->tempFiles().scanTmpFiles(temp.path());
    Progress progress;
    const TmpCleanup cleanup = platform->tempFiles().deleteTmpFiles(temp.path(), progress);
    CloseHandle(holder);
    CHECK(scan.ok);
    CHECK(scan.files == 0);
    CHECK(scan.unexamined == 0);
    REQUIRE(cleanup.ok);
    INFO((cleanup.examples.empty() ? std::string() : cleanup.examples[0]));
    CHECK(cleanup.failed == 0);
    CHECK(cleanup.inUse == 0);
    CHECK(cleanup.vanished == 1);
    CHECK_FALSE(fs::exists(temp / "pending.tmp"));
}

TEST_CASE("Win32: parallel cleanups of one folder delete each file once and call none in use or failed", "[win32-temp]")
{
    constexpr int kFiles = 500;
    constexpr int kCleanups = 3;
    TempFolder temp;
    for (int i = 0; i < kFiles; ++i)
        std::ofstream(temp / ("f" + std::to_string(i) + ".tmp")) << "x";
    std::vector<TmpCleanup> results(kCleanups);
    std::vector<std::thread> threads;
    std::atomic<int> waiting{kCleanups};
    for (int i = 0; i < kCleanups; ++i) {
        threads.emplace_back([&, i] {
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
        deleted += cleanup.deleted;
        inUse += cleanup.inUse;
        failed += cleanup.failed;
        vanished += cleanup.vanished;
        for (const auto& example : cleanup.examples)
            UNSCOPED_INFO(example);
    }
    std::printf("Win32 parallel cleanups: %llu deleted, %llu vanished, %llu in use, %llu failed\n", static_cast<unsigned long long>(deleted),
                static_cast<unsigned long long>(vanished), static_cast<unsigned long long>(inUse), static_cast<unsigned long long>(failed));
    CHECK(deleted == std::uint64_t(kFiles));
    CHECK(inUse == 0);
    CHECK(failed == 0);
}

TEST_CASE("the agent's temp folders are under the Windows folder", "[win32-temp]")
{
    const auto folders = makeSystemPlatform()->tempFiles().agentTempFolders();
    REQUIRE_FALSE(folders.empty());
    CHECK(folders[0] == fs::path(L"C:\\windows\\Temp"));
}
