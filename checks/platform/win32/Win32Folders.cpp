#include "../TextConversion.h"
#include "Win32Parts.h"

#include <winioctl.h>

#include <algorithm>
#include <cwchar>

namespace mars::platform::win32 {

class Win32Folders final : public Folders {
public:
    AttributeRead readAttributes(const std::filesystem::path& path) override;
    ChangeResult clearAttributes(const std::filesystem::path& folder, FolderAttributes which) override;
    bool canChangeAttributes(const std::filesystem::path& folder) override;
    FolderStorage folderStorage(const std::filesystem::path& folder) override;
};


namespace {

FolderAttributes fromWin32(DWORD attributes)
{
    FolderAttributes result = 0;
    if (attributes & FILE_ATTRIBUTE_SYSTEM)
        result |= AttrSystem;
    if (attributes & FILE_ATTRIBUTE_HIDDEN)
        result |= AttrHidden;
    if (attributes & FILE_ATTRIBUTE_COMPRESSED)
        result |= AttrCompressed;
    if (attributes & FILE_ATTRIBUTE_ENCRYPTED)
        result |= AttrEncrypted;
    return result;
}

std::string describe(const std::filesystem::path& path)
{
    return toUtf8(path.wstring());
}

void clearSystemAndHidden(const std::filesystem::path& folder, FolderAttributes which, ChangeResult& result)
{
    const DWORD current = GetFileAttributesW(folder.c_str());
    DWORD mask = 0;
    if (which & AttrSystem)
        mask |= FILE_ATTRIBUTE_SYSTEM;
    if (which & AttrHidden)
        mask |= FILE_ATTRIBUTE_HIDDEN;
    const DWORD settable = FILE_ATTRIBUTE_READONLY | FILE_ATTRIBUTE_HIDDEN | FILE_ATTRIBUTE_SYSTEM | FILE_ATTRIBUTE_ARCHIVE |
                           FILE_ATTRIBUTE_NOT_CONTENT_INDEXED | FILE_ATTRIBUTE_OFFLINE | FILE_ATTRIBUTE_TEMPORARY;
    DWORD wanted = current & settable & ~mask;
    if (wanted == 0)
        wanted = FILE_ATTRIBUTE_NORMAL;
    const std::string names = std::string(which & AttrSystem ? "System" : "") +
                              ((which & AttrSystem) && (which & AttrHidden) ? " and " : "") + (which & AttrHidden ? "Hidden" : "");
    if (current != INVALID_FILE_ATTRIBUTES && SetFileAttributesW(folder.c_str(), wanted))
        result.changed.push_back("cleared " + names + " on " + describe(folder));
    else
        result.failed.push_back("could not clear " + names + " on " + describe(folder) + ": " + win32ErrorText(GetLastError()));
}

void decompress(const std::filesystem::path& folder, ChangeResult& result)
{
    HANDLE handle = CreateFileW(folder.c_str(), GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                                nullptr, OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, nullptr);
    if (handle == INVALID_HANDLE_VALUE) {
        result.failed.push_back("could not open " + describe(folder) + " to decompress it: " + win32ErrorText(GetLastError()));
        return;
    }
    USHORT format = COMPRESSION_FORMAT_NONE;
    DWORD returned = 0;
    const BOOL ok = DeviceIoControl(handle, FSCTL_SET_COMPRESSION, &format, sizeof format, nullptr, 0, &returned, nullptr);
    const DWORD error = GetLastError();
    CloseHandle(handle);
    // Only the folder's own state changes: files created in it from now on are not compressed.
    if (ok)
        result.changed.push_back("turned off compression on " + describe(folder) + " (new files are stored uncompressed)");
    else
        result.failed.push_back("could not turn off compression on " + describe(folder) + ": " + win32ErrorText(error));
}

void decrypt(const std::filesystem::path& folder, ChangeResult& result)
{
    if (!DecryptFileW(folder.c_str(), 0)) {
        result.failed.push_back("could not turn off encryption on " + describe(folder) + ": " + win32ErrorText(GetLastError()));
        return;
    }
    // DecryptFileW on a folder that holds a read-only file returns success and leaves the folder encrypted (seen
    // on NTFS; Wine cannot show it, it has no EFS): only the attribute read again says whether it worked.
    const DWORD after = GetFileAttributesW(folder.c_str());
    if (after != INVALID_FILE_ATTRIBUTES && (after & FILE_ATTRIBUTE_ENCRYPTED))
        result.failed.push_back("Windows reported " + describe(folder) + " decrypted, but it is still encrypted (a read-only "
                                "file inside can cause this: clear its read-only attribute, or decrypt it in its Properties)");
    else
        result.changed.push_back("turned off encryption on " + describe(folder) + " (new files are stored unencrypted)");
}

}  // namespace

AttributeRead Win32Folders::readAttributes(const std::filesystem::path& path)
{
    AttributeRead read;
    const DWORD attributes = GetFileAttributesW(path.c_str());
    if (attributes == INVALID_FILE_ATTRIBUTES) {
        const DWORD error = GetLastError();
        if (error == ERROR_FILE_NOT_FOUND || error == ERROR_PATH_NOT_FOUND || error == ERROR_INVALID_NAME) {
            read.state = AttributeRead::State::Missing;
        } else {
            read.state = AttributeRead::State::Failed;
            read.error = win32ErrorText(error);
        }
        return read;
    }
    read.state = AttributeRead::State::Found;
    read.isDirectory = (attributes & FILE_ATTRIBUTE_DIRECTORY) != 0;
    read.attributes = fromWin32(attributes);
    return read;
}

ChangeResult Win32Folders::clearAttributes(const std::filesystem::path& folder, FolderAttributes which)
{
    ChangeResult result;
    if (which & (AttrSystem | AttrHidden))
        clearSystemAndHidden(folder, which, result);
    if (which & AttrCompressed)
        decompress(folder, result);
    if (which & AttrEncrypted)
        decrypt(folder, result);
    return result;
}

}  // namespace mars::platform::win32

