// The probe as LocalSystem under Wine. Wine registers and deletes scheduled tasks but cannot start one (its
// IRegisteredTask::Run is a stub answering E_NOTIMPL), and has no real SYSTEM account: so this shows the part Wine can — the
// private folder, the copy (from the running program's held file), the task as registered (read back as XML before it
// is deleted), and that everything is removed again after a start that failed — and the run itself is tested through
// the fake with the real program (app/tests/SystemProbeEndToEndTest.cpp). Wine keeps no account for a task registered
// with one (RegisterTaskDefinition's userId is not stored, IPrincipal's setters are stubs), so that the task runs as
// S-1-5-18 is shown by the step the registration writes; Windows also puts it in the definition's XML.
#include "checks/platform/OwnImage.h"
#include "tests/support/TaskSchedulerRoot.h"
#include "checks/platform/ProbeLeftoverRule.h"
#include "checks/platform/win32/Win32ProbeLeftovers.h"
#include "checks/platform/SystemAccount.h"
#include "checks/platform/TextConversion.h"

#include "Win32Sha256.h"

#include <catch2/catch.hpp>
#include <sddl.h>
#include <shlobj.h>
#include <taskschd.h>
#include <windows.h>

#include <functional>
#include <string>
#include <vector>

using namespace mars::platform;
using namespace mars;

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

// A folder with the probe's name, owned by `ownerSid` ("BA": Administrators), holding the stand-in program.
std::wstring makeFolder(const std::wstring& parent, const std::wstring& name, const std::wstring& ownerSid)
{
    const std::wstring folder = parent + L"\\" + toWide(SystemAccount::kNamePrefix) + name;
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    REQUIRE(ConvertStringSecurityDescriptorToSecurityDescriptorW((L"O:" + ownerSid + L"D:P(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICI;FA;;;WD)").c_str(),
                                                                 SDDL_REVISION_1, &descriptor, nullptr));
    SECURITY_ATTRIBUTES attributes{sizeof attributes, descriptor, FALSE};
    REQUIRE(CreateDirectoryW(folder.c_str(), &attributes));
    LocalFree(descriptor);
    REQUIRE(CreateDirectoryW((folder + L"\\sub").c_str(), nullptr));
    REQUIRE(CopyFileW(toWide(MARS_FAKE_AGENT_DIR "/bin/cbengine.exe").c_str(), (folder + L"\\cbengine.exe").c_str(), TRUE));
    return folder;
}

// A task with the probe's name, as a run whose program was killed leaves it: registered, never deleted.
void registerTask(const std::wstring& name)
{
    REQUIRE(SUCCEEDED(CoInitializeEx(nullptr, COINIT_MULTITHREADED)) );
    ITaskService* service = nullptr;
    REQUIRE(SUCCEEDED(CoCreateInstance(CLSID_TaskScheduler, nullptr, CLSCTX_INPROC_SERVER, IID_ITaskService, reinterpret_cast<void**>(&service))));
    VARIANT empty;
    VariantInit(&empty);
    REQUIRE(SUCCEEDED(service->Connect(empty, empty, empty, empty)));
    ITaskFolder* root = nullptr;
    BSTR slash = SysAllocString(L"\\");
    REQUIRE(SUCCEEDED(service->GetFolder(slash, &root)));
    ITaskDefinition* definition = nullptr;
    REQUIRE(SUCCEEDED(service->NewTask(0, &definition)));
    IActionCollection* actions = nullptr;
    IAction* action = nullptr;
    REQUIRE(SUCCEEDED(definition->get_Actions(&actions)));
    REQUIRE(SUCCEEDED(actions->Create(TASK_ACTION_EXEC, &action)));
    BSTR taskName = SysAllocString((toWide(SystemAccount::kNamePrefix) + name).c_str());
    IRegisteredTask* task = nullptr;
    REQUIRE(SUCCEEDED(root->RegisterTaskDefinition(taskName, definition, TASK_CREATE_OR_UPDATE, empty, empty, TASK_LOGON_INTERACTIVE_TOKEN, empty, &task)));
    for (IUnknown* object : std::initializer_list<IUnknown*>{task, action, actions, definition, root, service})
        object->Release();
    SysFreeString(taskName);
    SysFreeString(slash);
    CoUninitialize();
}

