#pragma once
// Whether a task and folder that carry the SYSTEM probe's name are an ended run's, and so ours to delete. Anyone may
// create a folder in ProgramData, and an administrator's tool must not delete another's task for its name alone: a
// user can register a task that runs as themselves under any name. Pure, so that every case is tested natively;
// the Win32 sweep (win32/Win32ProbeLeftovers.cpp) reads the facts.
#include <cwctype>
#include <string>

namespace mars::platform {

inline constexpr const char* kLocalSystemSid = "S-1-5-18";

enum class LeftoverVerdict {
    Remove,          // SYSTEM or Administrators own the folder, and the task runs as SYSTEM the program in that folder
    FolderNotOurs,   // someone else owns the folder: neither it nor a task of its name is touched
    TaskNotOurs,     // the task does not run as SYSTEM, or runs something outside the folder: left alone
};

inline bool sameTextIgnoringCase(const std::wstring& a, const std::wstring& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::towlower(a[i]) != std::towlower(b[i]))
            return false;
    return true;
}

// `taskUserSid`: the task principal's account as a SID (empty when it has none or it cannot be resolved);
// `taskProgram`: its action's path as registered (quoted or not).
inline LeftoverVerdict judgeLeftover(bool folderOwnedByAdministrators, const std::wstring& taskUserSid, std::wstring taskProgram,
                                     const std::wstring& folder)
{
    if (!folderOwnedByAdministrators)
        return LeftoverVerdict::FolderNotOurs;
    if (taskProgram.size() >= 2 && taskProgram.front() == L'"' && taskProgram.back() == L'"')
        taskProgram = taskProgram.substr(1, taskProgram.size() - 2);
    const std::string sid = kLocalSystemSid;
    const std::wstring system(sid.begin(), sid.end());
    const std::size_t slash = taskProgram.find_last_of(L'\\');
    const bool inFolder = slash != std::wstring::npos && sameTextIgnoringCase(taskProgram.substr(0, slash), folder) &&
                          taskProgram.find(L'"') == std::wstring::npos;
    return taskUserSid == system && inFolder ? LeftoverVerdict::Remove : LeftoverVerdict::TaskNotOurs;
}

}  // namespace mars::platform
