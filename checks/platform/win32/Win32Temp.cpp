// Temp cleanup through handles, the Windows way (../../../shared/domain/wine.md explains why Wine cannot prove it):
// the folder is opened without following a reparse point and enumerated through that handle; each candidate is
// opened with FILE_FLAG_OPEN_REPARSE_POINT and no sharing (so a file in use is skipped), re-checked on the handle
// (not a folder, not a reparse point, one link, not read-only) and deleted through the same handle.
#include "../TextConversion.h"
#include "../TmpCleanupTally.h"
#include "../TmpNames.h"
#include "Win32Parts.h"

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

std::string openFolder(const std::filesystem::path& folder, Handle& handle, bool& accessDenied)
{
    handle.value = CreateFileW(folder.c_str(), FILE_LIST_DIRECTORY | FILE_READ_ATTRIBUTES, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                               nullptr, OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS | FILE_FLAG_OPEN_REPARSE_POINT, nullptr);
    if (handle.value == INVALID_HANDLE_VALUE) {
        const DWORD error = GetLastError();
        accessDenied = error == ERROR_ACCESS_DENIED;
        return toUtf8(folder.wstring()) + ": " + win32ErrorText(error);
    }
    BY_HANDLE_FILE_INFORMATION info{};
    if (!GetFileInformationByHandle(handle.value, &info))
        return toUtf8(folder.wstring()) + ": " + win32ErrorText(GetLastError());
    if ((info.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT) || !(info.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY))
        return toUtf8(folder.wstring()) + " is a junction, link or not a folder; refusing to look inside it";
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

using Verdict = TmpVerdict;

Verdict deleteOne(const std::filesystem::path& path, std::uint64_t& size, DWORD& error)
{
    Handle file;
    file.value = CreateFileW(path.c_str(), DELETE | FILE_READ_ATTRIBUTES | SYNCHRONIZE, 0, nullptr, OPEN_EXISTING,
                             FILE_FLAG_OPEN_REPARSE_POINT, nullptr);
    if (file.value == INVALID_HANDLE_VALUE) {
        error = GetLastError();
        if (error == ERROR_SHARING_VIOLATION || error == ERROR_LOCK_VIOLATION)
            return Verdict::InUse;
        if (error == ERROR_FILE_NOT_FOUND)
            return Verdict::Vanished;
        return Verdict::Failed;
    }
    BY_HANDLE_FILE_INFORMATION info{};
    if (!GetFileInformationByHandle(file.value, &info)) {
        error = GetLastError();
        return Verdict::Failed;
    }
    if ((info.dwFileAttributes & kSkipAttributes) || info.nNumberOfLinks != 1)
        return Verdict::NotRegular;
    if (info.dwFileAttributes & FILE_ATTRIBUTE_READONLY)
        return Verdict::ReadOnly;

    DispositionInfoEx posix{kDispositionDelete | kDispositionPosixSemantics};
    if (!SetFileInformationByHandle(file.value, static_cast<FILE_INFO_BY_HANDLE_CLASS>(kFileDispositionInfoEx), &posix, sizeof posix)) {
        FILE_DISPOSITION_INFO classic{TRUE};
        if (!SetFileInformationByHandle(file.value, FileDispositionInfo, &classic, sizeof classic)) {
            error = GetLastError();
            return Verdict::Failed;
        }
    }
    size = (std::uint64_t(info.nFileSizeHigh) << 32) | info.nFileSizeLow;
    return Verdict::Deleted;
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

TmpScan Win32TempFiles::scanTmpFiles(const std::filesystem::path& folder)
{
    TmpScan scan;
    Handle handle;
    scan.error = openFolder(folder, handle, scan.accessDenied);
    if (!scan.error.empty())
        return scan;
    std::vector<Entry> entries;
    if (!listTmpEntries(handle.value, entries, scan.error))
        return scan;
    for (const Entry& entry : entries) {
        if (entry.attributes & kSkipAttributes) {
            ++scan.notRegular;
            continue;
        }
        ++scan.files;
        scan.bytes += entry.size;
    }
    scan.ok = true;
    return scan;
}

TmpCleanup Win32TempFiles::deleteTmpFiles(const std::filesystem::path& folder, Progress& progress)
{
    TmpCleanup cleanup;
    Handle handle;
    bool accessDenied = false;
    cleanup.error = openFolder(folder, handle, accessDenied);
    std::vector<Entry> entries;
    if (!cleanup.error.empty() || !listTmpEntries(handle.value, entries, cleanup.error))
        return cleanup;
    cleanup.ok = true;
    progress.total = entries.size();
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
        std::uint64_t size = 0;
        DWORD error = 0;
        const Verdict verdict = deleteOne(folder / entry.name, size, error);
        tally(cleanup, verdict, size, toUtf8(entry.name), verdict == Verdict::Failed ? win32ErrorText(error) : "");
    }
    return cleanup;
}

}  // namespace mars::platform::win32

namespace mars::platform {

std::unique_ptr<TempFiles> makeSystemTempFiles()
{
    return std::make_unique<win32::Win32TempFiles>();
}

}  // namespace mars::platform
