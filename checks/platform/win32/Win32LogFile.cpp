#include "../LogFile.h"
#include "../TextConversion.h"

#include <windows.h>

namespace mars::platform {

std::string LogFile::open(const std::filesystem::path& path, bool createNew, bool* refused)
{
    close();
    const std::string name = toUtf8(path.wstring());
    bool refusal = true;
    std::string error;
    // FILE_FLAG_OPEN_REPARSE_POINT opens a symbolic link or junction itself, so its attributes show it and it is
    // refused; GetFileType refuses pipes (\\.\pipe\...) and character devices (CON, NUL, COM1).
    HANDLE file = CreateFileW(path.c_str(), FILE_APPEND_DATA | FILE_READ_ATTRIBUTES | SYNCHRONIZE,
                              FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, createNew ? CREATE_NEW : OPEN_ALWAYS,
                              FILE_ATTRIBUTE_NORMAL | FILE_FLAG_OPEN_REPARSE_POINT, nullptr);
    BY_HANDLE_FILE_INFORMATION info{};
    if (file == INVALID_HANDLE_VALUE) {
        const DWORD code = GetLastError();
        // A folder cannot be opened without FILE_FLAG_BACKUP_SEMANTICS: access denied, which here means "a folder".
        const DWORD attributes = GetFileAttributesW(path.c_str());
        if (code == ERROR_ACCESS_DENIED && attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_DIRECTORY)) {
            error = name + " is a folder, not a file";
        } else {
            refusal = code == ERROR_FILE_EXISTS || code == ERROR_PIPE_BUSY;
            error = name + ": " + win32ErrorText(code);
        }
    } else if (GetFileType(file) != FILE_TYPE_DISK) {
        error = name + " is a pipe or device, not a regular file";
    } else if (!GetFileInformationByHandle(file, &info)) {
        refusal = false;
        error = name + ": " + win32ErrorText(GetLastError());
    } else if (info.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT) {
        error = name + " is a link (reparse point); the log is never written through a link";
    } else if (info.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) {
        error = name + " is a folder, not a file";
    } else if (info.nNumberOfLinks != 1) {
        error = name + " has other hard links; the log is never written through a link";
    }
    if (!error.empty()) {
        if (file != INVALID_HANDLE_VALUE)
            CloseHandle(file);
        if (refused)
            *refused = refusal;
        return error;
    }
    m_handle = file;
    m_size = (std::uint64_t(info.nFileSizeHigh) << 32) | info.nFileSizeLow;
    return {};
}

bool LogFile::write(std::string_view text)
{
    while (isOpen() && !text.empty()) {
        DWORD written = 0;
        const DWORD chunk = text.size() > 1u << 20 ? 1u << 20 : static_cast<DWORD>(text.size());
        if (!WriteFile(m_handle, text.data(), chunk, &written, nullptr) || written == 0)
            return false;
        m_size += written;
        text.remove_prefix(written);
    }
    return isOpen();
}

bool LogFile::isOpen() const
{
    return m_handle != INVALID_HANDLE_VALUE;
}

void LogFile::close()
{
    if (isOpen())
        CloseHandle(m_handle);
    m_handle = INVALID_HANDLE_VALUE;
    m_size = 0;
}

}  // namespace mars::platform
