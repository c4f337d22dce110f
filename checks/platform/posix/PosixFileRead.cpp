#include "../FileRead.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace mars::platform {

NoFollowFile::~NoFollowFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

FileRead::State NoFollowFile::open(const std::filesystem::path& path, std::string* reason)
{
    // O_NOFOLLOW: a symbolic link as the last component fails with ELOOP. O_NONBLOCK: a FIFO opens at once instead
    // of waiting for a writer, and fstat refuses it below; no read ever waits on one.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        const int code = errno;
        if (code == ENOENT)
            return FileRead::State::Missing;
        if (code == ELOOP) {
            *reason = "it is a symbolic link (never read through)";
            return FileRead::State::Refused;
        }
        if (code == ENXIO || code == ENODEV) {
            *reason = "it is a FIFO, socket or device, not a regular file";
            return FileRead::State::Refused;
        }
        *reason = std::strerror(code);
        return FileRead::State::Failed;
    }
    struct stat info {};
    if (fstat(fd, &info) != 0) {
        *reason = std::strerror(errno);
        ::close(fd);
        return FileRead::State::Failed;
    }
    const char* refusal = S_ISDIR(info.st_mode)    ? "it is a folder, not a file"
                          : !S_ISREG(info.st_mode) ? "it is a FIFO, socket or device, not a regular file"
                          : info.st_nlink != 1     ? "it has other hard links (never read through a link)"
                                                   : nullptr;
    if (refusal) {
        *reason = refusal;
        ::close(fd);
        return FileRead::State::Refused;
    }
    m_fd = fd;
    m_size = static_cast<std::uint64_t>(info.st_size);
    m_modifiedMs = std::int64_t(info.st_mtim.tv_sec) * 1000 + info.st_mtim.tv_nsec / 1000000;
    m_identity.volume = std::uint64_t(info.st_dev);
    m_identity.file = std::uint64_t(info.st_ino);
    m_identity.size = m_size;
    m_identity.modified = std::int64_t(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec;
    m_identity.changed = std::int64_t(info.st_ctim.tv_sec) * 1000000000 + info.st_ctim.tv_nsec;
    return FileRead::State::Read;
}

bool NoFollowFile::readAt(std::uint64_t offset, std::uint64_t count, std::string& out, std::string* reason)
{
    while (count > 0) {
        const std::size_t want = static_cast<std::size_t>(nextChunk(offset, count));
        const std::size_t had = out.size();
        out.resize(had + want);
        const ssize_t got = ::pread(m_fd, out.data() + had, want, static_cast<off_t>(offset));
        if (got < 0 && errno == EINTR) {
            out.resize(had);
            continue;
        }
        if (got < 0) {
            out.resize(had);
            *reason = std::strerror(errno);
            return false;
        }
        out.resize(had + static_cast<std::size_t>(got));
        if (got == 0)
            break;
        offset += static_cast<std::uint64_t>(got);
        count -= static_cast<std::uint64_t>(got);
    }
    return true;
}

}  // namespace mars::platform
