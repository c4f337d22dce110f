// Benchmark: clearing 100,000 .tmp files with the safe cleanup, against `find -maxdepth 1 -name '*.tmp' -delete`
// on a folder of the same size in the same run. Target: ratio <= 3.
#include "checks/platform/Platform.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace fs = std::filesystem;

namespace {
void fill(const fs::path& folder, int count)
{
    fs::create_directories(folder);
    for (int i = 0; i < count; ++i)
        std::ofstream(folder / ("f" + std::to_string(i) + ".tmp")) << "x";
}

double seconds(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}
}  // namespace

int main()
{
    constexpr int kFiles = 100000;
    // A folder of its own (mkdtemp): an unseeded rand() gave every run the same name, and two runs at once
    // deleted each other's files.
    std::string pattern = (fs::temp_directory_path() / "mars-bench-XXXXXX").string();
    if (!mkdtemp(pattern.data()))
        return 2;
    const fs::path root = pattern;
    // Best of two alternating rounds each, so a burst of write-back from creating the files hits neither side alone.
    double baseline = 1e9, ours = 1e9;
    unsigned long long deleted = 0;
    for (int round = 0; round < 2; ++round) {
        fill(root / "find", kFiles);
        auto start = std::chrono::steady_clock::now();
        const std::string command = "find '" + (root / "find").string() + "' -maxdepth 1 -name '*.tmp' -delete";
        if (std::system(command.c_str()) != 0)
            return 2;
        baseline = std::min(baseline, seconds(start));

        fill(root / "ours", kFiles);
        mars::platform::Progress progress;
        start = std::chrono::steady_clock::now();
        const auto cleanup = mars::platform::makeSystemPlatform()->tempFiles().deleteTmpFiles(root / "ours", progress);
        ours = std::min(ours, seconds(start));
        deleted = cleanup.deleted;
    }
    fs::remove_all(root);

    const double ratio = ours / baseline;
    std::printf("temp cleanup, %d files (best of 2): %.2f s; find -delete: %.2f s; ratio %.2f (target <= 3.00); deleted %llu\n",
                kFiles, ours, baseline, ratio, deleted);
    return deleted == kFiles && ratio <= 3.0 ? 0 : 1;
}
