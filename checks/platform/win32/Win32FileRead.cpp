#include "../FileRead.h"
#include "../TextConversion.h"

#include <windows.h>

#include <algorithm>

namespace mars::platform {

NoFollowFile::~NoFollowFile()
{
    if (m_handle != INVALID_HANDLE_VALUE)
        CloseHandle(m_handle);
}

FileRead::State NoFollowFile::open(const std::filesystem::path& path, std::string* reason)
{
    // FILE_FLAG_OPEN_REPARSE_POINT opens a symbolic link or junction itself, so its attributes show it and it is
    // refused; GetFileType refuses pipes (\\.\pipe\...) and character devices (CON, NUL, COM1). The sharing lets the
    // agent go on writing its log.
    HANDLE file = CreateFileW(path.c_str(), GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING,
                              FILE_ATTRIBUTE_NORMAL | FILE_FLAG_OPEN_REPARSE_POINT, nullptr);
    if (file == INVALID_HANDLE_VALUE) {
        const DWORD code = GetLastError();
        if (code == ERROR_FILE_NOT_FOUND || code == ERROR_PATH_NOT_FOUND)
            return FileRead::State::Missing;
        // A folder cannot be opened without FILE_FLAG_BACKUP_SEMANTICS: access denied, which here means "a folder".
        const DWORD attributes = GetFileAttributesW(path.c_str());
        if (code == ERROR_ACCESS_DENIED && attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_DIRECTORY)) {
            *reason = "it is a folder, not a file";
            return FileRead::State::Refused;
        }
        if (code == ERROR_PIPE_BUSY) {
            *reason = "it is a pipe, not a regular file";
            return FileRead::State::Refused;
        }
        *reason = win32ErrorText(code);
        return FileRead::State::Failed;
    }
    BY_HANDLE_FILE_INFORMATION info{};
    const char* refusal = nullptr;
    if (GetFileType(file) != FILE_TYPE_DISK) {
        refusal = "it is a pipe or device, not a regular file";
    } else if (!GetFileInformationByHandle(file, &info)) {
        *reason = win32ErrorText(GetLastError());
        CloseHandle(file);
        return FileRead::State::Failed;
    } else if (info.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT) {
        refusal = "it is a link (reparse point, never read through)";
    } else if (info.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) {
        refusal = "it is a folder, not a file";
    } else if (info.nNumberOfLinks != 1) {
        refusal = "it has other hard links (never read through a link)";
    }
    if (refusal) {
        *reason = refusal;
        CloseHandle(file);
        return FileRead::State::Refused;
    }
    m_handle = file;
    m_size = (std::uint64_t(info.nFileSizeHigh) << 32) | info.nFileSizeLow;
    // FILETIME counts 100 ns from 1601; 11644473600 s lie between 1601 and 1970.
    const std::uint64_t ticks = (std::uint64_t(info.ftLastWriteTime.dwHighDateTime) << 32) | info.ftLastWriteTime.dwLowDateTime;
    m_modifiedMs = ticks ? std::int64_t(ticks / 10000) - 11644473600000LL : 0;
    // The volume's serial number and the file index name the file as st_dev and st_ino do: GHC's base library
    // (cbits/Win32Utils.c, get_unique_file_info) identifies an open file by the same two fields of the same call.
    m_identity.volume = info.dwVolumeSerialNumber;
    m_identity.file = (std::uint64_t(info.nFileIndexHigh) << 32) | info.nFileIndexLow;
    m_identity.size = m_size;
    m_identity.modified = std::int64_t(ticks);
    return FileRead::State::Read;
}

bool NoFollowFile::readAt(std::uint64_t offset, std::uint64_t count, std::string& out, std::string* reason)
{
    while (count > 0) {
        const DWORD want = static_cast<DWORD>(nextChunk(offset, count));
        OVERLAPPED at{};
        at.Offset = static_cast<DWORD>(offset & 0xFFFFFFFFu);
        at.OffsetHigh = static_cast<DWORD>(offset >> 32);
        const std::size_t had = out.size();
        out.resize(had + want);
        DWORD got = 0;
        if (!ReadFile(m_handle, out.data() + had, want, &got, &at)) {
            const DWORD code = GetLastError();
            out.resize(had);
            if (code == ERROR_HANDLE_EOF)
                break;
            *reason = win32ErrorText(code);
            return false;
        }
        out.resize(had + got);
        if (got == 0)
            break;
        offset += got;
        count -= got;
    }
    return true;
}

}  // namespace mars::platform
