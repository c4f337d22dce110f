#pragma once
// The probe as SYSTEM's own things on disk and in Task Scheduler: removing a run's copy, and what an earlier run left
// when its program ended before it could clean up (killed, or the computer turned off).
#include "../SystemAccount.h"

#include <taskschd.h>
#include <windows.h>

#include <string>
#include <vector>

namespace mars::platform {

inline constexpr const wchar_t* kProbeResultName = L"result.json";

// The copy's files (by the program's list, never "whatever is there"), its result, then its folders, deepest first;
// tries `attempts` times 100 ms apart (a stopped copy may hold its files for a moment). False: still there.
bool removeProbeCopy(const ProbeProgram& program, const std::wstring& folder, int attempts);

// Names starting with SystemAccount::kNamePrefix whose process (the number after the prefix) no longer runs.
bool leftByEndedProcess(const std::wstring& name);

// What ended runs left: for each folder in `programData` with the probe's name whose process no longer runs, the
// task of the same name (only administrators make tasks in the root folder, so such a task is an ended run's), and
// the folder itself when SYSTEM or Administrators own it (one a user made with that name is left alone: it is not
// ours, and deleting in it could follow a link they put there).
void sweepLeftovers(ITaskFolder* root, const std::wstring& programData, const ProbeProgram& program, std::vector<std::string>& steps);

}  // namespace mars::platform