namespace mars::platform::win32 {

bool Win32Folders::canChangeAttributes(const std::filesystem::path& folder)
{
    // Asking for the access the fix needs is the only reliable answer: ACLs, ownership and UAC all play a part.
    HANDLE handle = CreateFileW(folder.c_str(), FILE_WRITE_ATTRIBUTES | FILE_READ_DATA | FILE_WRITE_DATA,
                                FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING,
                                FILE_FLAG_BACKUP_SEMANTICS, nullptr);
    if (handle == INVALID_HANDLE_VALUE)
        return GetLastError() != ERROR_ACCESS_DENIED;
    CloseHandle(handle);
    return true;
}

namespace {
VolumeKind kindOf(UINT driveType)
{
    switch (driveType) {
    case DRIVE_FIXED: return VolumeKind::Fixed;
    case DRIVE_REMOVABLE: return VolumeKind::Removable;
    case DRIVE_REMOTE: return VolumeKind::Network;
    case DRIVE_CDROM: return VolumeKind::Optical;
    case DRIVE_RAMDISK: return VolumeKind::RamDisk;
    default: return VolumeKind::Unknown;
    }
}

// The volume under `path`: its root, type, file system and free space. GetVolumePathNameW answers for a path that
// does not exist (yet) as well, so a missing cache folder still names the drive it was meant to be on.
void readVolume(const std::wstring& path, FolderStorage& storage)
{
    std::wstring root(std::max<std::size_t>(path.size() + 2, MAX_PATH + 1), L'\0');
    if (!GetVolumePathNameW(path.c_str(), root.data(), DWORD(root.size()))) {
        storage.volumeError = win32ErrorText(GetLastError());
        return;
    }
    root.resize(wcslen(root.c_str()));
    storage.volumeRoot = root;
    storage.kind = kindOf(GetDriveTypeW(root.c_str()));
    wchar_t fileSystem[MAX_PATH + 1] = {};
    DWORD flags = 0;
    // ERROR_NOT_READY here is an offline or ejected volume: its file system cannot be read.
    if (GetVolumeInformationW(root.c_str(), nullptr, 0, nullptr, nullptr, &flags, fileSystem, MAX_PATH + 1)) {
        storage.volumeRead = true;
        storage.fileSystem = toUtf8(fileSystem);
        storage.readOnly = (flags & FILE_READ_ONLY_VOLUME) != 0;
    } else {
        storage.volumeError = win32ErrorText(GetLastError());
    }
    // The volume's free bytes, not this caller's quota: the agent writes as LocalSystem.
    ULARGE_INTEGER forCaller{}, total{}, free{};
    if (GetDiskFreeSpaceExW(root.c_str(), &forCaller, &total, &free)) {
        storage.spaceRead = true;
        storage.freeBytes = free.QuadPart;
        storage.totalBytes = total.QuadPart;
    }
}
}  // namespace

FolderStorage Win32Folders::folderStorage(const std::filesystem::path& folder)
{
    FolderStorage storage;
    const std::wstring path = folder.wstring();
    // GetFileAttributesW does not follow a final reparse point: a junction or symbolic link shows as one.
    const DWORD attributes = GetFileAttributesW(path.c_str());
    if (attributes == INVALID_FILE_ATTRIBUTES) {
        const DWORD error = GetLastError();
        const bool missing = error == ERROR_FILE_NOT_FOUND || error == ERROR_PATH_NOT_FOUND || error == ERROR_INVALID_NAME;
        storage.state = missing ? AttributeRead::State::Missing : AttributeRead::State::Failed;
        if (!missing)
            storage.error = win32ErrorText(error);
    } else {
        storage.state = AttributeRead::State::Found;
        storage.isDirectory = (attributes & FILE_ATTRIBUTE_DIRECTORY) != 0;
        storage.compressed = (attributes & FILE_ATTRIBUTE_COMPRESSED) != 0;
        storage.encrypted = (attributes & FILE_ATTRIBUTE_ENCRYPTED) != 0;
        storage.sparse = (attributes & FILE_ATTRIBUTE_SPARSE_FILE) != 0;
        storage.reparsePoint = (attributes & FILE_ATTRIBUTE_REPARSE_POINT) != 0;
    }
    readVolume(path, storage);
    return storage;
}

}  // namespace mars::platform::win32

namespace mars::platform {

std::unique_ptr<Folders> makeSystemFolders()
{
    return std::make_unique<win32::Win32Folders>();
}

}  // namespace mars::platform
