#pragma once
// Reading a file whose name someone else may control (an agent log in a temp folder every user can write, a report
// on a share, a --profile or vault file named on the command line): open first, then check what was opened, never
// a name checked and then opened. The open never follows a link (symbolic link, junction, reparse point) and never
// blocks (a FIFO or a pipe); what it opened must be a regular file with one name, and at most so many bytes are read.
// Standard C++ only; the two implementations are platform/posix/PosixFileRead.cpp and platform/win32/Win32FileRead.cpp.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>

namespace mars::platform {

// Which file an open handle is, and which version of it: taken from the handle (fstat, GetFileInformationByHandle),
// never from a name, so a file replaced under the same name (a new inode or file index) or rewritten (a new size or
// write time) is another identity. Equal identities mean the same bytes as far as the file system can tell; a write
// that keeps the size within one tick of the clock (1 ns on POSIX, 100 ns on NTFS) is not seen.
struct FileIdentity {
    std::uint64_t volume = 0;     // st_dev; the volume's serial number
    std::uint64_t file = 0;       // st_ino; the file index
    std::uint64_t size = 0;
    std::int64_t modified = 0;    // last write: ns since 1970 (POSIX); FILETIME ticks (Windows)
    std::int64_t changed = 0;     // POSIX only: the inode's change time (ns), which no program can set back; 0 on Windows
    bool operator==(const FileIdentity& other) const
    {
        return volume == other.volume && file == other.file && size == other.size && modified == other.modified && changed == other.changed;
    }
    bool operator!=(const FileIdentity& other) const { return !(*this == other); }
};

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
    FileIdentity identity;       // of the opened file, when it was opened
    bool known = false;          // readRegularFileNoFollowUnlessKnown: the caller has this identity; nothing was read
};

// The whole file, when it holds at most maxBytes (a growing file or one whose size lies is cut at maxBytes + 1 and
// refused as too large).
FileRead readRegularFileNoFollow(const std::filesystem::path& path, std::uint64_t maxBytes);

// The same, but once the file is open and checked, `isKnown` is asked with its identity: when it says yes, nothing
// is read (state Read, `known` set, bytes empty). What a caller already parsed is not read again, and whether it is
// the same version is asked of the file that was opened, not of its name.
FileRead readRegularFileNoFollowUnlessKnown(const std::filesystem::path& path, std::uint64_t maxBytes,
                                           const std::function<bool(const FileIdentity&)>& isKnown);

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
    const FileIdentity& identity() const { return m_identity; }  // the open file's, as it was opened
    // Appends up to `count` bytes read from `offset`; fewer at the end of the file. False (and reason) on an error.
    bool readAt(std::uint64_t offset, std::uint64_t count, std::string& out, std::string* reason);

private:
    // How much to read next of `count` from `offset`: what the file held when it was opened and a byte more (a file
    // that grew shows it), at least 4 KiB, at most 1 MiB. The buffer is zeroed as it grows: a whole megabyte for
    // each small file was most of the time of reading ten thousand reports for a fleet page, and 64 KiB for each
    // 14 KB report still a tenth of reading it.
    std::uint64_t nextChunk(std::uint64_t offset, std::uint64_t count) const
    {
        constexpr std::uint64_t kMin = 4 * 1024, kMax = 1024 * 1024;
        const std::uint64_t left = m_size > offset ? m_size - offset : 0;
        const std::uint64_t want = left + 1 < kMin ? kMin : (left + 1 > kMax ? kMax : left + 1);
        return want < count ? want : count;
    }
#ifdef _WIN32
    void* m_handle = reinterpret_cast<void*>(-1);  // INVALID_HANDLE_VALUE
#else
    int m_fd = -1;
#endif
    std::uint64_t m_size = 0;
    std::int64_t m_modifiedMs = 0;
    FileIdentity m_identity;
};

}  // namespace mars::platform
