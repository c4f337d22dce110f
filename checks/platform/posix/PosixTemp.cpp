// Temp cleanup relative to one directory descriptor: after the folder is opened (refusing a link), every lookup,
// open and unlink goes through that descriptor, so no path is rebuilt from the folder's name and nothing outside
// the folder can be reached, whatever is swapped in under a *.tmp name meanwhile.
#include "../TmpCleanupTally.h"
#include "../TmpNames.h"
#include "PosixParts.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace mars::platform::posix {

class PosixTempFiles final : public TempFiles {
public:
    TmpScan scanTmpFiles(const std::filesystem::path& folder) override;
    TmpCleanup deleteTmpFiles(const std::filesystem::path& folder, Progress& progress) override;
    std::vector<std::filesystem::path> agentTempFolders() override { return {std::filesystem::temp_directory_path()}; }
};


namespace {

struct DirectoryHandle {
    int fd = -1;
    ~DirectoryHandle()
    {
        if (fd >= 0)
            close(fd);
    }
};

// Opens the folder itself without following a link; error text empty on success.
std::string openFolder(const std::filesystem::path& folder, DirectoryHandle& handle, bool& accessDenied)
{
    handle.fd = open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (handle.fd >= 0)
        return {};
    accessDenied = errno == EACCES || errno == EPERM;
    if (errno == ELOOP || errno == ENOTDIR)
        return folder.string() + " is a link or not a folder; refusing to look inside it";
    return folder.string() + ": " + std::strerror(errno);
}

template <typename Visit>
bool forEachTmpName(int folderFd, Visit visit)
{
    const int listFd = dup(folderFd);
    DIR* directory = listFd >= 0 ? fdopendir(listFd) : nullptr;
    if (!directory) {
        if (listFd >= 0)
            close(listFd);
        return false;
    }
    while (const dirent* entry = readdir(directory)) {
        if (isTmpName(entry->d_name))
            visit(entry->d_name);
    }
    closedir(directory);
    return true;
}

bool isClearable(const struct stat& info)
{
    return S_ISREG(info.st_mode) && info.st_nlink == 1;
}

using Verdict = TmpVerdict;

Verdict deleteOne(int folderFd, const std::string& name, std::uint64_t& size, int& error)
{
    struct stat listed {};
    if (fstatat(folderFd, name.c_str(), &listed, AT_SYMLINK_NOFOLLOW) != 0)
        return Verdict::Vanished;
    if (!isClearable(listed))
        return Verdict::NotRegular;
    const int fd = openat(folderFd, name.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        error = errno;
        return error == ELOOP ? Verdict::NotRegular : error == ENOENT ? Verdict::Vanished : Verdict::Failed;
    }
    Verdict verdict = Verdict::Deleted;
    struct stat opened {};
    struct stat again {};
    if (fstat(fd, &opened) != 0 || !isClearable(opened) || opened.st_ino != listed.st_ino || opened.st_dev != listed.st_dev) {
        verdict = Verdict::Vanished;  // replaced since it was listed
    } else if ((opened.st_mode & 0222) == 0) {
        verdict = Verdict::ReadOnly;
    } else if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
        verdict = Verdict::InUse;  // another process holds a lock on it
    } else if (fstatat(folderFd, name.c_str(), &again, AT_SYMLINK_NOFOLLOW) != 0 || again.st_ino != opened.st_ino ||
               again.st_dev != opened.st_dev) {
        verdict = Verdict::Vanished;
    } else if (unlinkat(folderFd, name.c_str(), 0) != 0) {
        // unlinkat never follows a link: had the name been swapped for one since, only that link would go.
        error = errno;
        verdict = error == ENOENT ? Verdict::Vanished : Verdict::Failed;
    } else {
        size = static_cast<std::uint64_t>(opened.st_size);
    }
    close(fd);
    return verdict;
}

}  // namespace

TmpScan PosixTempFiles::scanTmpFiles(const std::filesystem::path& folder)
{
    TmpScan scan;
    DirectoryHandle handle;
    scan.error = openFolder(folder, handle, scan.accessDenied);
    if (!scan.error.empty())
        return scan;
    const bool listed = forEachTmpName(handle.fd, [&](const char* name) {
        struct stat info {};
        if (fstatat(handle.fd, name, &info, AT_SYMLINK_NOFOLLOW) != 0)
            return;
        if (isClearable(info)) {
            ++scan.files;
            scan.bytes += static_cast<std::uint64_t>(info.st_size);
        } else {
            ++scan.notRegular;
        }
    });
    scan.ok = listed;
    if (!listed)
        scan.error = folder.string() + ": cannot list: " + std::strerror(errno);
    return scan;
}

TmpCleanup PosixTempFiles::deleteTmpFiles(const std::filesystem::path& folder, Progress& progress)
{
    TmpCleanup cleanup;
    DirectoryHandle handle;
    bool accessDenied = false;
    cleanup.error = openFolder(folder, handle, accessDenied);
    if (!cleanup.error.empty())
        return cleanup;
    std::vector<std::string> names;
    if (!forEachTmpName(handle.fd, [&](const char* name) { names.emplace_back(name); })) {
        cleanup.error = folder.string() + ": cannot list: " + std::strerror(errno);
        return cleanup;
    }
    cleanup.ok = true;
    progress.total = names.size();
    for (const std::string& name : names) {
        if (progress.cancel) {
            cleanup.cancelled = true;
            break;
        }
        std::uint64_t size = 0;
        int error = 0;
        const Verdict verdict = deleteOne(handle.fd, name, size, error);
        tally(cleanup, verdict, size, name, verdict == Verdict::Failed ? std::strerror(error) : "");
        ++progress.done;
    }
    return cleanup;
}

}  // namespace mars::platform::posix

namespace mars::platform {

std::unique_ptr<TempFiles> makeSystemTempFiles()
{
    return std::make_unique<posix::PosixTempFiles>();
}

}  // namespace mars::platform
