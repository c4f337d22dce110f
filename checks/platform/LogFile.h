#pragma once
// The log file, opened so that a hostile --log-file (or a planted default path) cannot redirect or stall the log:
// never through a link (symbolic, hard or reparse point), only a regular file, and never blocking (a FIFO with
// no reader would hold an ordinary open forever).
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace mars::platform {

class LogFile {
public:
    LogFile() = default;
    ~LogFile() { close(); }
    LogFile(const LogFile&) = delete;
    LogFile& operator=(const LogFile&) = delete;

    // Opens `path` for appending, creating it when missing; createNew: only a file this call creates (after a
    // rotation). Returns the refusal or failure, naming the path; empty on success. refused: the path is a link or
    // not a regular file (a usage error), as against a failure to open a proper file (permissions, disk).
    std::string open(const std::filesystem::path& path, bool createNew, bool* refused = nullptr);
    bool write(std::string_view text);  // unbuffered: each call reaches the file
    std::uint64_t size() const { return m_size; }
    bool isOpen() const;
    void close();

private:
#ifdef _WIN32
    void* m_handle = reinterpret_cast<void*>(-1);  // INVALID_HANDLE_VALUE
#else
    int m_fd = -1;
#endif
    std::uint64_t m_size = 0;
};

}  // namespace mars::platform
