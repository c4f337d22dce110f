#include "OpenFiles.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <cctype>
#include <cstdio>
#include <string>

namespace mars::platform::posix {

namespace {

bool isNumber(const char* name)
{
    if (!*name)
        return false;
    for (; *name; ++name) {
        if (!std::isdigit(static_cast<unsigned char>(*name)))
            return false;
    }
    return true;
}

template <typename Visit>
void forEachNumberedEntry(int parentFd, const char* path, Visit visit)
{
    const int fd = openat(parentFd, path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;  // gone meanwhile, or not ours to see
    DIR* directory = fdopendir(fd);
    if (!directory) {
        close(fd);
        return;
    }
    while (const dirent* entry = readdir(directory)) {
        if (isNumber(entry->d_name))
            visit(dirfd(directory), entry->d_name);
    }
    closedir(directory);
}

}  // namespace

OpenFiles OpenFiles::snapshot(dev_t device)
{
    OpenFiles open;
    open.m_device = device;
    forEachNumberedEntry(AT_FDCWD, "/proc", [&](int proc, const char* pid) {
        const std::string fdFolder = std::string(pid) + "/fd";
        forEachNumberedEntry(proc, fdFolder.c_str(), [&](int fds, const char* fd) {
            struct stat target {};
            // stat (not lstat) through the /proc link reaches the open file itself, even one already unlinked.
            if (fstatat(fds, fd, &target, 0) == 0 && S_ISREG(target.st_mode) && target.st_dev == device)
                open.m_inodes.insert(target.st_ino);
        });
    });
    // "1: FLOCK  ADVISORY  WRITE 1234 08:01:5678 0 EOF": device major:minor in hex, then the inode.
    if (FILE* locks = std::fopen("/proc/locks", "re")) {
        char line[256];
        while (std::fgets(line, sizeof line, locks)) {
            unsigned major = 0, minor = 0;
            unsigned long long inode = 0;
            for (const char* at = line; *at; ++at) {
                if (*at == ' ' && std::sscanf(at + 1, "%x:%x:%llu", &major, &minor, &inode) == 3) {
                    if (makedev(major, minor) == device)
                        open.m_inodes.insert(inode);
                    break;
                }
            }
        }
        std::fclose(locks);
    }
    return open;
}

}  // namespace mars::platform::posix