// Whether a task of that name is registered in the root folder; and deleting it (the test's own clean-up).
bool withRoot(const std::function<void(ITaskFolder*)>& use)
{
    return mars::test::withTaskSchedulerRoot([&](ITaskService*, ITaskFolder* root) { use(root); });
}

bool taskExists(const std::wstring& name)
{
    bool found = false;
    withRoot([&](ITaskFolder* root) {
        BSTR path = SysAllocString(name.c_str());
        IRegisteredTask* task = nullptr;
        found = SUCCEEDED(root->GetTask(path, &task)) && task;
        if (task)
            task->Release();
        SysFreeString(path);
    });
    return found;
}

void deleteTask(const std::wstring& name)
{
    withRoot([&](ITaskFolder* root) {
        BSTR path = SysAllocString(name.c_str());
        root->DeleteTask(path, 0);
        SysFreeString(path);
    });
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
    const SystemRun run = account->runAsSystem(program, {"--probe-endpoints-as-system", SystemAccount::kResultPlaceholder, "--probe-request",
                                                         SystemAccount::kInputPlaceholder},
                                               "request", 5000);
    std::string steps;
    for (const std::string& step : run.steps)
        steps += step + "\n";
    INFO("state " << int(run.state) << ", error: " << run.error << "\nsteps:\n" << steps);

    // Wine: the start fails (E_NOTIMPL); were a later Wine to start it, cbengine.exe writes no result: Failed too.
    CHECK(run.state == SystemRun::State::Failed);
    CHECK(said(run, "created (SYSTEM and Administrators only)"));
    CHECK(said(run, "program copied (1 file)"));
    CHECK(said(run, "registered (runs as S-1-5-18, no trigger)"));
    CHECK(said(run, " removed"));
    CHECK(run.cleanedUp);
    CHECK(run.output.empty());
    CHECK(leftovers(programData) + leftovers(tasks) == before);

    // The task as Task Scheduler holds it: the program's path quoted and free of spaces (an unquoted path with spaces
    // is searched piece by piece, "C:\ProgramData\MARS.exe" first), the request passed as a file, not hidden, and
    // saying who made it and why.
    const std::string& xml = run.registeredTask;
    INFO("registered task:\n" << xml);
    const auto element = [&xml](const std::string& name) {
        const std::size_t open = xml.find("<" + name + ">");
        const std::size_t close = xml.find("</" + name + ">");
        return open == std::string::npos || close == std::string::npos ? std::string() : xml.substr(open + name.size() + 2, close - open - name.size() - 2);
    };
    const std::string& command = run.taskCommand;  // read back from the registered task (Wine's XML has no actions)
    REQUIRE(command.size() > 2);
    CHECK(command.front() == '"');
    CHECK(command.back() == '"');
    CHECK(command.find(' ') == std::string::npos);
    CHECK(command.find(SystemAccount::kNamePrefix) != std::string::npos);
    CHECK(element("Author") == "MARS Setup Doctor");
    CHECK(element("Description").find("deletes this task") != std::string::npos);
    CHECK(element("Hidden") != "true");
    if (xml.find("<UserId>") != std::string::npos)
        CHECK(element("UserId") == kLocalSystemSid);
    else
        WARN("Wine's IPrincipal::put_UserId is a stub: the account is the one RegisterTaskDefinition was given (its step above)");
}

TEST_CASE("the copy that runs as SYSTEM is written from the running program's held file, byte for byte", "[win32][system-probe]")
{
    REQUIRE(holdOwnImage().held);
    ProbeProgram program{"C:\\nowhere", {}, {"probe-copy.exe"}, "probe-copy.exe", true};
    const SystemRun run = makeSystemAccount()->runAsSystem(program, {SystemAccount::kResultPlaceholder}, "", 5000);
    std::string steps;
    for (const std::string& step : run.steps)
        steps += step + "\n";
    INFO("steps:\n" << steps << "error: " << run.error);
    // Its SHA-256 as the copy was written, against the file's own, read independently.
    wchar_t self[32768];
    const DWORD length = GetModuleFileNameW(nullptr, self, 32768);
    const std::string hex = test::sha256OfFile(std::wstring(self, length));
    REQUIRE(hex.size() == 64);
    CHECK(said(run, "program copied from the running program's own file (SHA-256 " + hex + ")"));
    CHECK(run.cleanedUp);
}

