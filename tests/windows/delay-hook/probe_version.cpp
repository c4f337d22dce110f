// Calls version.dll, delay-loaded (cmake/DelayLoad.cmake): built twice, with the program's System32 hook and without
// it, and run beside a planted version.dll by tests/windows/wine-delay-hook.sh. No SetDefaultDllDirectories here, so
// only the hook decides where version.dll comes from.
#include <windows.h>

#include <cstdio>

int main()
{
    wchar_t system[MAX_PATH];
    GetSystemDirectoryW(system, MAX_PATH);
    lstrcatW(system, L"\\kernel32.dll");
    DWORD handle = 0;
    const DWORD size = GetFileVersionInfoSizeW(system, &handle);
    std::printf("version info of kernel32.dll: %lu bytes\n", static_cast<unsigned long>(size));
    return size ? 0 : 1;
}
