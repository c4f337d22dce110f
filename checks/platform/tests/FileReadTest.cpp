// The no-follow, non-blocking read: a regular file is read (whole, or its tail with its head); links, FIFOs, pipes,
// folders and hard-linked files are refused at once, and nothing behind them is read. (Symlinks and FIFOs are
// tested on Linux only: ../../shared/domain/wine.md.)
#include "tests/support/TempFolder.h"
#include "checks/platform/FileRead.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>

#ifdef _WIN32
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using mars::platform::FileRead;
using mars::platform::readRegularFileNoFollow;
using mars::platform::readRegularFileTail;
using mars::test::TempFolder;
namespace fs = std::filesystem;

TEST_CASE("a regular file is read whole up to its cap, and refused as too large past it", "[fileread]")
{
    TempFolder temp;
    std::ofstream(temp / "a.json", std::ios::binary) << "0123456789";
    const FileRead whole = readRegularFileNoFollow(temp / "a.json", 10);
    CHECK(whole.state == FileRead::State::Read);
    CHECK(whole.bytes == "0123456789");
    const FileRead over = readRegularFileNoFollow(temp / "a.json", 9);
    CHECK(over.state == FileRead::State::Refused);
    CHECK(over.tooLarge);
    CHECK(over.bytes.empty());
    CHECK(over.reason.find("larger than 9 bytes") != std::string::npos);
    CHECK(readRegularFileNoFollow(temp / "none.json", 10).state == FileRead::State::Missing);
}

TEST_CASE("files around the read's chunk sizes are read whole, and one past its cap refused", "[fileread]")
{
    // The reads go by what the file holds (at least 4 KiB, at most 1 MiB a read): each size at an edge of that.
    TempFolder temp;
    for (const std::size_t size : {std::size_t(0), std::size_t(1), std::size_t(4 * 1024 - 1), std::size_t(4 * 1024), std::size_t(4 * 1024 + 1), std::size_t(64 * 1024 - 1), std::size_t(64 * 1024), std::size_t(64 * 1024 + 1),
                                   std::size_t(1024 * 1024), std::size_t(3 * 1024 * 1024 + 7)}) {
        INFO(size);
        std::string bytes(size, '\0');
        for (std::size_t i = 0; i < size; ++i)
            bytes[i] = char('a' + i % 26);
        std::ofstream(temp / "f.bin", std::ios::binary | std::ios::trunc) << bytes;
        const FileRead whole = readRegularFileNoFollow(temp / "f.bin", size);
        CHECK(whole.state == FileRead::State::Read);
        CHECK(whole.bytes == bytes);
        if (size > 0) {
            const FileRead over = readRegularFileNoFollow(temp / "f.bin", size - 1);
            CHECK(over.state == FileRead::State::Refused);
            CHECK(over.tooLarge);
        }
    }
}

TEST_CASE("a tail starts at an even offset and keeps the file's head", "[fileread]")
{
    TempFolder temp;
    std::ofstream(temp / "u16.log", std::ios::binary) << std::string("\xFF\xFE", 2) << "abcdefghi";  // 11 bytes
    const FileRead tail = readRegularFileTail(temp / "u16.log", 4);
    REQUIRE(tail.state == FileRead::State::Read);
    CHECK(tail.fileSize == 11);
    CHECK(tail.offset == 8);  // 11 - 4 = 7, moved up to even
    CHECK(tail.bytes == "ghi");
    CHECK(tail.head == std::string("\xFF\xFE", 2) + "ab");
    const FileRead all = readRegularFileTail(temp / "u16.log", 100);
    CHECK(all.offset == 0);
    CHECK(all.bytes.size() == 11);
    CHECK(all.head == std::string("\xFF\xFE", 2) + "ab");
}

TEST_CASE("a folder is refused, not read", "[fileread]")
{
    TempFolder temp;
    fs::create_directory(temp / "dir.log");
    const FileRead read = readRegularFileNoFollow(temp / "dir.log", 100);
    CHECK(read.state == FileRead::State::Refused);
    CHECK(read.reason.find("folder") != std::string::npos);
}

#ifdef _WIN32
TEST_CASE("a named pipe is refused at once", "[fileread]")
{
    const wchar_t* name = L"\\\\.\\pipe\\mars-fileread-test";
    HANDLE server = CreateNamedPipeW(name, PIPE_ACCESS_OUTBOUND, PIPE_TYPE_BYTE | PIPE_WAIT, 1, 0, 0, 0, nullptr);
    REQUIRE(server != INVALID_HANDLE_VALUE);
    const FileRead read = readRegularFileNoFollow(fs::path(name), 100);
    CloseHandle(server);
    INFO(read.reason);
    CHECK(read.state == FileRead::State::Refused);
}
#else
TEST_CASE("a symlink is refused and its target is never read", "[fileread]")
{
    TempFolder temp;
    std::ofstream(temp / "target.txt") << "canary";
    fs::create_symlink(temp / "target.txt", temp / "link.log");
    for (const FileRead& read : {readRegularFileNoFollow(temp / "link.log", 100), readRegularFileTail(temp / "link.log", 100)}) {
        CHECK(read.state == FileRead::State::Refused);
        CHECK(read.reason.find("symbolic link") != std::string::npos);
        CHECK(read.bytes.find("canary") == std::string::npos);
        CHECK(read.head.empty());
    }
}

