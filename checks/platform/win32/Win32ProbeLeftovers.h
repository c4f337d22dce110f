#pragma once
// The probe as SYSTEM's own things on disk and in Task Scheduler: removing a run's copy, and what an earlier run left
// when its program ended before it could clean up (killed, or the computer turned off).
#include "../ProbeLeftoverRule.h"
#include "../SystemAccount.h"

#include <taskschd.h>
#include <windows.h>

#include <string>
#include <vector>

namespace mars::platform {

inline constexpr const wchar_t* kProbeResultName = L"result.json";
inline constexpr const wchar_t* kProbeInputName = L"request.txt";

// The copy's files (by the program's list, never "whatever is there"), its input, its result and the temporary files
// a copy stopped mid-write leaves beside it (result.json.XXXXXX: regular files only), then its folders, deepest first;
// tries `attempts` times 100 ms apart (a stopped copy may hold its files for a moment). False: still there.
bool removeProbeCopy(const ProbeProgram& program, const std::wstring& folder, int attempts);

// Who the task of that name in `root` runs as (a SID; empty when it has no account or it names none here) and what
// its first action starts, as Task Scheduler has them. False: no such task.
bool readTask(ITaskFolder* root, const std::wstring& name, std::wstring& userSid, std::wstring& program);

// Names starting with SystemAccount::kNamePrefix (or the legacy one) whose process (the number after it) no longer runs.
bool leftByEndedProcess(const std::wstring& name);

// What ended runs left: for each folder in `programData` with the probe's name whose process no longer runs, when
// SYSTEM or Administrators own it, the task of the same name if it runs as SYSTEM the program in that folder
// (judgeLeftover), and the folder. One a user made with that name is left alone, and so is its task: neither is
// ours, and deleting in it could follow a link they put there.
void sweepLeftovers(ITaskFolder* root, const std::wstring& programData, const ProbeProgram& program, std::vector<std::string>& steps);

}  // namespace mars::platform
