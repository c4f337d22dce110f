// MarsSetupDoctorElevated.exe: what "Restart as administrator" starts, instead of the program itself.
//
// Why. The loader resolves a program's static imports before main() runs, searching the program's own folder before
// System32 for every DLL that is not a KnownDLL. Qt's DLLs import several such system DLLs (version, userenv, dwmapi,
// uxtheme, iphlpapi, dnsapi, netapi32, ...), so a program started elevated from Downloads runs any version.dll a
// browser once saved there, as administrator. SetDefaultDllDirectories in main() comes too late for that.
// The three ways out, and the one taken:
// - Delay-loading the system DLLs: only covers our own exe's imports, not Qt's DLLs (whose import tables we do not
//   relink), and Qt's C++ data imports (staticMetaObject, ...) cannot be delay-loaded.
// - DependentLoadFlags (/DEPENDENTLOADFLAG, honoured from Windows 10 1607): it applies to the imports of the image
//   that carries it, so it would have to be in every Qt DLL; and with LOAD_LIBRARY_SEARCH_SYSTEM32 alone the exe
//   could not find Qt's DLLs beside it, while adding APPLICATION_DIR puts the program's folder first again. (Once the
//   program is one static exe importing only system DLLs, this becomes the simple answer.)
// - Chosen: this starter imports only KnownDLLs (kernel32, advapi32, msvcrt; checked by the windows_elevated_starter
//   test; user32 for its one error message is loaded from System32 only when needed), so nothing beside it is loaded
//   when it starts elevated. It copies the program's
//   own files, and only those (by the list the build gives it, never "everything in the folder"), into a new folder
//   in %ProgramData% that only SYSTEM and Administrators can write, starts the program from there with the same
//   arguments, waits, passes on its exit code and removes the copy. A planted DLL is never copied, so the elevated
//   program's folder holds none, and its system DLLs come from System32.
// What it does not defend against: someone who can replace the program's own files in that folder; the signature
// (scripts/sign-windows.sh, shown in the report) is how a helpdesk tells its own copy from a tampered one.
#include "ElevatedFiles.h"

#include <windows.h>
#include <sddl.h>

#include <string>
#include <vector>

namespace {

bool chinese()
{
    return PRIMARYLANGID(GetUserDefaultUILanguage()) == LANG_CHINESE;
}

// The starter has no Qt and no catalogue: its one message comes in the two languages the program speaks.
int refuse(const std::wstring& detail)
{
    const std::wstring text = chinese()
        ? L"无法以管理员身份启动 MARS Setup Doctor：无法在仅管理员可写的文件夹中准备程序副本。\n\n" + detail
        : L"MARS Setup Doctor could not start as administrator: it could not prepare its copy in a folder only "
          L"administrators can write.\n\n" + detail;
    // user32 only now, from System32 (SetDefaultDllDirectories below): imported statically, its dependencies would be
    // looked for beside the starter under Wine, whose user32 imports version.dll.
    using MessageBoxFn = int(WINAPI*)(HWND, LPCWSTR, LPCWSTR, UINT);
    if (HMODULE user32 = LoadLibraryExW(L"user32.dll", nullptr, 0x00000800 /* LOAD_LIBRARY_SEARCH_SYSTEM32 */))
        if (const auto box = reinterpret_cast<MessageBoxFn>(reinterpret_cast<void*>(GetProcAddress(user32, "MessageBoxW"))))
            box(nullptr, text.c_str(), L"MARS Setup Doctor", MB_OK | MB_ICONERROR);
    return 2;
}

std::wstring errorText(DWORD error)
{
    wchar_t* buffer = nullptr;
    FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, nullptr,
                   error, 0, reinterpret_cast<wchar_t*>(&buffer), 0, nullptr);
    std::wstring text = buffer ? buffer : L"";
    LocalFree(buffer);
    while (!text.empty() && (text.back() == L'\n' || text.back() == L'\r'))
        text.pop_back();
    return text + L" (" + std::to_wstring(error) + L")";
}

std::wstring ownFolder()
{
    std::vector<wchar_t> path(MAX_PATH);
    for (;;) {
        const DWORD length = GetModuleFileNameW(nullptr, path.data(), static_cast<DWORD>(path.size()));
        if (length == 0)
            return {};
        if (length < path.size()) {
            std::wstring full(path.data(), length);
            return full.substr(0, full.find_last_of(L"\\/"));
        }
        path.resize(path.size() * 2);
    }
}

// %ProgramData% as Windows records it (ProfileList, HKLM: only administrators change it), not from the environment the
// user controls; %SystemDrive% in it is the drive Windows is on. Without that value: <Windows drive>\ProgramData.
std::wstring programData()
{
    wchar_t windows[MAX_PATH];
    const UINT length = GetSystemWindowsDirectoryW(windows, MAX_PATH);
    if (length < 2 || length >= MAX_PATH || windows[1] != L':')
        return {};
    const std::wstring drive(windows, 2);
    wchar_t value[MAX_PATH] = {};
    DWORD size = sizeof value;
    if (RegGetValueW(HKEY_LOCAL_MACHINE, L"SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList", L"ProgramData",
                     RRF_RT_REG_SZ | RRF_RT_REG_EXPAND_SZ | RRF_NOEXPAND, nullptr, value, &size) != ERROR_SUCCESS)
        return drive + L"\\ProgramData";
    std::wstring path = value;
    const std::wstring variable = L"%SystemDrive%";
    if (path.size() >= variable.size() && CompareStringOrdinal(path.c_str(), int(variable.size()), variable.c_str(),
                                                               int(variable.size()), TRUE) == CSTR_EQUAL)
        path = drive + path.substr(variable.size());
    // Anything else still holding a variable, or not a full path, is not trusted: the default instead.
    if (path.find(L'%') != std::wstring::npos || path.size() < 3 || path[1] != L':' || path[2] != L'\\')
        return drive + L"\\ProgramData";
    while (path.size() > 3 && path.back() == L'\\')
        path.pop_back();
    return path;
}

