#include "DosAttributes.h"
#include "../Platform.h"

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>

namespace mars::platform::posix {

class PosixFolders final : public Folders {
public:
    AttributeRead readAttributes(const std::filesystem::path& path) override;
    ChangeResult clearAttributes(const std::filesystem::path& folder, FolderAttributes which) override;
    bool canChangeAttributes(const std::filesystem::path& folder) override;
    FolderStorage folderStorage(const std::filesystem::path& folder) override;
};


namespace {

std::string errorText(int error)
{
    return std::string(std::strerror(error)) + " (errno " + std::to_string(error) + ")";
}

bool hasDotName(const std::filesystem::path& path)
{
    const std::string name = path.filename().string();
    return name.size() > 1 && name[0] == '.' && name != "..";
}

// Whether an error of reading an attribute means "there is none here" (not set, or not supported by the file system),
// rather than "it could not be read": a folder this user may not read must never look like one without attributes.
bool meansNone(int error)
{
    return error == ENODATA || error == ENOTSUP || error == EOPNOTSUPP || error == ENOTTY || error == EINVAL || error == ENOSYS;
}

// nullopt: none set; an errno in `failed` when they could not be read.
std::optional<std::uint32_t> readDosAttributes(const std::filesystem::path& path, int* failed = nullptr)
{
    char buffer[64];
    const ssize_t size = getxattr(path.c_str(), kDosAttributeName, buffer, sizeof buffer);
    if (size < 0 && failed && !meansNone(errno))
        *failed = errno;
    if (size <= 0)
        return std::nullopt;
    return parseDosAttributes(std::string(buffer, static_cast<size_t>(size)));
}

// Linux inode flags (chattr): +c compression on btrfs and some others, fscrypt encryption. Unsupported file systems
// answer ENOTTY, which simply means neither is set.
std::optional<int> readInodeFlags(const std::filesystem::path& path, int* failed = nullptr)
{
    const int fd = open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        if (failed)
            *failed = errno;
        return std::nullopt;
    }
    int flags = 0;
    const int rc = ioctl(fd, FS_IOC_GETFLAGS, &flags);
    const int error = errno;
    close(fd);
    if (rc != 0 && failed && !meansNone(error))
        *failed = error;
    if (rc != 0)
        return std::nullopt;
    return flags;
}

void clearDosBits(const std::filesystem::path& folder, FolderAttributes which, ChangeResult& result)
{
    const std::uint32_t current = readDosAttributes(folder).value_or(0);
    std::uint32_t remove = 0;
    if (which & AttrSystem)
        remove |= kDosSystem;
    if (which & AttrHidden)
        remove |= kDosHidden;
    if (!(current & remove))
        return;
    const std::string value = formatDosAttributes(current & ~remove);
    if (setxattr(folder.c_str(), kDosAttributeName, value.data(), value.size(), 0) == 0)
        result.changed.push_back("cleared the Windows " + std::string(remove & kDosSystem ? "System " : "") +
                                 (remove & kDosHidden ? "Hidden " : "") + "attribute on " + folder.string());
    else
        result.failed.push_back("could not clear the Windows attributes on " + folder.string() + ": " + errorText(errno));
}

void clearCompression(const std::filesystem::path& folder, ChangeResult& result)
{
    const int fd = open(folder.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    int flags = 0;
    if (fd < 0 || ioctl(fd, FS_IOC_GETFLAGS, &flags) != 0) {
        result.failed.push_back("could not read the compression flag of " + folder.string() + ": " + errorText(errno));
    } else {
        flags &= ~FS_COMPR_FL;
        if (ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0)
            result.changed.push_back("turned off compression on " + folder.string() + " (new files are stored uncompressed)");
        else
            result.failed.push_back("could not turn off compression on " + folder.string() + ": " + errorText(errno));
    }
    if (fd >= 0)
        close(fd);
}

}  // namespace

AttributeRead PosixFolders::readAttributes(const std::filesystem::path& path)
{
    AttributeRead read;
    struct stat info {};
    if (stat(path.c_str(), &info) != 0) {
        read.state = (errno == ENOENT || errno == ENOTDIR) ? AttributeRead::State::Missing : AttributeRead::State::Failed;
        if (read.state == AttributeRead::State::Failed)
            read.error = errorText(errno);
        return read;
    }
    read.state = AttributeRead::State::Found;
    read.isDirectory = S_ISDIR(info.st_mode);
    if (hasDotName(path))
        read.attributes |= AttrHidden;
    int failed = 0;
    if (const auto dos = readDosAttributes(path, &failed)) {
        if (*dos & kDosHidden)
            read.attributes |= AttrHidden;
        if (*dos & kDosSystem)
            read.attributes |= AttrSystem;
    }
    if (const auto flags = readInodeFlags(path, &failed)) {
        if (*flags & FS_COMPR_FL)
            read.attributes |= AttrCompressed;
#ifdef FS_ENCRYPT_FL
        if (*flags & FS_ENCRYPT_FL)
            read.attributes |= AttrEncrypted;
#endif
    }
    if (failed != 0) {
        // Some attributes unread are not "none": what could not be examined is never a Pass.
        read.state = AttributeRead::State::Failed;
        read.error = "could not read its attributes: " + errorText(failed);
    }
    return read;
}

ChangeResult PosixFolders::clearAttributes(const std::filesystem::path& folder, FolderAttributes which)
{
    ChangeResult result;
    if (which & (AttrSystem | AttrHidden))
        clearDosBits(folder, which, result);
    if ((which & AttrHidden) && hasDotName(folder))
        result.failed.push_back(folder.string() + " is hidden by its name (it begins with a dot); rename it or choose another folder");
    if (which & AttrCompressed)
        clearCompression(folder, result);
    if (which & AttrEncrypted)
        result.failed.push_back(folder.string() +
                                " is encrypted (fscrypt), which cannot be undone in place; move the agent to an unencrypted folder");
    return result;
}

}  // namespace mars::platform::posix

