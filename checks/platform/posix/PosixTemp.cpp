// Temp cleanup relative to one directory descriptor: after the folder is opened (refusing a link), every lookup,
// open and unlink goes through that descriptor, so no path is rebuilt from the folder's name and nothing outside
// the folder can be reached, whatever is swapped in under a *.tmp name meanwhile.
#include "../TmpCleanupTally.h"
#include "../TmpNames.h"
#include "OpenFiles.h"

#include <csignal>
#include "../Platform.h"

#include <cstdlib>

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>

namespace mars::platform::posix {

class PosixTempFiles final : public TempFiles {
public:
    TmpScan scanTmpFiles(const std::filesystem::path& folder) override;
    TmpCleanup deleteTmpFiles(const std::filesystem::path& folder, Progress& progress) override;
    std::vector<std::filesystem::path> agentTempFolders() override
    {
        // The variables temp_directory_path() reads, in its order, but without its existence test: that throws
        // "No such file or directory" without the path. A missing folder is returned, and its scan names it.
        for (const char* name : {"TMPDIR", "TMP", "TEMP", "TEMPDIR"}) {
            const char* value = std::getenv(name);
            if (value && *value)
                return {std::filesystem::path(value)};
        }
        return {std::filesystem::path("/tmp")};
    }
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
    const int error = errno;
    accessDenied = error == EACCES || error == EPERM;
    if (error == ELOOP || error == ENOTDIR) {
        // Which of the two, for the words only: nothing is opened by this name again.
        struct stat info {};
        if (lstat(folder.c_str(), &info) == 0 && S_ISLNK(info.st_mode))
            return folder.string() + " is a link; links are not followed, so nothing was looked at";
        return folder.string() + " is not a folder (a file has its name), so there is nothing to look inside";
    }
    return folder.string() + ": " + std::strerror(error);
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
    errno = 0;
    while (const dirent* entry = readdir(directory)) {
        if (isTmpName(entry->d_name))
            visit(entry->d_name);
        errno = 0;
    }
    const int error = errno;  // readdir's end (0) or its failure
    closedir(directory);
    errno = error;
    return error == 0;
}

dev_t deviceOf(int folderFd)
{
    struct stat info {};
    return fstat(folderFd, &info) == 0 ? info.st_dev : 0;
}

bool isClearable(const struct stat& info)
{
    return S_ISREG(info.st_mode) && info.st_nlink == 1;
}

bool isReadOnly(const struct stat& info)
{
    return (info.st_mode & 0222) == 0;
}

// Immutable or append-only (chattr +i, +a): not even root may delete it, so the cleanup leaves it like a read-only
// file, and the scan must not offer it for cleaning again and again. Read from the listing, without opening it.
bool isUndeletable(int folderFd, const char* name)
{
#ifdef STATX_ATTR_IMMUTABLE
    struct statx info {};
    if (statx(folderFd, name, AT_SYMLINK_NOFOLLOW | AT_STATX_DONT_SYNC, STATX_MODE, &info) != 0)
        return false;
    const auto flags = info.stx_attributes & info.stx_attributes_mask;
    return (flags & (STATX_ATTR_IMMUTABLE | STATX_ATTR_APPEND)) != 0;
#else
    (void)folderFd;
    (void)name;
    return false;
#endif
}

using Verdict = TmpVerdict;

// Whether any other process has the file open, mapped or running, asked of the kernel at the moment of deleting: the
// snapshot of /proc cannot see a file opened after it was taken. A write lease is granted only when this descriptor
// is the file's one open (fcntl(2), F_SETLEASE: "no other open file descriptors"; an executable being run or a
// mapping whose descriptor is closed also count), and while it is held another open waits for it to be released,
// which closing the descriptor after the unlink does. Where leases are not to be had (a file system without them; an
// unprivileged cleanup of another user's file), the snapshot is what there is. The break is signalled with SIGURG,
// which is ignored by default, instead of SIGIO, which would end this process.
bool openElsewhere(int fd)
{
#ifdef F_SETLEASE
    if (fcntl(fd, F_SETSIG, SIGURG) == 0 && fcntl(fd, F_SETLEASE, F_WRLCK) != 0)
        return errno == EAGAIN || errno == EBUSY;
#else
    (void)fd;
#endif
    return false;
}

TmpAttempt failure(int error)
{
    // ENOENT: another cleanup (or the file's owner) deleted it first; it is gone, which is what was wanted.
    if (error == ENOENT)
        return {Verdict::Vanished};
    return {Verdict::Failed, 0, std::strerror(error)};
}

TmpAttempt deleteOne(int folderFd, const std::string& name, const OpenFiles& openFiles)
{
    struct stat listed {};
    if (fstatat(folderFd, name.c_str(), &listed, AT_SYMLINK_NOFOLLOW) != 0)
        return failure(errno);
    if (!isClearable(listed))
        return {Verdict::NotRegular};
    const int fd = openat(folderFd, name.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        // EWOULDBLOCK: another cleanup holds its lease on the file this instant (a non-blocking open does not wait
        // for it): in use for now, gone when looked at again.
        if (errno == EWOULDBLOCK || errno == EAGAIN)
            return {Verdict::InUse};
        return errno == ELOOP ? TmpAttempt{Verdict::NotRegular} : failure(errno);
    }
    TmpAttempt result{Verdict::Deleted};
    struct stat opened {};
    struct stat again {};
    if (fstat(fd, &opened) != 0 || !isClearable(opened) || opened.st_ino != listed.st_ino || opened.st_dev != listed.st_dev) {
        result.verdict = Verdict::Vanished;  // replaced since it was listed, or unlinked by someone else (nlink 0)
    } else if (isReadOnly(opened) || isUndeletable(folderFd, name.c_str())) {
        result.verdict = Verdict::ReadOnly;
    } else if (openFiles.contains(opened) || flock(fd, LOCK_EX | LOCK_NB) != 0 || openElsewhere(fd)) {
        result.verdict = Verdict::InUse;  // another process has it open (or locked, mapped, running)
    } else if (fstatat(folderFd, name.c_str(), &again, AT_SYMLINK_NOFOLLOW) != 0 || again.st_ino != opened.st_ino ||
               again.st_dev != opened.st_dev) {
        result.verdict = Verdict::Vanished;
    } else if (unlinkat(folderFd, name.c_str(), 0) != 0) {
        // unlinkat never follows a link: had the name been swapped for one since, only that link would go.
        result = failure(errno);
    } else {
        result.size = static_cast<std::uint64_t>(opened.st_size);
    }
    close(fd);
    return result;
}

}  // namespace

