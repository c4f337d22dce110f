#pragma once
// UTF-8 <-> UTF-16 for the Win32 layer; messages leave the platform layer as UTF-8.
#ifdef _WIN32
#include <string>
#include <windows.h>

namespace mars::platform {

inline std::string toUtf8(const std::wstring& wide)
{
    if (wide.empty())
        return {};
    const int size = WideCharToMultiByte(CP_UTF8, 0, wide.data(), static_cast<int>(wide.size()), nullptr, 0, nullptr, nullptr);
    std::string text(static_cast<size_t>(size), '\0');
    WideCharToMultiByte(CP_UTF8, 0, wide.data(), static_cast<int>(wide.size()), text.data(), size, nullptr, nullptr);
    return text;
}

inline std::wstring toWide(const std::string& text)
{
    if (text.empty())
        return {};
    const int size = MultiByteToWideChar(CP_UTF8, 0, text.data(), static_cast<int>(text.size()), nullptr, 0);
    std::wstring wide(static_cast<size_t>(size), L'\0');
    MultiByteToWideChar(CP_UTF8, 0, text.data(), static_cast<int>(text.size()), wide.data(), size);
    return wide;
}

// "Access is denied. (error 5)"
inline std::string win32ErrorText(DWORD code)
{
    wchar_t* buffer = nullptr;
    const DWORD length = FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
                                        nullptr, code, 0, reinterpret_cast<wchar_t*>(&buffer), 0, nullptr);
    // Where the system has no text for a code (Wine has few), the common ones are named here: a full disk must not
    // read as "Unknown error".
    auto known = [](DWORD error) -> std::wstring {
        switch (error) {
        case ERROR_DISK_FULL:
        case ERROR_HANDLE_DISK_FULL: return L"There is not enough space on the disk";
        case ERROR_ACCESS_DENIED: return L"Access is denied";
        case ERROR_SHARING_VIOLATION: return L"The file is in use by another process";
        case ERROR_FILE_NOT_FOUND: return L"The file was not found";
        case ERROR_PATH_NOT_FOUND: return L"The path was not found";
        case ERROR_WRITE_PROTECT: return L"The media is write protected";
        default: return L"Unknown error";
        }
    };
    std::wstring message = length ? std::wstring(buffer, length) : known(code);
    LocalFree(buffer);
    while (!message.empty() && (message.back() == L'\n' || message.back() == L'\r' || message.back() == L' ' || message.back() == L'.'))
        message.pop_back();
    return toUtf8(message) + " (error " + std::to_string(code) + ")";
}

}  // namespace mars::platform
#endif
