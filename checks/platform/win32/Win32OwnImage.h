#pragma once
// The Win32 side of OwnImage.h, open to the Wine tests: holding a named file as this process's own image.
#include "../OwnImage.h"

#include <windows.h>

#include <string>

namespace mars::platform::win32 {

// Opens `path` for reading with sharing for readers only (no one may write, rename or delete it while `file` is
// open) and checks it is the file this process was loaded from. `file` is set only when that holds.
OwnImage holdImageFile(const std::wstring& path, HANDLE& file);

}  // namespace mars::platform::win32
