// The log's own sink: the default place the README gives, and rotation that moves links planted under the rotated
// names instead of writing through them.
#include "app/Logging.h"
#include "tests/support/CatchQt.h"
#include "tests/support/TempFolderQt.h"

#include <QFile>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

#include <filesystem>

using namespace mars;
namespace fs = std::filesystem;

TEST_CASE("the default log is in <local data>/MARS Setup Doctor/logs, the README's place", "[logging]")
{
    CHECK(defaultLogFile() == QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                                  "/MARS Setup Doctor/logs/mars-setup-doctor.log");
}

TEST_CASE("the log rotates at 2 MiB into .1 and .2, moving a planted link instead of writing through it", "[logging]")
{
    test::TempFolderQt folder;
    const fs::path base = QFile::encodeName(folder.file("doctor.log")).toStdString();
    const fs::path canary = QFile::encodeName(folder.file("canary.txt")).toStdString();
    QFile out(folder.file("canary.txt"));
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write("canary");
    out.close();
    fs::create_symlink(canary, base.parent_path() / "doctor.1.log");  // planted where the first rotation goes

    QString refusal;
    setUpLogging(folder.file("doctor.log"), true, &refusal);
    REQUIRE(refusal.isEmpty());
    const std::string line(1000, 'x');
    for (int i = 0; i < 5000; ++i)  // about 5 MB: two rotations
        spdlog::info("{} {}", i, line);
    spdlog::shutdown();

    CHECK(fs::file_size(base) < 2 * 1024 * 1024);
    CHECK(fs::is_regular_file(base.parent_path() / "doctor.1.log"));
    CHECK(fs::file_size(base.parent_path() / "doctor.1.log") <= 2 * 1024 * 1024);
    CHECK(fs::exists(base.parent_path() / "doctor.2.log"));
    CHECK_FALSE(fs::exists(base.parent_path() / "doctor.3.log"));
    QFile in(folder.file("canary.txt"));
    REQUIRE(in.open(QIODevice::ReadOnly));
    CHECK(in.readAll() == "canary");
}