TEST_CASE("this process's account as the probe's answer names it: a SID", "[win32][system-probe]")
{
    const std::string sid = currentAccountSid();
    CHECK(sid.rfind("S-1-5-", 0) == 0);
}

// A run whose program was killed leaves its task and its copy (same name). The next run removes both only when
// SYSTEM or Administrators own the folder and the task runs as SYSTEM the program in it (ProbeLeftoverRule.h, every
// case tested there). Wine reports every file as owned by its user, whatever owner it was created with, so here
// the folder is "not ours" and both are left: that refusal (the safety half) is shown; the removal of an
// Administrators-owned copy is Windows' and is not claimed from this run.
TEST_CASE("a folder with the probe's name that SYSTEM or Administrators do not own is left, and so is the task of its name", "[win32][system-probe]")
{
    const std::wstring programData = knownFolder(FOLDERID_ProgramData);
    // Process 999999 is not running under Wine (its ids are small): the names look left by an ended run.
    const std::wstring stale = makeFolder(programData, L"999999-1-0", L"BA");
    registerTask(L"999999-1-0");

    ProbeProgram program{MARS_FAKE_AGENT_DIR "\\bin", {"sub"}, {"cbengine.exe"}, "cbengine.exe"};
    for (char& c : program.folder)
        if (c == '/')
            c = '\\';
    const SystemRun run = makeSystemAccount()->runAsSystem(program, {SystemAccount::kResultPlaceholder}, "", 5000);
    std::string steps;
    for (const std::string& step : run.steps)
        steps += step + "\n";
    INFO("steps:\n" << steps);
    CHECK(said(run, "has the probe's name but is owned by " + currentAccountSid() + ", not SYSTEM or Administrators: it and any task of its name left alone"));
    CHECK_FALSE(said(run, "task \\" + std::string(SystemAccount::kNamePrefix) + "999999-1-0 removed"));
    CHECK(taskExists(toWide(SystemAccount::kNamePrefix) + L"999999-1-0"));
    CHECK(GetFileAttributesW((stale + L"\\cbengine.exe").c_str()) != INVALID_FILE_ATTRIBUTES);  // nothing deleted in it
    CHECK(run.cleanedUp);

    DeleteFileW((stale + L"\\cbengine.exe").c_str());
    RemoveDirectoryW((stale + L"\\sub").c_str());
    CHECK(RemoveDirectoryW(stale.c_str()));
    deleteTask(toWide(SystemAccount::kNamePrefix) + L"999999-1-0");
}

// A copy stopped while writing its answer leaves result.json.XXXXXX beside it (the atomic write's temporary file);
// the clean-up removes it with the rest, and leaves anything that is not a regular file (the folder then stays).
TEST_CASE("the clean-up removes the copy, its request, its result and an unfinished result, and nothing else", "[win32][system-probe]")
{
    const std::wstring programData = knownFolder(FOLDERID_ProgramData);
    const std::wstring folder = makeFolder(programData, L"999998-2-0", L"BA");
    const auto touch = [](const std::wstring& path) {
        HANDLE file = CreateFileW(path.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_NEW, FILE_ATTRIBUTE_NORMAL, nullptr);
        REQUIRE(file != INVALID_HANDLE_VALUE);
        CloseHandle(file);
    };
    touch(folder + L"\\request.txt");
    touch(folder + L"\\result.json");
    touch(folder + L"\\result.json.a1B2c3");
    ProbeProgram program{MARS_FAKE_AGENT_DIR "\\bin", {"sub"}, {"cbengine.exe"}, "cbengine.exe"};
    CHECK(removeProbeCopy(program, folder, 1));
    CHECK(GetFileAttributesW(folder.c_str()) == INVALID_FILE_ATTRIBUTES);

    const std::wstring second = makeFolder(programData, L"999998-3-0", L"BA");
    REQUIRE(CreateDirectoryW((second + L"\\result.json.dir").c_str(), nullptr));  // not a file: not ours to remove
    CHECK_FALSE(removeProbeCopy(program, second, 1));
    CHECK(GetFileAttributesW((second + L"\\result.json.dir").c_str()) != INVALID_FILE_ATTRIBUTES);
    CHECK(GetFileAttributesW((second + L"\\cbengine.exe").c_str()) == INVALID_FILE_ATTRIBUTES);
    RemoveDirectoryW((second + L"\\result.json.dir").c_str());
    CHECK(RemoveDirectoryW(second.c_str()));
}
