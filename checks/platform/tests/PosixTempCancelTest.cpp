// Cancel in the middle of a cleanup: it stops at the next file, counts what it did, and leaves the rest in place.
#include "checks/platform/Platform.h"
#include "tests/support/TempFolder.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <thread>

using namespace mars::platform;

TEST_CASE("cancel in the middle of a cleanup stops it there and leaves the rest", "[posix-temp]")
{
    mars::test::TempFolder temp;
    constexpr std::uint64_t kFiles = 20000;
    for (std::uint64_t i = 0; i < kFiles; ++i)
        std::ofstream(temp.path() / ("f" + std::to_string(i) + ".tmp")) << "x";
    Progress progress;
    TmpCleanup cleanup;
    std::thread worker([&] { cleanup = makeSystemPlatform()->tempFiles().deleteTmpFiles(temp.path(), progress); });
    while (progress.done < 100)
        std::this_thread::yield();
    progress.cancel = true;
    worker.join();
    CHECK(cleanup.cancelled);
    CHECK(cleanup.deleted >= 100);
    CHECK(cleanup.deleted < kFiles);  // it stopped: the rest is there
    CHECK(makeSystemPlatform()->tempFiles().scanTmpFiles(temp.path()).files == kFiles - cleanup.deleted);
}