// A new folder, protected from inheritance: SYSTEM and Administrators full control, Users read and run. Created, never
// reused: CreateDirectoryW fails on anything already there (a folder, a file or a junction someone put in the way).
// %ProgramData% lets users create folders but not delete or rename other people's, so the copy stays ours.
bool makePrivateFolder(const std::wstring& parent, std::wstring& folder, std::wstring& error)
{
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    if (!ConvertStringSecurityDescriptorToSecurityDescriptorW(L"D:P(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICI;GRGX;;;BU)",
                                                              SDDL_REVISION_1, &descriptor, nullptr)) {
        error = L"security descriptor: " + errorText(GetLastError());
        return false;
    }
    SECURITY_ATTRIBUTES attributes{sizeof attributes, descriptor, FALSE};
    bool made = false;
    for (unsigned attempt = 0; attempt < 64 && !made; ++attempt) {
        folder = parent + L"\\MARS Setup Doctor elevated " + std::to_wstring(GetCurrentProcessId()) + L"-" +
                 std::to_wstring(GetTickCount64()) + L"-" + std::to_wstring(attempt);
        made = CreateDirectoryW(folder.c_str(), &attributes) != FALSE;
        if (!made && GetLastError() != ERROR_ALREADY_EXISTS) {
            error = folder + L": " + errorText(GetLastError());
            break;
        }
    }
    LocalFree(descriptor);
    if (!made && error.empty())
        error = parent + L": no free folder name";
    return made;
}

// The child's command line: our own arguments exactly as they came (already quoted by the caller), after the copy's
// path. argv[0] ends at the first unquoted space, or at the closing quote (the CreateProcess rule).
std::wstring argumentsAfterProgramName()
{
    const wchar_t* line = GetCommandLineW();
    if (*line == L'"') {
        ++line;
        while (*line && *line != L'"')
            ++line;
        if (*line)
            ++line;
    } else {
        while (*line && *line != L' ' && *line != L'\t')
            ++line;
    }
    while (*line == L' ' || *line == L'\t')
        ++line;
    return line;
}

void removeCopy(const std::wstring& folder)
{
    // The program has exited; its files are not in use. Files first, then the folders, deepest first.
    for (const wchar_t* file : mars::elevated::programFiles)
        DeleteFileW((folder + L"\\" + file).c_str());
    for (auto it = std::rbegin(mars::elevated::programFolders); it != std::rend(mars::elevated::programFolders); ++it)
        RemoveDirectoryW((folder + L"\\" + *it).c_str());
    RemoveDirectoryW(folder.c_str());
}

}  // namespace

int WINAPI wWinMain(HINSTANCE, HINSTANCE, PWSTR, int)
{
    // Whatever this starter loads later comes from System32 only. Looked up, like every call the headers at Windows 7
    // (0x0601) hide; it is in every Windows the program supports.
    using SetDefaultDllDirectoriesFn = BOOL(WINAPI*)(DWORD);
    if (const auto setDefault = reinterpret_cast<SetDefaultDllDirectoriesFn>(reinterpret_cast<void*>(
            GetProcAddress(GetModuleHandleW(L"kernel32.dll"), "SetDefaultDllDirectories"))))
        setDefault(0x00000800 /* LOAD_LIBRARY_SEARCH_SYSTEM32 */);

    const std::wstring source = ownFolder();
    const std::wstring parent = programData();
    if (source.empty() || parent.empty())
        return refuse(L"GetModuleFileName / GetSystemWindowsDirectory: " + errorText(GetLastError()));
    std::wstring copy, error;
    if (!makePrivateFolder(parent, copy, error))
        return refuse(error);

    for (const wchar_t* folder : mars::elevated::programFolders) {
        if (!CreateDirectoryW((copy + L"\\" + folder).c_str(), nullptr)) {
            error = copy + L"\\" + folder + L": " + errorText(GetLastError());
            removeCopy(copy);
            return refuse(error);
        }
    }
    for (const wchar_t* file : mars::elevated::programFiles) {
        if (!CopyFileW((source + L"\\" + file).c_str(), (copy + L"\\" + file).c_str(), TRUE)) {
            error = source + L"\\" + file + L": " + errorText(GetLastError());
            removeCopy(copy);
            return refuse(error);
        }
    }

    std::wstring commandLine = L"\"" + copy + L"\\" + mars::elevated::programName + L"\"";
    const std::wstring arguments = argumentsAfterProgramName();
    if (!arguments.empty())
        commandLine += L" " + arguments;
    STARTUPINFOW startup{};
    startup.cb = sizeof startup;
    GetStartupInfoW(&startup);
    PROCESS_INFORMATION process{};
    const std::wstring program = copy + L"\\" + mars::elevated::programName;
    // The working folder stays the caller's (relative paths the user typed keep their meaning); it comes after
    // System32 in the search for DLLs, unlike the program's own folder.
    if (!CreateProcessW(program.c_str(), commandLine.data(), nullptr, nullptr, TRUE, 0, nullptr, nullptr, &startup,
                        &process)) {
        error = program + L": " + errorText(GetLastError());
        removeCopy(copy);
        return refuse(error);
    }
    CloseHandle(process.hThread);
    WaitForSingleObject(process.hProcess, INFINITE);
    DWORD exitCode = 1;
    GetExitCodeProcess(process.hProcess, &exitCode);
    CloseHandle(process.hProcess);
    removeCopy(copy);
    return static_cast<int>(exitCode);
}
