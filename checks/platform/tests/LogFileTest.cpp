// The log file's open: a regular file is appended to; links, FIFOs, pipes, devices and folders are refused at once,
// naming the path, and nothing behind them is written. (Symlinks are tested on Linux only: ../../shared/domain/wine.md.)
#include "tests/support/TempFolder.h"
#include "checks/platform/LogFile.h"

#include <catch2/catch.hpp>

#include <fstream>

#ifdef _WIN32
#include <windows.h>
#else
#include <sys/stat.h>
#endif

using mars::platform::LogFile;
using mars::test::readFile;
using mars::test::TempFolder;
namespace fs = std::filesystem;

TEST_CASE("a regular log file is created, then appended to, and createNew takes only a new name", "[logfile]")
{
    TempFolder temp;
    const auto path = temp / "doctor.log";
    {
        LogFile log;
        REQUIRE(log.open(path, false).empty());
        CHECK(log.write("one\n"));
    }
    LogFile log;
    REQUIRE(log.open(path, false).empty());
    CHECK(log.size() == 4);
    CHECK(log.write("two\n"));
    log.close();
    CHECK(readFile(path) == "one\ntwo\n");
    bool refused = false;
    CHECK_FALSE(log.open(path, true, &refused).empty());
    CHECK(refused);
}

TEST_CASE("a folder as the log file is refused, naming it", "[logfile]")
{
    TempFolder temp;
    fs::create_directory(temp / "dir.log");
    LogFile log;
    bool refused = false;
    const std::string error = log.open(temp / "dir.log", false, &refused);
    CHECK(error.find("dir.log") != std::string::npos);
    CHECK(refused);
    CHECK_FALSE(log.isOpen());
}

#ifdef _WIN32
TEST_CASE("a named pipe as the log file is refused at once", "[logfile]")
{
    const wchar_t* name = L"\\\\.\\pipe\\mars-log-test";
    HANDLE server = CreateNamedPipeW(name, PIPE_ACCESS_INBOUND, PIPE_TYPE_BYTE | PIPE_WAIT, 1, 0, 0, 0, nullptr);
    REQUIRE(server != INVALID_HANDLE_VALUE);
    LogFile log;
    bool refused = false;
    const std::string error = log.open(fs::path(name), false, &refused);
    CloseHandle(server);
    INFO(error);
    CHECK(refused);
    CHECK(error.find("mars-log-test") != std::string::npos);
    CHECK_FALSE(log.isOpen());
}
#else
TEST_CASE("a symlink as the log file is refused and its target is not written", "[logfile]")
{
    TempFolder temp;
    std::ofstream(temp / "target.txt") << "canary";
    fs::create_symlink(temp / "target.txt", temp / "link.log");
    fs::create_symlink(temp / "missing.txt", temp / "dangling.log");
    for (const char* name : {"link.log", "dangling.log"}) {
        LogFile log;
        bool refused = false;
        const std::string error = log.open(temp / name, false, &refused);
        CHECK(error.find(name) != std::string::npos);
        CHECK(error.find("link") != std::string::npos);
        CHECK(refused);
    }
    CHECK(readFile(temp / "target.txt") == "canary");
    CHECK_FALSE(fs::exists(temp / "missing.txt"));
}

TEST_CASE("a FIFO without a reader as the log file is refused at once, not waited on", "[logfile]")
{
    TempFolder temp;
    REQUIRE(mkfifo((temp / "fifo.log").c_str(), 0600) == 0);
    LogFile log;
    bool refused = false;
    const std::string error = log.open(temp / "fifo.log", false, &refused);  // the old fopen blocked here forever
    CHECK(error.find("FIFO") != std::string::npos);
    CHECK(refused);
}

TEST_CASE("a hard link to another file as the log file is refused", "[logfile]")
{
    TempFolder temp;
    std::ofstream(temp / "other.txt") << "canary";
    fs::create_hard_link(temp / "other.txt", temp / "hard.log");
    LogFile log;
    bool refused = false;
    CHECK(log.open(temp / "hard.log", false, &refused).find("hard links") != std::string::npos);
    CHECK(refused);
    CHECK(readFile(temp / "other.txt") == "canary");
}
#endif
