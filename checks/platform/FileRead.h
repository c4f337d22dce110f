#pragma once
// Reading a file whose name someone else may control (an agent log in a temp folder every user can write, a report
// on a share, a --profile or vault file named on the command line): open first, then check what was opened, never
// a name checked and then opened. The open never follows a link (symbolic link, junction, reparse point) and never
// blocks (a FIFO or a pipe); what it opened must be a regular file with one name, and at most so many bytes are read.
// Standard C++ only; the two implementations are platform/posix/PosixFileRead.cpp and platform/win32/Win32FileRead.cpp.
#include <cstdint>
#include <filesystem>
#include <string>

namespace mars::platform {

struct FileRead {
    enum class State {
        Read,     // bytes hold what was read
        Missing,  // nothing has the name
        Refused,  // a link, a FIFO, a device, a folder, a file with other hard links, or (whole reads) too large
        Failed,   // a regular file that could not be opened or read (permissions, I/O)
    };
    State state = State::Missing;
    std::string bytes;
    std::uint64_t fileSize = 0;  // of the opened file, when it was opened
    std::uint64_t offset = 0;    // where bytes begin in the file (tails)
    std::string head;            // tails only: the file's first bytes (up to 4), for its byte-order mark
    std::int64_t modifiedMs = 0; // of the opened file: its last write, in ms since 1970 (UTC); 0 when unknown
    bool tooLarge = false;       // whole reads: the file holds more than maxBytes (then state is Refused)
    std::string reason;          // why refused or failed, in English, without the path: "it is a symbolic link"
};

// The whole file, when it holds at most maxBytes (a growing file or one whose size lies is cut at maxBytes + 1 and
// refused as too large).
FileRead readRegularFileNoFollow(const std::filesystem::path& path, std::uint64_t maxBytes);

// The file's last maxBytes at most, from an even offset (a UTF-16 log keeps its character boundaries), and its first
// bytes in `head` (the byte-order mark the tail has lost).
FileRead readRegularFileTail(const std::filesystem::path& path, std::uint64_t maxBytes);

// The open file behind both: one per OS. open() fills state and reason; Read means it is open and regular.
class NoFollowFile {
public:
    NoFollowFile() = default;
    ~NoFollowFile();
    NoFollowFile(const NoFollowFile&) = delete;
    NoFollowFile& operator=(const NoFollowFile&) = delete;

    FileRead::State open(const std::filesystem::path& path, std::string* reason);
    std::uint64_t size() const { return m_size; }
    std::int64_t modifiedMs() const { return m_modifiedMs; }  // the open file's last write (ms since 1970, UTC)
    // Appends up to `count` bytes read from `offset`; fewer at the end of the file. False (and reason) on an error.
    bool readAt(std::uint64_t offset, std::uint64_t count, std::string& out, std::string* reason);

private:
#ifdef _WIN32
    void* m_handle = reinterpret_cast<void*>(-1);  // INVALID_HANDLE_VALUE
#else
    int m_fd = -1;
#endif
    std::uint64_t m_size = 0;
    std::int64_t m_modifiedMs = 0;
};

}  // namespace mars::platform
