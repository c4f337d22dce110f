#include "DosAttributes.h"
#include "PosixParts.h"

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace mars::platform::posix {

class PosixFolders final : public Folders {
public:
    AttributeRead readAttributes(const std::filesystem::path& path) override;
    ChangeResult clearAttributes(const std::filesystem::path& folder, FolderAttributes which) override;
    bool canChangeAttributes(const std::filesystem::path& folder) override;
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

std::optional<std::uint32_t> readDosAttributes(const std::filesystem::path& path)
{
    char buffer[64];
    const ssize_t size = getxattr(path.c_str(), kDosAttributeName, buffer, sizeof buffer);
    if (size <= 0)
        return std::nullopt;
    return parseDosAttributes(std::string(buffer, static_cast<size_t>(size)));
}

// Linux inode flags (chattr): +c compression on btrfs and some others, fscrypt encryption. Unsupported file systems
// answer ENOTTY, which simply means neither is set.
std::optional<int> readInodeFlags(const std::filesystem::path& path)
{
    const int fd = open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    int flags = 0;
    const int rc = ioctl(fd, FS_IOC_GETFLAGS, &flags);
    close(fd);
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
    if (const auto dos = readDosAttributes(path)) {
        if (*dos & kDosHidden)
            read.attributes |= AttrHidden;
        if (*dos & kDosSystem)
            read.attributes |= AttrSystem;
    }
    if (const auto flags = readInodeFlags(path)) {
        if (*flags & FS_COMPR_FL)
            read.attributes |= AttrCompressed;
#ifdef FS_ENCRYPT_FL
        if (*flags & FS_ENCRYPT_FL)
            read.attributes |= AttrEncrypted;
#endif
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

}  // namespace mars::platform::posix

namespace mars::platform {

std::unique_ptr<Folders> makeSystemFolders()
{
    return std::make_unique<posix::PosixFolders>();
}

}  // namespace mars::platform
