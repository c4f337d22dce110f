// The Win32 cleanup under Wine: files in use (opened without sharing), read-only files, folders and look-alike names
// stay. Links are NOT tested here: Wine deletes a symlink's target (../../shared/domain/wine.md); link safety is
// proved by the POSIX tests and by the handle-based design of Win32Temp.cpp.
#include "TempFolder.h"
#include "checks/platform/Platform.h"

#include <catch2/catch.hpp>
#include <windows.h>

#include <fstream>

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
    CHECK(scan.files == 13);
    CHECK(scan.notRegular == 1);

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
    CHECK(platform->tempFiles().scanTmpFiles(folder).files == 2);
    SetFileAttributesW((folder / "readonly.tmp").c_str(), FILE_ATTRIBUTE_NORMAL);
}

TEST_CASE("the agent's temp folders are under the Windows folder", "[win32-temp]")
{
    const auto folders = makeSystemPlatform()->tempFiles().agentTempFolders();
    REQUIRE_FALSE(folders.empty());
    CHECK(folders[0] == fs::path(L"C:\\windows\\Temp"));
}
