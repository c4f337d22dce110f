#include "Win32ProbeLeftovers.h"
#include "../TextConversion.h"

#include <aclapi.h>
#include <sddl.h>

#include <chrono>
#include <cwctype>
#include <thread>

namespace mars::platform {

namespace {
// True when SYSTEM or Administrators own `path`; `owner` says who does (a SID), for the report.
bool ownedByAdministrators(const std::wstring& path, std::string& owner)
{
    PSID sid = nullptr;
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    const DWORD error = GetNamedSecurityInfoW(path.c_str(), SE_FILE_OBJECT, OWNER_SECURITY_INFORMATION, &sid, nullptr, nullptr, nullptr, &descriptor);
    if (error != ERROR_SUCCESS) {
        owner = "unknown (" + win32ErrorText(error) + ")";
        return false;
    }
    bool ours = false;
    for (WELL_KNOWN_SID_TYPE type : {WinLocalSystemSid, WinBuiltinAdministratorsSid})
        ours = ours || IsWellKnownSid(sid, type);
    LPWSTR text = nullptr;
    owner = sid && ConvertSidToStringSidW(sid, &text) ? toUtf8(text) : "unknown";
    LocalFree(text);
    LocalFree(descriptor);
    return ours;
}

bool isReparsePoint(const std::wstring& path)
{
    const DWORD attributes = GetFileAttributesW(path.c_str());
    return attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_REPARSE_POINT);
}
}  // namespace

bool removeProbeCopy(const ProbeProgram& program, const std::wstring& folder, int attempts)
{
    for (int attempt = 0; attempt < attempts; ++attempt) {
        DeleteFileW((folder + L"\\" + kProbeResultName).c_str());
        for (const std::string& file : program.files)
            DeleteFileW((folder + L"\\" + toWide(file)).c_str());
        for (auto it = program.folders.rbegin(); it != program.folders.rend(); ++it)
            RemoveDirectoryW((folder + L"\\" + toWide(*it)).c_str());
        if (RemoveDirectoryW(folder.c_str()) || GetLastError() == ERROR_FILE_NOT_FOUND)
            return true;
        if (attempt + 1 < attempts)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return false;
}

bool leftByEndedProcess(const std::wstring& name)
{
    const std::wstring prefix = toWide(SystemAccount::kNamePrefix);
    if (name.compare(0, prefix.size(), prefix) != 0)
        return false;
    DWORD pid = 0;
    std::size_t i = prefix.size();
    for (; i < name.size() && std::iswdigit(name[i]) && pid < 100000000; ++i)
        pid = pid * 10 + DWORD(name[i] - L'0');
    if (i == prefix.size() || i >= name.size() || name[i] != L'-' || pid == GetCurrentProcessId())
        return false;
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, pid);
    if (!process)
        return GetLastError() == ERROR_INVALID_PARAMETER;  // no such process; any other refusal: leave it
    DWORD code = 0;
    const bool ended = GetExitCodeProcess(process, &code) && code != STILL_ACTIVE;
    CloseHandle(process);
    return ended;
}

void sweepLeftovers(ITaskFolder* root, const std::wstring& programData, const ProbeProgram& program, std::vector<std::string>& steps)
{
    WIN32_FIND_DATAW found{};
    HANDLE search = FindFirstFileW((programData + L"\\" + toWide(SystemAccount::kNamePrefix) + L"*").c_str(), &found);
    if (search == INVALID_HANDLE_VALUE)
        return;
    do {
        const std::wstring folder = programData + L"\\" + found.cFileName;
        if (!(found.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) || (found.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT) ||
            !leftByEndedProcess(found.cFileName))
            continue;
        // The task has the folder's name. Only administrators can make a task in the root folder, so whoever made
        // this folder, a task of that name is an ended run's.
        BSTR task = SysAllocString(found.cFileName);
        if (SUCCEEDED(root->DeleteTask(task, 0)))
            steps.push_back("left by an earlier run: task \\" + toUtf8(found.cFileName) + " removed");
        SysFreeString(task);
        std::string owner;
        if (!ownedByAdministrators(folder, owner)) {
            steps.push_back("folder " + toUtf8(folder) + " has the probe's name but is owned by " + owner + ", not SYSTEM or Administrators: left alone");
            continue;
        }
        bool linked = false;
        for (const std::string& sub : program.folders)
            linked = linked || isReparsePoint(folder + L"\\" + toWide(sub));
        if (linked) {
            steps.push_back("folder " + toUtf8(folder) + " holds a link where the copy has a folder: left alone");
            continue;
        }
        steps.push_back(removeProbeCopy(program, folder, 1) ? "left by an earlier run: folder " + toUtf8(folder) + " removed"
                                                            : "left by an earlier run: folder " + toUtf8(folder) + " could not be removed (it holds "
                                                              "other files)");
    } while (FindNextFileW(search, &found));
    FindClose(search);
}

}  // namespace mars::platform
