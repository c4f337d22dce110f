// The cleanup racing an attacker: while cleanups run over and over, a second thread keeps swapping one *.tmp entry
// between a regular file and a symlink to a canary outside, and one directory between a real folder and a symlink
// to a folder of canaries, at least 10,000 times each. Figure printed: canaries touched = 0.
#include "tests/support/TempFolder.h"
#include "checks/platform/Platform.h"

#include <catch2/catch.hpp>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <fstream>
#include <thread>

using namespace mars::platform;
using mars::test::readFile;
using mars::test::TempFolder;
namespace fs = std::filesystem;


TEST_CASE("swapping entries for links during cleanups never reaches the canaries", "[posix-temp][race]")
{
    TempFolder temp;
    const auto folder = temp / "Temp";
    const auto outside = temp / "outside";
    fs::create_directories(folder);
    fs::create_directories(outside / "dir");
    std::ofstream(outside / "canary.tmp") << "canary";
    for (int i = 0; i < 20; ++i)
        std::ofstream(outside / "dir" / ("c" + std::to_string(i) + ".tmp")) << "canary";

    std::atomic<bool> stop{false};
    std::atomic<long> swaps{0};
    std::thread attacker([&] {
        const fs::path entry = folder / "swap.tmp", link = folder / "swap.link", file = folder / "swap.file";
        const fs::path dir = folder / "sub", dirLink = folder / "sub.link", realDir = folder / "sub.real";
        std::error_code ignored;
        while (!stop || swaps < 10000) {
            // Regular file <-> symlink to the canary, swapped in atomically with rename().
            std::ofstream(file) << "junk";
            std::rename(file.c_str(), entry.c_str());
            fs::create_symlink(outside / "canary.tmp", link, ignored);
            std::rename(link.c_str(), entry.c_str());
            // Real folder <-> symlink to the canaries' folder.
            fs::create_directory(realDir, ignored);
            std::ofstream(realDir / "inner.tmp") << "junk";
            fs::remove_all(dir, ignored);
            std::rename(realDir.c_str(), dir.c_str());
            fs::create_directory_symlink(outside / "dir", dirLink, ignored);
            fs::remove_all(dir, ignored);
            std::rename(dirLink.c_str(), dir.c_str());
            ++swaps;
        }
    });
    const auto platform = makeSystemPlatform();
    int cleanups = 0;
    while (swaps < 10000) {
        Progress progress;
        platform->tempFiles().deleteTmpFiles(folder, progress);
        ++cleanups;
    }
    stop = true;
    attacker.join();

    int touched = readFile(outside / "canary.tmp") != "canary";
    for (int i = 0; i < 20; ++i)
        touched += readFile(outside / "dir" / ("c" + std::to_string(i) + ".tmp")) != "canary";
    touched += !fs::is_directory(outside / "dir");
    std::printf("temp cleanup race: %ld swaps, %d cleanups, canaries touched = %d\n", swaps.load(), cleanups, touched);
    CHECK(swaps >= 10000);
    CHECK(cleanups > 10);
    CHECK(touched == 0);
}
