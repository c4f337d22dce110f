#pragma once
// Which files some process holds open, so the temp cleanup can leave them: an open file is not necessarily locked.
#include <sys/stat.h>

#include <cstdint>
#include <unordered_set>

namespace mars::platform::posix {

class OpenFiles {
public:
    // One pass over /proc/<pid>/fd, maps and exe (and /proc/locks) for files on `device`. Root sees every process. An ordinary
    // user sees only the descriptors of its own processes (other users' fd folders answer EACCES and are skipped),
    // so there a file another user's process holds open is found only when that process locks it: /proc/locks lists
    // every lock, and the cleanup's own flock test catches a lock taken after this pass.
    static OpenFiles snapshot(dev_t device);
    bool contains(const struct stat& file) const { return file.st_dev == m_device && m_inodes.count(file.st_ino) != 0; }

private:
    dev_t m_device = 0;
    std::unordered_set<std::uint64_t> m_inodes;  // inode numbers on m_device
};

}  // namespace mars::platform::posix
