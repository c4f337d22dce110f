#pragma once
// What the Win32 implementation files share: the platform's types and Windows itself.
#include "../Platform.h"

#include <windows.h>

#include <optional>

namespace mars::platform {

// Whether this process's token is elevated; nullopt when the token cannot be read (each caller decides what
// unknown means for it).
inline std::optional<bool> tokenElevated()
{
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
        return std::nullopt;
    TOKEN_ELEVATION elevation{};
    DWORD size = 0;
    const BOOL ok = GetTokenInformation(token, TokenElevation, &elevation, sizeof elevation, &size);
    CloseHandle(token);
    if (!ok)
        return std::nullopt;
    return elevation.TokenIsElevated != 0;
}

}  // namespace mars::platform
