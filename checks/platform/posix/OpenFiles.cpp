#include "OpenFiles.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <cctype>
#include <cstdio>
#include <cstring>
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
        // A running program's own file, and files mapped into memory with their descriptor long closed: in use too.
        struct stat program {};
        const std::string exe = std::string(pid) + "/exe";
        if (fstatat(proc, exe.c_str(), &program, 0) == 0 && S_ISREG(program.st_mode) && program.st_dev == device)
            open.m_inodes.insert(program.st_ino);
        const std::string maps = "/proc/" + std::string(pid) + "/maps";
        if (FILE* mapped = std::fopen(maps.c_str(), "re")) {
            // "7f..-7f.. r--s 00000000 08:01 5678   /tmp/x.tmp": device major:minor in hex, then the inode (0: anonymous).
            char line[512];
            while (std::fgets(line, sizeof line, mapped)) {
                unsigned major = 0, minor = 0;
                unsigned long long inode = 0;
                if (std::sscanf(line, "%*s %*s %*s %x:%x %llu", &major, &minor, &inode) == 3 && inode != 0 && makedev(major, minor) == device)
                    open.m_inodes.insert(inode);
                // A line longer than the buffer: skip its rest, so it is not read as a line of its own.
                while (!std::strchr(line, '\n') && std::fgets(line, sizeof line, mapped)) {
                }
            }
            std::fclose(mapped);
        }
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
