// The probe as LocalSystem under Wine. Wine registers and deletes scheduled tasks but cannot start one (its
// IRegisteredTask::Run is a stub answering E_NOTIMPL), and has no real SYSTEM account: so this shows the part Wine can — the
// private folder, the copy, the task's registration, and that everything is removed again after a start that
// failed — and the run itself is tested through the fake with the real program (tests/app/SystemProbeEndToEndTest.cpp).
#include "checks/platform/SystemAccount.h"
#include "checks/platform/TextConversion.h"

#include <catch2/catch.hpp>
#include <shlobj.h>
#include <windows.h>

#include <string>

using namespace mars::platform;

namespace {
// Names under `folder` that start with the probe's prefix: what would be left behind.
int leftovers(const std::wstring& folder)
{
    const std::wstring pattern = folder + L"\\" + toWide(SystemAccount::kNamePrefix) + L"*";
    WIN32_FIND_DATAW found{};
    HANDLE search = FindFirstFileW(pattern.c_str(), &found);
    if (search == INVALID_HANDLE_VALUE)
        return 0;
    int count = 0;
    do
        ++count;
    while (FindNextFileW(search, &found));
    FindClose(search);
    return count;
}

std::wstring knownFolder(REFKNOWNFOLDERID id)
{
    PWSTR path = nullptr;
    std::wstring folder;
    if (SUCCEEDED(SHGetKnownFolderPath(id, 0, nullptr, &path)))
        folder = path;
    CoTaskMemFree(path);
    return folder;
}

bool said(const SystemRun& run, const std::string& part)
{
    for (const std::string& step : run.steps)
        if (step.find(part) != std::string::npos)
            return true;
    return false;
}
}  // namespace

TEST_CASE("a SYSTEM task that cannot start leaves no task, no copy and no result behind", "[win32][system-probe]")
{
    const std::wstring programData = knownFolder(FOLDERID_ProgramData);
    const std::wstring tasks = knownFolder(FOLDERID_System) + L"\\Tasks";
    REQUIRE_FALSE(programData.empty());
    const int before = leftovers(programData) + leftovers(tasks);

    ProbeProgram program{MARS_FAKE_AGENT_DIR "\\bin", {"sub"}, {"cbengine.exe"}, "cbengine.exe"};
    for (char& c : program.folder)
        if (c == '/')
            c = '\\';
    auto account = makeSystemAccount();
    CHECK(account->expectedSid() == "S-1-5-18");
    const SystemRun run = account->runAsSystem(program, {"--probe-endpoints-as-system", SystemAccount::kResultPlaceholder}, 5000);
    std::string steps;
    for (const std::string& step : run.steps)
        steps += step + "\n";
    INFO("state " << int(run.state) << ", error: " << run.error << "\nsteps:\n" << steps);

    // Wine: the start fails (E_NOTIMPL); were a later Wine to start it, cbengine.exe writes no result: Failed too.
    CHECK(run.state == SystemRun::State::Failed);
    CHECK(said(run, "created (SYSTEM and Administrators only)"));
    CHECK(said(run, "program copied (1 files)"));
    CHECK(said(run, "registered (runs as SYSTEM, no trigger)"));
    CHECK(said(run, " removed"));
    CHECK(run.cleanedUp);
    CHECK(run.output.empty());
    CHECK(leftovers(programData) + leftovers(tasks) == before);
}

TEST_CASE("this process's account as the probe's answer names it: a SID", "[win32][system-probe]")
{
    const std::string sid = currentAccountSid();
    CHECK(sid.rfind("S-1-5-", 0) == 0);
}