TmpScan PosixTempFiles::scanTmpFiles(const std::filesystem::path& folder)
{
    TmpScan scan;
    DirectoryHandle handle;
    scan.error = openFolder(folder, handle, scan.accessDenied);
    if (!scan.error.empty())
        return scan;
    const OpenFiles openFiles = OpenFiles::snapshot(deviceOf(handle.fd));
    // The same tests as the cleanup's, without opening anything: what the cleanup would leave is not counted.
    const bool listed = forEachTmpName(handle.fd, [&](const char* name) {
        struct stat info {};
        if (fstatat(handle.fd, name, &info, AT_SYMLINK_NOFOLLOW) != 0) {
            const int error = errno;
            if (error == ENOENT)
                return;  // deleted since it was listed
            if (scan.unexamined++ == 0)
                scan.unexaminedError = (folder / name).string() + ": " + std::strerror(error);
        } else if (!isClearable(info)) {
            ++scan.notRegular;
        } else if (isReadOnly(info) || isUndeletable(handle.fd, name)) {
            ++scan.readOnly;
        } else if (openFiles.contains(info)) {
            ++scan.inUse;
        } else {
            ++scan.files;
            scan.bytes += static_cast<std::uint64_t>(info.st_size);
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
    const dev_t device = deviceOf(handle.fd);
    const OpenFiles openFiles = OpenFiles::snapshot(device);
    std::vector<std::string> busy;
    for (const std::string& name : names) {
        if (progress.cancel) {
            cleanup.cancelled = true;
            break;
        }
        const TmpAttempt result = deleteOne(handle.fd, name, openFiles);
        if (result.verdict == Verdict::InUse)
            busy.push_back(name);
        else
            tally(cleanup, result.verdict, result.size, name, result.failure);
        ++progress.done;
    }
    // Each round looks at the open files again: a parallel cleanup's file of a moment ago is closed (and gone) now.
    OpenFiles now;
    retryInUse(
        cleanup, progress, std::move(busy), [&] { now = OpenFiles::snapshot(device); },
        [&](const std::string& name) { return deleteOne(handle.fd, name, now); }, [](const std::string& name) { return name; });
    return cleanup;
}

}  // namespace mars::platform::posix

namespace mars::platform {

std::unique_ptr<TempFiles> makeSystemTempFiles()
{
    return std::make_unique<posix::PosixTempFiles>();
}

}  // namespace mars::platform
