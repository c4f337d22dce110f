#include "../LogFile.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace mars::platform {

std::string LogFile::open(const std::filesystem::path& path, bool createNew, bool* refused)
{
    close();
    bool refusal = true;
    std::string error;
    // O_NOFOLLOW: a symlink as the last component fails with ELOOP. O_NONBLOCK: a FIFO without a reader fails at
    // once with ENXIO instead of blocking; one with a reader opens, and fstat refuses it below.
    const int flags = O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC | (createNew ? O_EXCL : 0);
    const int fd = ::open(path.c_str(), flags, 0644);
    struct stat info {};
    if (fd < 0) {
        const int code = errno;
        if (code == ELOOP)
            error = path.string() + " is a symbolic link; the log is never written through a link";
        else if (code == ENXIO)
            error = path.string() + " is a FIFO or socket, not a regular file";
        else if (code == EISDIR)
            error = path.string() + " is a folder, not a file";
        else {
            refusal = code == EEXIST;  // createNew: something appeared under the name meanwhile
            error = path.string() + ": " + std::strerror(code);
        }
    } else if (fstat(fd, &info) != 0) {
        refusal = false;
        error = path.string() + ": " + std::strerror(errno);
    } else if (!S_ISREG(info.st_mode)) {
        error = path.string() + " is not a regular file (a FIFO, device or socket)";
    } else if (info.st_nlink != 1) {
        error = path.string() + " has other hard links; the log is never written through a link";
    } else if (fcntl(fd, F_SETFL, O_APPEND) != 0) {
        refusal = false;
        error = path.string() + ": " + std::strerror(errno);
    }
    if (!error.empty()) {
        if (fd >= 0)
            ::close(fd);
        if (refused)
            *refused = refusal;
        return error;
    }
    m_fd = fd;
    m_size = static_cast<std::uint64_t>(info.st_size);
    return {};
}

bool LogFile::write(std::string_view text)
{
    while (m_fd >= 0 && !text.empty()) {
        const ssize_t written = ::write(m_fd, text.data(), text.size());
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return false;
        m_size += static_cast<std::uint64_t>(written);
        text.remove_prefix(static_cast<size_t>(written));
    }
    return m_fd >= 0;
}

bool LogFile::isOpen() const
{
    return m_fd >= 0;
}

void LogFile::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_size = 0;
}

}  // namespace mars::platform