TEST_CASE("a FIFO, with or without a writer, is refused at once, never waited on", "[fileread]")
{
    TempFolder temp;
    const fs::path fifo = temp / "fifo.log";
    REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
    const FileRead alone = readRegularFileTail(fifo, 100);  // QFile blocked here until a writer came
    CHECK(alone.state == FileRead::State::Refused);
    CHECK(alone.reason.find("FIFO") != std::string::npos);
    // With a writer that never writes (a reader held open first, so the writer's open does not wait either).
    const int reader = open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
    const int writer = open(fifo.c_str(), O_WRONLY | O_NONBLOCK);
    REQUIRE(reader >= 0);
    REQUIRE(writer >= 0);
    const FileRead whole = readRegularFileNoFollow(fifo, 100);
    close(writer);
    close(reader);
    CHECK(whole.state == FileRead::State::Refused);
    CHECK(whole.reason.find("FIFO") != std::string::npos);
}

TEST_CASE("a hard link to another file is refused", "[fileread]")
{
    TempFolder temp;
    std::ofstream(temp / "other.txt") << "canary";
    fs::create_hard_link(temp / "other.txt", temp / "hard.log");
    const FileRead read = readRegularFileNoFollow(temp / "hard.log", 100);
    CHECK(read.state == FileRead::State::Refused);
    CHECK(read.reason.find("hard links") != std::string::npos);
    CHECK(read.bytes.empty());
}
#endif

TEST_CASE("the open file's last write is read from it, as set", "[fileread]")
{
    TempFolder temp;
    std::ofstream(temp / "agent.errlog", std::ios::binary) << "Error 34513\n";
    // Set to a known time (2026-12-07 09:14:00 UTC) through the standard library, then read back from the open file.
    const auto known = std::chrono::file_clock::from_sys(std::chrono::sys_seconds(std::chrono::seconds(1796634840)));
    fs::last_write_time(temp / "agent.errlog", known);
    const FileRead tail = readRegularFileTail(temp / "agent.errlog", 100);
    REQUIRE(tail.state == FileRead::State::Read);
    CHECK(tail.modifiedMs == 1796634840000LL);
    CHECK(readRegularFileNoFollow(temp / "agent.errlog", 100).modifiedMs == 1796634840000LL);
    CHECK(readRegularFileTail(temp / "none.errlog", 100).modifiedMs == 0);
}

TEST_CASE("the open file's identity tells another file or a rewrite from the same version, and a known one is not read", "[fileread]")
{
    using mars::platform::FileIdentity;
    using mars::platform::readRegularFileNoFollowUnlessKnown;
    TempFolder temp;
    // A whole second: MinGW's standard library sets write times to the second.
    const auto written = std::chrono::file_clock::from_sys(std::chrono::sys_seconds(std::chrono::seconds(1796634840)));
    std::ofstream(temp / "vault.xml", std::ios::binary) << "version one";
    fs::last_write_time(temp / "vault.xml", written);
    const FileRead first = readRegularFileNoFollow(temp / "vault.xml", 100);
    REQUIRE(first.state == FileRead::State::Read);
    CHECK(first.identity.size == 11);
    CHECK(first.identity.file != 0);
    CHECK(first.identity.modified != 0);
    CHECK(readRegularFileNoFollow(temp / "vault.xml", 100).identity == first.identity);  // unchanged: the same

    // Known: the caller is asked with the opened file's identity, and nothing is read.
    FileIdentity asked;
    const FileRead known = readRegularFileNoFollowUnlessKnown(temp / "vault.xml", 100, [&](const FileIdentity& identity) {
        asked = identity;
        return true;
    });
    CHECK(asked == first.identity);
    CHECK(known.state == FileRead::State::Read);
    CHECK(known.known);
    CHECK(known.bytes.empty());
    const FileRead unknown = readRegularFileNoFollowUnlessKnown(temp / "vault.xml", 100, [](const FileIdentity&) { return false; });
    CHECK_FALSE(unknown.known);
    CHECK(unknown.bytes == "version one");

    // Another file of the same size and write time, renamed over it: another file index (inode).
    std::ofstream(temp / "other.xml", std::ios::binary) << "version two";
    fs::last_write_time(temp / "other.xml", written);
    fs::rename(temp / "other.xml", temp / "vault.xml");
    const FileRead replaced = readRegularFileNoFollow(temp / "vault.xml", 100);
    REQUIRE(replaced.state == FileRead::State::Read);
    CHECK(replaced.identity.size == first.identity.size);
    CHECK(replaced.identity.modified == first.identity.modified);
    CHECK(replaced.identity.volume == first.identity.volume);
    CHECK(replaced.identity.file != first.identity.file);
    CHECK(replaced.identity != first.identity);

    // Rewritten in place to another size: the same file, another version.
    std::ofstream(temp / "vault.xml", std::ios::binary | std::ios::trunc) << "version three";
    const FileRead rewritten = readRegularFileNoFollow(temp / "vault.xml", 100);
    CHECK(rewritten.identity.file == replaced.identity.file);
    CHECK(rewritten.identity != replaced.identity);
    // Nothing opened, no identity, and the caller is not asked.
    bool askedForMissing = false;
    CHECK(readRegularFileNoFollowUnlessKnown(temp / "none.xml", 100, [&](const FileIdentity&) { return askedForMissing = true; }).state ==
          FileRead::State::Missing);
    CHECK_FALSE(askedForMissing);
}
