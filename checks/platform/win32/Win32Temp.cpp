// Temp cleanup through handles, the Windows way (../../../shared/domain/wine.md explains why Wine cannot prove it):
// the folder is opened without following a reparse point and enumerated through that handle; each candidate is
// opened with FILE_FLAG_OPEN_REPARSE_POINT and no sharing (so a file in use is skipped), re-checked on the handle
// (not a folder, not a reparse point, one link, not read-only) and deleted through the same handle.
#include "../TempJunction.h"
#include "../TextConversion.h"
#include "../TmpCleanupTally.h"
#include "../TmpNames.h"
#include "Win32Parts.h"

#include <aclapi.h>
#include <sddl.h>

namespace mars::platform::win32 {

class Win32TempFiles final : public TempFiles {
public:
    std::vector<std::filesystem::path> agentTempFolders() override;
    TmpScan scanTmpFiles(const std::filesystem::path& folder) override;
    TmpCleanup deleteTmpFiles(const std::filesystem::path& folder, Progress& progress) override;
};


namespace {

constexpr DWORD kSkipAttributes = FILE_ATTRIBUTE_DIRECTORY | FILE_ATTRIBUTE_REPARSE_POINT | FILE_ATTRIBUTE_DEVICE;

// FileDispositionInfoEx (Windows 10 1607+), declared here because older SDK headers lack it.
constexpr int kFileDispositionInfoEx = 21;
constexpr DWORD kDispositionDelete = 0x1;
constexpr DWORD kDispositionPosixSemantics = 0x2;
struct DispositionInfoEx {
    DWORD Flags;
};

// ERROR_ACCESS_DENIED also stands for STATUS_DELETE_PENDING: a file another cleanup has already deleted whose last
// handle is still open. Only the thread's last NTSTATUS tells the two apart. Resolved before the call it explains,
// so nothing in between overwrites the thread's last error.
using LastNtStatus = LONG(WINAPI*)();
LastNtStatus lastNtStatusReader()
{
    static const auto reader = reinterpret_cast<LastNtStatus>(
        reinterpret_cast<void (*)()>(GetProcAddress(GetModuleHandleW(L"ntdll.dll"), "RtlGetLastNtStatus")));
    return reader;
}
constexpr LONG kStatusDeletePending = LONG(0xC0000056);

bool isGone(DWORD error, LastNtStatus lastNtStatus)
{
    return error == ERROR_FILE_NOT_FOUND || error == ERROR_PATH_NOT_FOUND ||
           (error == ERROR_ACCESS_DENIED && lastNtStatus && lastNtStatus() == kStatusDeletePending);
}

struct Handle {
    HANDLE value = INVALID_HANDLE_VALUE;
    ~Handle()
    {
        if (value != INVALID_HANDLE_VALUE)
            CloseHandle(value);
    }
};

struct Entry {
    std::wstring name;
    DWORD attributes;
    std::uint64_t size;
};

// The owner of the junction itself, read on a handle to the reparse point (not its target).
JunctionOwner junctionOwner(HANDLE reparsePoint)
{
    PSID owner = nullptr;
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    if (GetSecurityInfo(reparsePoint, SE_FILE_OBJECT, OWNER_SECURITY_INFORMATION, &owner, nullptr, nullptr, nullptr,
                        &descriptor) != ERROR_SUCCESS || !owner)
        return JunctionOwner::Unknown;
    JunctionOwner result = JunctionOwner::Other;
    if (IsWellKnownSid(owner, WinLocalSystemSid))
        result = JunctionOwner::System;
    else if (IsWellKnownSid(owner, WinBuiltinAdministratorsSid))
        result = JunctionOwner::Administrators;
    else {
        // NT SERVICE\TrustedInstaller: the service SID, the same on every Windows.
        PSID trustedInstaller = nullptr;
        if (ConvertStringSidToSidW(L"S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464", &trustedInstaller)) {
            if (EqualSid(owner, trustedInstaller))
                result = JunctionOwner::TrustedInstaller;
            LocalFree(trustedInstaller);
        }
    }
    LocalFree(descriptor);
    return result;
}

std::wstring withoutLongPrefix(std::wstring path)
{
    if (path.rfind(L"\\\\?\\UNC\\", 0) == 0)
        return L"\\\\" + path.substr(8);
    if (path.rfind(L"\\\\?\\", 0) == 0)
        return path.substr(4);
    return path;
}

// Opens the agent temp folder for listing. The folder itself may be a junction made by SYSTEM, Administrators or
// TrustedInstaller (C:\Windows\Temp moved to another volume): then its target is opened and `effective` names it, so
// every later step works inside the target, not through the junction again. Any other link is refused.
std::string openFolder(const std::filesystem::path& folder, Handle& handle, bool& accessDenied,
                       std::filesystem::path& effective, std::string* target = nullptr, std::string* owner = nullptr)
{
    effective = folder;
    const auto openListing = [&](DWORD flags) {
        return CreateFileW(folder.c_str(), FILE_LIST_DIRECTORY | FILE_READ_ATTRIBUTES,
                           FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING, flags, nullptr);
    };
    handle.value = openListing(FILE_FLAG_BACKUP_SEMANTICS | FILE_FLAG_OPEN_REPARSE_POINT);
    if (handle.value == INVALID_HANDLE_VALUE) {
        const DWORD error = GetLastError();
        accessDenied = error == ERROR_ACCESS_DENIED;
        return toUtf8(folder.wstring()) + ": " + win32ErrorText(error);
    }
    BY_HANDLE_FILE_INFORMATION info{};
    if (!GetFileInformationByHandle(handle.value, &info))
        return toUtf8(folder.wstring()) + ": " + win32ErrorText(GetLastError());
    if (!(info.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY))
        return toUtf8(folder.wstring()) + " is not a folder; refusing to look inside it";
    if (!(info.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT))
        return {};

    // A link. Its kind and its owner, on a handle to the link itself (READ_CONTROL for the owner).
    FILE_ATTRIBUTE_TAG_INFO tag{};
    const bool tagRead = GetFileInformationByHandleEx(handle.value, FileAttributeTagInfo, &tag, sizeof tag) != FALSE;
    const LinkKind kind = tagRead && tag.ReparseTag == IO_REPARSE_TAG_MOUNT_POINT ? LinkKind::Junction : LinkKind::OtherReparsePoint;
    Handle link;
    link.value = CreateFileW(folder.c_str(), READ_CONTROL | FILE_READ_ATTRIBUTES, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                             nullptr, OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS | FILE_FLAG_OPEN_REPARSE_POINT, nullptr);
    const JunctionOwner madeBy = link.value == INVALID_HANDLE_VALUE ? JunctionOwner::Unknown : junctionOwner(link.value);
    if (!mayFollowTempFolderLink(kind, madeBy))
        return toUtf8(folder.wstring()) + (kind == LinkKind::Junction ? " is a junction made by " : " is a link made by ") +
               junctionOwnerName(madeBy) + "; refusing to follow it (only junctions made by SYSTEM, Administrators or "
               "TrustedInstaller are)";

    // Follow it: only SYSTEM and administrators can change a junction they made, and its target must be a plain folder.
    CloseHandle(handle.value);
    handle.value = openListing(FILE_FLAG_BACKUP_SEMANTICS);
    if (handle.value == INVALID_HANDLE_VALUE) {
        const DWORD error = GetLastError();
        accessDenied = error == ERROR_ACCESS_DENIED;
        return toUtf8(folder.wstring()) + " (a junction): its target: " + win32ErrorText(error);
    }
    if (!GetFileInformationByHandle(handle.value, &info))
        return toUtf8(folder.wstring()) + " (a junction): " + win32ErrorText(GetLastError());
    if ((info.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT) || !(info.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY))
        return toUtf8(folder.wstring()) + " is a junction to a link or to no folder; refusing to look inside it";
    std::wstring final(MAX_PATH, L'\0');
    DWORD length = GetFinalPathNameByHandleW(handle.value, final.data(), DWORD(final.size()), FILE_NAME_NORMALIZED | VOLUME_NAME_DOS);
    if (length >= final.size()) {
        final.assign(length + 1, L'\0');
        length = GetFinalPathNameByHandleW(handle.value, final.data(), DWORD(final.size()), FILE_NAME_NORMALIZED | VOLUME_NAME_DOS);
    }
    if (length == 0 || length >= final.size())
        return toUtf8(folder.wstring()) + " (a junction): its target's name: " + win32ErrorText(GetLastError());
    final.resize(length);
    effective = std::filesystem::path(final);
    if (target)
        *target = toUtf8(withoutLongPrefix(final));
    if (owner)
        *owner = junctionOwnerName(madeBy);
    return {};
}

// Lists the *.tmp entries of the open folder through its handle.
bool listTmpEntries(HANDLE folder, std::vector<Entry>& entries, std::string& error)
{
    std::vector<unsigned char> buffer(64 * 1024);
    FILE_INFO_BY_HANDLE_CLASS kind = FileIdBothDirectoryRestartInfo;
    while (true) {
        if (!GetFileInformationByHandleEx(folder, kind, buffer.data(), static_cast<DWORD>(buffer.size()))) {
            const DWORD code = GetLastError();
            if (code == ERROR_NO_MORE_FILES)
                return true;
            error = win32ErrorText(code);
            return false;
        }
        kind = FileIdBothDirectoryInfo;
        for (size_t offset = 0;;) {
            const auto* info = reinterpret_cast<const FILE_ID_BOTH_DIR_INFO*>(buffer.data() + offset);
            std::wstring name(info->FileName, info->FileNameLength / sizeof(wchar_t));
            if (isTmpName(toUtf8(name)))
                entries.push_back({std::move(name), info->FileAttributes, std::uint64_t(info->EndOfFile.QuadPart)});
            if (!info->NextEntryOffset)
                break;
            offset += info->NextEntryOffset;
        }
    }
}

bool isDeletePending(HANDLE file)
{
    FILE_STANDARD_INFO standard{};
    return GetFileInformationByHandleEx(file, FileStandardInfo, &standard, sizeof standard) && standard.DeletePending;
}

using Verdict = TmpVerdict;

TmpAttempt deleteOne(const std::filesystem::path& path)
{
    const LastNtStatus lastNtStatus = lastNtStatusReader();
    Handle file;
    file.value = CreateFileW(path.c_str(), DELETE | FILE_READ_ATTRIBUTES | SYNCHRONIZE, 0, nullptr, OPEN_EXISTING,
                             FILE_FLAG_OPEN_REPARSE_POINT, nullptr);
    if (file.value == INVALID_HANDLE_VALUE) {
        const DWORD error = GetLastError();
        if (error == ERROR_SHARING_VIOLATION || error == ERROR_LOCK_VIOLATION)
            return {Verdict::InUse};
        if (isGone(error, lastNtStatus))
            return {Verdict::Vanished};  // deleted by someone else first (a parallel cleanup): what was wanted
        return {Verdict::Failed, 0, win32ErrorText(error)};
    }
    BY_HANDLE_FILE_INFORMATION info{};
    if (!GetFileInformationByHandle(file.value, &info))
        return {Verdict::Failed, 0, win32ErrorText(GetLastError())};
    if (isDeletePending(file.value))
        return {Verdict::Vanished};
    if ((info.dwFileAttributes & kSkipAttributes) || info.nNumberOfLinks != 1)
        return {Verdict::NotRegular};
    if (info.dwFileAttributes & FILE_ATTRIBUTE_READONLY)
        return {Verdict::ReadOnly};

    DispositionInfoEx posix{kDispositionDelete | kDispositionPosixSemantics};
    if (!SetFileInformationByHandle(file.value, static_cast<FILE_INFO_BY_HANDLE_CLASS>(kFileDispositionInfoEx), &posix, sizeof posix)) {
        FILE_DISPOSITION_INFO classic{TRUE};
        if (!SetFileInformationByHandle(file.value, FileDispositionInfo, &classic, sizeof classic))
            return {Verdict::Failed, 0, win32ErrorText(GetLastError())};
    }
    return {Verdict::Deleted, (std::uint64_t(info.nFileSizeHigh) << 32) | info.nFileSizeLow};
}

// What the scan can learn without disturbing anyone. The listing has no link count, so each candidate is opened,
// with attribute access only and every sharing mode: such a handle never makes the file "in use" for the agent
// (sharing checks ignore attribute-only opens), costs one open per file like the cleanup's, and GetFileInformation-
// ByHandle gives the link count and fresh attributes. It cannot tell whether the file is in use: that needs an
// open with delete access and no sharing, which for a moment would make the agent's own opens of it fail.
enum class Seen { Clearable, Gone, NotRegular, ReadOnly, Unexamined };

Seen examine(const std::filesystem::path& path, std::uint64_t& size, std::string& error)
{
    const LastNtStatus lastNtStatus = lastNtStatusReader();
    Handle file;
    file.value = CreateFileW(path.c_str(), FILE_READ_ATTRIBUTES, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                             OPEN_EXISTING, FILE_FLAG_OPEN_REPARSE_POINT, nullptr);
    BY_HANDLE_FILE_INFORMATION info{};
    if (file.value == INVALID_HANDLE_VALUE || !GetFileInformationByHandle(file.value, &info)) {
        const DWORD code = GetLastError();
        if (file.value == INVALID_HANDLE_VALUE && isGone(code, lastNtStatus))
            return Seen::Gone;
        error = win32ErrorText(code);
        return Seen::Unexamined;
    }
    if (isDeletePending(file.value))
        return Seen::Gone;
    if ((info.dwFileAttributes & kSkipAttributes) || info.nNumberOfLinks != 1)
        return Seen::NotRegular;
    if (info.dwFileAttributes & FILE_ATTRIBUTE_READONLY)
        return Seen::ReadOnly;
    size = (std::uint64_t(info.nFileSizeHigh) << 32) | info.nFileSizeLow;
    return Seen::Clearable;
}

}  // namespace

std::vector<std::filesystem::path> Win32TempFiles::agentTempFolders()
{
    wchar_t windows[MAX_PATH];
    const UINT length = GetSystemWindowsDirectoryW(windows, MAX_PATH);
    const std::filesystem::path root = length && length < MAX_PATH ? std::filesystem::path(windows) : std::filesystem::path(L"C:\\Windows");
    std::vector<std::filesystem::path> folders{root / L"Temp"};
    const DWORD systemTemp = GetFileAttributesW((root / L"SystemTemp").c_str());
    if (systemTemp != INVALID_FILE_ATTRIBUTES && (systemTemp & FILE_ATTRIBUTE_DIRECTORY))
        folders.push_back(root / L"SystemTemp");
    return folders;
}

TmpScan Win32TempFiles::scanTmpFiles(const std::filesystem::path& folderGiven)
{
    TmpScan scan;
    Handle handle;
    std::filesystem::path inside;
    scan.error = openFolder(folderGiven, handle, scan.accessDenied, inside, &scan.junctionTarget, &scan.junctionOwner);
    if (!scan.error.empty())
        return scan;
    const std::filesystem::path& folder = inside;
    std::vector<Entry> entries;
    if (!listTmpEntries(handle.value, entries, scan.error))
        return scan;
    for (const Entry& entry : entries) {
        if (entry.attributes & kSkipAttributes) {
            ++scan.notRegular;
            continue;
        }
        std::uint64_t size = 0;
        std::string error;
        switch (examine(folder / entry.name, size, error)) {
        case Seen::Clearable: ++scan.files; scan.bytes += size; break;
        case Seen::Gone: break;
        case Seen::NotRegular: ++scan.notRegular; break;
        case Seen::ReadOnly: ++scan.readOnly; break;
        case Seen::Unexamined:
            if (scan.unexamined++ == 0)
                scan.unexaminedError = toUtf8((folder / entry.name).wstring()) + ": " + error;
            break;
        }
    }
    scan.ok = true;
    return scan;
}

TmpCleanup Win32TempFiles::deleteTmpFiles(const std::filesystem::path& folderGiven, Progress& progress)
{
    TmpCleanup cleanup;
    Handle handle;
    bool accessDenied = false;
    std::filesystem::path inside;
    cleanup.error = openFolder(folderGiven, handle, accessDenied, inside);
    const std::filesystem::path& folder = inside;
    std::vector<Entry> entries;
    if (!cleanup.error.empty() || !listTmpEntries(handle.value, entries, cleanup.error))
        return cleanup;
    cleanup.ok = true;
    progress.total = entries.size();
    std::vector<std::wstring> busy;
    for (const Entry& entry : entries) {
        if (progress.cancel) {
            cleanup.cancelled = true;
            break;
        }
        ++progress.done;
        if (entry.attributes & kSkipAttributes) {
            tally(cleanup, Verdict::NotRegular, 0, toUtf8(entry.name));
            continue;
        }
        const TmpAttempt result = deleteOne(folder / entry.name);
        if (result.verdict == Verdict::InUse)
            busy.push_back(entry.name);
        else
            tally(cleanup, result.verdict, result.size, toUtf8(entry.name), result.failure);
    }
    retryInUse(
        cleanup, progress, std::move(busy), [] {}, [&](const std::wstring& name) { return deleteOne(folder / name); },
        [](const std::wstring& name) { return toUtf8(name); });
    return cleanup;
}

}  // namespace mars::platform::win32

namespace mars::platform {

std::unique_ptr<TempFiles> makeSystemTempFiles()
{
    return std::make_unique<win32::Win32TempFiles>();
}

}  // namespace mars::platform
