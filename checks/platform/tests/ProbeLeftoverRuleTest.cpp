// Which leftovers of the probe as SYSTEM the sweep may delete (checks/platform/ProbeLeftoverRule.h): every case, here
// and under Wine. Wine itself can show only the refusals (it reports every folder as owned by its user, and keeps no
// principal for a task registered with an account), so the deletion's conditions are proved on the rule.
#include "checks/platform/ProbeLeftoverRule.h"

#include <catch2/catch.hpp>

using namespace mars::platform;

TEST_CASE("an ended probe's task is deleted only when it runs as SYSTEM the program in its own Administrators-owned folder", "[system-probe]")
{
    const std::wstring folder = L"C:\\ProgramData\\MarsSetupDoctorProbe-4242-1-0";
    const std::wstring program = folder + L"\\MarsSetupDoctor.exe";
    CHECK(judgeLeftover(true, L"S-1-5-18", L"\"" + program + L"\"", folder) == LeftoverVerdict::Remove);
    CHECK(judgeLeftover(true, L"S-1-5-18", program, folder) == LeftoverVerdict::Remove);  // earlier runs' unquoted path
    CHECK(judgeLeftover(true, L"S-1-5-18", L"C:\\PROGRAMDATA\\marssetupdoctorprobe-4242-1-0\\x.exe", folder) == LeftoverVerdict::Remove);

    // A folder anyone could have made: neither it nor its task is touched, whatever the task says.
    CHECK(judgeLeftover(false, L"S-1-5-18", L"\"" + program + L"\"", folder) == LeftoverVerdict::FolderNotOurs);
    // A user's own task with the probe's name.
    CHECK(judgeLeftover(true, L"S-1-5-21-1-2-3-1001", L"\"" + program + L"\"", folder) == LeftoverVerdict::TaskNotOurs);
    CHECK(judgeLeftover(true, L"", L"\"" + program + L"\"", folder) == LeftoverVerdict::TaskNotOurs);
    // SYSTEM, but running something elsewhere, or in a subfolder, or a look-alike folder.
    CHECK(judgeLeftover(true, L"S-1-5-18", L"C:\\Windows\\System32\\cmd.exe", folder) == LeftoverVerdict::TaskNotOurs);
    CHECK(judgeLeftover(true, L"S-1-5-18", folder + L"\\sub\\x.exe", folder) == LeftoverVerdict::TaskNotOurs);
    CHECK(judgeLeftover(true, L"S-1-5-18", folder + L"0\\x.exe", folder) == LeftoverVerdict::TaskNotOurs);
    CHECK(judgeLeftover(true, L"S-1-5-18", L"", folder) == LeftoverVerdict::TaskNotOurs);
    CHECK(judgeLeftover(true, L"S-1-5-18", L"\"" + folder + L"\\a.exe\" \"x", folder) == LeftoverVerdict::TaskNotOurs);
}