namespace mars::platform::posix {

bool PosixFolders::canChangeAttributes(const std::filesystem::path& folder)
{
    // Extended user attributes need write access; inode flags need ownership (or root).
    struct stat info {};
    if (stat(folder.c_str(), &info) != 0)
        return true;  // nothing to change; the fix will say what went wrong
    return geteuid() == 0 || (info.st_uid == geteuid() && access(folder.c_str(), W_OK) == 0);
}

namespace {
// statfs(2) magic numbers (linux/magic.h) of the file systems whose kind matters here.
std::string fileSystemName(long type, VolumeKind& kind)
{
    kind = VolumeKind::Fixed;
    switch (static_cast<unsigned long>(type)) {
    case 0xEF53: return "ext4";  // ext2/3/4 share the magic
    case 0x58465342: return "xfs";
    case 0x9123683E: return "btrfs";
    case 0x6969: kind = VolumeKind::Network; return "nfs";
    case 0xFF534D42: kind = VolumeKind::Network; return "cifs";
    case 0xFE534D42: kind = VolumeKind::Network; return "smb2";
    case 0x01021994: kind = VolumeKind::RamDisk; return "tmpfs";
    case 0x858458F6: kind = VolumeKind::RamDisk; return "ramfs";
    case 0x794C7630: return "overlayfs";
    case 0x5346544E: return "ntfs";
    case 0x4D44: kind = VolumeKind::Unknown; return "vfat";
    default: {
        kind = VolumeKind::Unknown;
        char name[40];
        std::snprintf(name, sizeof name, "unknown (0x%lx)", static_cast<unsigned long>(type));
        return name;
    }
    }
}

// A block device the kernel marks removable (USB sticks, card readers); a partition asks its parent disk.
bool removableDevice(dev_t device)
{
    const std::string base = "/sys/dev/block/" + std::to_string(major(device)) + ":" + std::to_string(minor(device));
    for (const std::string& file : {base + "/removable", base + "/../removable"}) {
        std::ifstream in(file);
        char flag = 0;
        if (in >> flag)
            return flag == '1';
    }
    return false;
}
}  // namespace

FolderStorage PosixFolders::folderStorage(const std::filesystem::path& folder)
{
    FolderStorage storage;
    struct stat link {};
    if (lstat(folder.c_str(), &link) != 0) {
        const bool missing = errno == ENOENT || errno == ENOTDIR;
        storage.state = missing ? AttributeRead::State::Missing : AttributeRead::State::Failed;
        if (!missing)
            storage.error = errorText(errno);
    } else {
        storage.state = AttributeRead::State::Found;
        storage.reparsePoint = S_ISLNK(link.st_mode);  // the POSIX counterpart of a junction or symbolic link
        struct stat target {};
        storage.isDirectory = stat(folder.c_str(), &target) == 0 && S_ISDIR(target.st_mode);
        if (const auto flags = readInodeFlags(folder)) {
            storage.compressed = (*flags & FS_COMPR_FL) != 0;
#ifdef FS_ENCRYPT_FL
            storage.encrypted = (*flags & FS_ENCRYPT_FL) != 0;
#endif
        }
    }
    // The volume: the nearest existing ancestor's file system, and its mount point (where the device changes).
    std::filesystem::path existing = folder;
    struct stat info {};
    while (stat(existing.c_str(), &info) != 0 && existing.has_relative_path())
        existing = existing.parent_path();
    if (stat(existing.c_str(), &info) != 0) {
        storage.volumeError = errorText(errno);
        return storage;
    }
    std::filesystem::path root = existing;
    for (std::filesystem::path up = root.parent_path(); up != root; up = root.parent_path()) {
        struct stat parent {};
        if (stat(up.c_str(), &parent) != 0 || parent.st_dev != info.st_dev)
            break;
        root = up;
    }
    storage.volumeRoot = root;
    struct statfs fs {};
    struct statvfs space {};
    if (statfs(existing.c_str(), &fs) != 0 || statvfs(existing.c_str(), &space) != 0) {
        storage.volumeError = errorText(errno);
        return storage;
    }
    storage.volumeRead = true;
    storage.fileSystem = fileSystemName(fs.f_type, storage.kind);
    if (storage.kind == VolumeKind::Fixed && removableDevice(info.st_dev))
        storage.kind = VolumeKind::Removable;
    storage.readOnly = (space.f_flag & ST_RDONLY) != 0;
    storage.spaceRead = true;
    storage.freeBytes = std::uint64_t(space.f_bfree) * space.f_frsize;
    storage.totalBytes = std::uint64_t(space.f_blocks) * space.f_frsize;
    return storage;
}

}  // namespace mars::platform::posix

namespace mars::platform {

std::unique_ptr<Folders> makeSystemFolders()
{
    return std::make_unique<posix::PosixFolders>();
}

}  // namespace mars::platform
