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

// An account name or SID string as a SID string ("SYSTEM", "NT AUTHORITY\SYSTEM" and "S-1-5-18" all give S-1-5-18);
// empty when it names no account here.
std::wstring sidOf(const std::wstring& account)
{
    if (account.empty())
        return {};
    PSID sid = nullptr;
    std::wstring text;
    if (ConvertStringSidToSidW(account.c_str(), &sid)) {
        LPWSTR canonical = nullptr;
        if (ConvertSidToStringSidW(sid, &canonical))
            text = canonical;
        LocalFree(canonical);
        LocalFree(sid);
        return text;
    }
    BYTE buffer[SECURITY_MAX_SID_SIZE];
    DWORD size = sizeof buffer;
    wchar_t domain[256];
    DWORD domainSize = 256;
    SID_NAME_USE use;
    LPWSTR canonical = nullptr;
    if (LookupAccountNameW(nullptr, account.c_str(), buffer, &size, domain, &domainSize, &use) && ConvertSidToStringSidW(buffer, &canonical))
        text = canonical;
    LocalFree(canonical);
    return text;
}

}  // namespace

bool readTask(ITaskFolder* root, const std::wstring& name, std::wstring& userSid, std::wstring& program)
{
    BSTR path = SysAllocString(name.c_str());
    IRegisteredTask* task = nullptr;
    const bool found = SUCCEEDED(root->GetTask(path, &task)) && task;
    SysFreeString(path);
    if (!found)
        return false;
    ITaskDefinition* definition = nullptr;
    IPrincipal* principal = nullptr;
    IActionCollection* actions = nullptr;
    IAction* action = nullptr;
    IExecAction* exec = nullptr;
    BSTR user = nullptr;
    BSTR command = nullptr;
    if (SUCCEEDED(task->get_Definition(&definition))) {
        if (SUCCEEDED(definition->get_Principal(&principal)) && SUCCEEDED(principal->get_UserId(&user)) && user)
            userSid = sidOf(std::wstring(user, SysStringLen(user)));
        if (SUCCEEDED(definition->get_Actions(&actions)) && SUCCEEDED(actions->get_Item(1, &action)) &&
            SUCCEEDED(action->QueryInterface(IID_IExecAction, reinterpret_cast<void**>(&exec))) && SUCCEEDED(exec->get_Path(&command)) && command)
            program.assign(command, SysStringLen(command));
    }
    SysFreeString(user);
    SysFreeString(command);
    for (IUnknown* object : {static_cast<IUnknown*>(exec), static_cast<IUnknown*>(action), static_cast<IUnknown*>(actions),
                             static_cast<IUnknown*>(principal), static_cast<IUnknown*>(definition), static_cast<IUnknown*>(task)})
        if (object)
            object->Release();
    return true;
}

namespace {
// The temporary files a copy stopped while writing its answer leaves (result.json.XXXXXX): regular files only.
void removeUnfinishedResults(const std::wstring& folder)
{
    WIN32_FIND_DATAW found{};
    HANDLE search = FindFirstFileW((folder + L"\\" + kProbeResultName + L".*").c_str(), &found);
    if (search == INVALID_HANDLE_VALUE)
        return;
    do
        if (!(found.dwFileAttributes & (FILE_ATTRIBUTE_DIRECTORY | FILE_ATTRIBUTE_REPARSE_POINT)))
            DeleteFileW((folder + L"\\" + found.cFileName).c_str());
    while (FindNextFileW(search, &found));
    FindClose(search);
}

std::wstring probePrefixOf(const std::wstring& name)
{
    for (const char* prefix : {SystemAccount::kNamePrefix, SystemAccount::kLegacyNamePrefix}) {
        const std::wstring wide = toWide(prefix);
        if (name.compare(0, wide.size(), wide) == 0)
            return wide;
    }
    return {};
}
}  // namespace

void sweepOne(ITaskFolder* root, const std::wstring& folder, const std::wstring& name, const ProbeProgram& program, std::vector<std::string>& steps);

bool removeProbeCopy(const ProbeProgram& program, const std::wstring& folder, int attempts)
{
    for (int attempt = 0; attempt < attempts; ++attempt) {
        DeleteFileW((folder + L"\\" + kProbeResultName).c_str());
        DeleteFileW((folder + L"\\" + kProbeInputName).c_str());
        removeUnfinishedResults(folder);
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
    const std::wstring prefix = probePrefixOf(name);
    if (prefix.empty())
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
    for (const char* prefix : {SystemAccount::kNamePrefix, SystemAccount::kLegacyNamePrefix}) {
        WIN32_FIND_DATAW found{};
        HANDLE search = FindFirstFileW((programData + L"\\" + toWide(prefix) + L"*").c_str(), &found);
        if (search == INVALID_HANDLE_VALUE)
            continue;
        do
            if ((found.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) && !(found.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT) &&
                leftByEndedProcess(found.cFileName))
                sweepOne(root, programData + L"\\" + found.cFileName, found.cFileName, program, steps);
        while (FindNextFileW(search, &found));
        FindClose(search);
    }
}

void sweepOne(ITaskFolder* root, const std::wstring& folder, const std::wstring& name, const ProbeProgram& program, std::vector<std::string>& steps)
{
    std::string owner;
    const bool ours = ownedByAdministrators(folder, owner);
    // The task has the folder's name; whether it is an ended run's is judged on what it runs and as whom.
    std::wstring userSid;
    std::wstring taskProgram;
    const bool taskThere = readTask(root, name, userSid, taskProgram);
    const LeftoverVerdict verdict = judgeLeftover(ours, userSid, taskProgram, folder);
    if (verdict == LeftoverVerdict::FolderNotOurs) {
        steps.push_back("folder " + toUtf8(folder) + " has the probe's name but is owned by " + owner +
                        ", not SYSTEM or Administrators: it and any task of its name left alone");
        return;
    }
    if (taskThere && verdict == LeftoverVerdict::TaskNotOurs) {
        steps.push_back("task \\" + toUtf8(name) + " has the probe's name but does not run as SYSTEM the program in its folder (runs " +
                        toUtf8(taskProgram) + " as " + (userSid.empty() ? std::string("an unknown account") : toUtf8(userSid)) + "): left alone");
    } else if (taskThere) {
        BSTR task = SysAllocString(name.c_str());
        if (SUCCEEDED(root->DeleteTask(task, 0)))
            steps.push_back("left by an earlier run: task \\" + toUtf8(name) + " removed");
        SysFreeString(task);
    }
    bool linked = false;
    for (const std::string& sub : program.folders)
        linked = linked || isReparsePoint(folder + L"\\" + toWide(sub));
    if (linked) {
        steps.push_back("folder " + toUtf8(folder) + " holds a link where the copy has a folder: left alone");
        return;
    }
    steps.push_back(removeProbeCopy(program, folder, 1) ? "left by an earlier run: folder " + toUtf8(folder) + " removed"
                                                        : "left by an earlier run: folder " + toUtf8(folder) + " could not be removed (it holds "
                                                          "other files)");
}

}  // namespace mars::platform
