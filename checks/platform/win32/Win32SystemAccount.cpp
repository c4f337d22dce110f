// A one-shot scheduled task that runs a private copy of this program as LocalSystem (see SystemAccount.h).
// Why a task: it is the documented way to start a process as SYSTEM without installing a service; the task is
// registered with no trigger, started once, and deleted whatever happened. What Wine shows of it: the registration
// (read back as XML) and the deletion work, the start does not (Wine 8's IRegisteredTask::Run is a stub: E_NOTIMPL),
// so the clean-up after a failed start is tested under Wine and the run itself through the fake platform with the
// real program (checks/tests).
// Matched against Chromium's updater (chrome/updater/win/task_scheduler.cc, TaskSchedulerV2::RegisterTask): the
// program path quoted before IExecAction::put_Path, an author and a description on IRegistrationInfo, and the account
// passed to ITaskFolder::RegisterTaskDefinition with TASK_LOGON_SERVICE_ACCOUNT. Where Chromium names the account
// "NT AUTHORITY\SYSTEM", this passes its SID: account names are translated on localised Windows ("СИСТЕМА") and
// fail there with ERROR_NONE_MAPPED, and a SID is what Windows' own tasks carry (<UserId>S-1-5-18</UserId>).
#include "../SystemAccount.h"
#include "../CommandLineQuoting.h"
#include "../OwnImage.h"
#include "../TextConversion.h"
#include "Win32Com.h"
#include "Win32Parts.h"
#include "Win32ProbeLeftovers.h"

#include <sddl.h>
#include <shlobj.h>
#include <taskschd.h>

#include <chrono>
#include <cstdio>
#include <thread>

namespace mars::platform {

namespace {

std::wstring programDataFolder()
{
    PWSTR path = nullptr;
    std::wstring folder;
    if (SUCCEEDED(SHGetKnownFolderPath(FOLDERID_ProgramData, 0, nullptr, &path)))
        folder = path;
    CoTaskMemFree(path);
    return folder;
}

// A new folder that only SYSTEM and Administrators can open at all (protected: nothing inherited from
// %ProgramData%, where users may create folders), owned by Administrators (how a later run tells an ended run's copy
// from a folder a user made with its name). Never reused: CreateDirectoryW fails on anything already there.
bool makeProbeFolder(const std::wstring& parent, std::wstring& folder, std::string& error)
{
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    if (!ConvertStringSecurityDescriptorToSecurityDescriptorW(L"O:BAD:P(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)", SDDL_REVISION_1, &descriptor, nullptr)) {
        error = "security descriptor: " + win32ErrorText(GetLastError());
        return false;
    }
    SECURITY_ATTRIBUTES attributes{sizeof attributes, descriptor, FALSE};
    bool made = false;
    for (unsigned attempt = 0; attempt < 64 && !made; ++attempt) {
        folder = parent + L"\\" + toWide(SystemAccount::kNamePrefix) + std::to_wstring(GetCurrentProcessId()) + L"-" + std::to_wstring(GetTickCount64()) + L"-" +
                 std::to_wstring(attempt);
        made = CreateDirectoryW(folder.c_str(), &attributes) != FALSE;
        if (!made && GetLastError() != ERROR_ALREADY_EXISTS) {
            error = toUtf8(folder) + ": " + win32ErrorText(GetLastError());
            break;
        }
    }
    LocalFree(descriptor);
    if (!made && error.empty())
        error = toUtf8(parent) + ": no free folder name";
    return made;
}

// The result, read through a handle that does not follow links and must be a regular file of bounded size.
bool readResult(const std::wstring& path, std::string& bytes, std::string& error)
{
    HANDLE file = CreateFileW(path.c_str(), GENERIC_READ, FILE_SHARE_READ, nullptr, OPEN_EXISTING,
                              FILE_FLAG_OPEN_REPARSE_POINT | FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE) {
        error = "it left no result (" + win32ErrorText(GetLastError()) + ")";
        return false;
    }
    BY_HANDLE_FILE_INFORMATION info{};
    LARGE_INTEGER size{};
    bool ok = GetFileInformationByHandle(file, &info) && GetFileSizeEx(file, &size);
    if (ok && (info.dwFileAttributes & (FILE_ATTRIBUTE_REPARSE_POINT | FILE_ATTRIBUTE_DIRECTORY))) {
        error = "its result is not a regular file";
        ok = false;
    } else if (ok && size.QuadPart > LONGLONG(SystemAccount::kMaxOutputBytes)) {
        error = "its result is larger than " + std::to_string(SystemAccount::kMaxOutputBytes) + " bytes";
        ok = false;
    } else if (ok) {
        bytes.resize(size_t(size.QuadPart));
        DWORD read = 0;
        ok = bytes.empty() || (ReadFile(file, bytes.data(), DWORD(bytes.size()), &read, nullptr) && read == bytes.size());
        if (!ok)
            error = "its result could not be read: " + win32ErrorText(GetLastError());
    } else {
        error = "its result could not be examined: " + win32ErrorText(GetLastError());
    }
    CloseHandle(file);
    return ok;
}

// The request, in the protected folder (only SYSTEM and Administrators may open it) as a new file.
bool writeNewFile(const std::wstring& path, const std::string& bytes, std::string& error)
{
    HANDLE file = CreateFileW(path.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_NEW, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE) {
        error = "the request could not be written: " + win32ErrorText(GetLastError());
        return false;
    }
    DWORD written = 0;
    const bool ok = bytes.empty() || (WriteFile(file, bytes.data(), DWORD(bytes.size()), &written, nullptr) && written == bytes.size());
    if (!ok)
        error = "the request could not be written: " + win32ErrorText(GetLastError());
    CloseHandle(file);
    return ok;
}

constexpr const wchar_t* kTaskDescription =
    L"MARS Setup Doctor: runs a copy of itself once as LocalSystem to test the Azure Backup agent's connection "
    L"as the agent makes it. Made by an administrator's MARS Setup Doctor; it deletes this task and its copy when done.";

class Win32SystemAccount final : public SystemAccount {
public:
    std::string expectedSid() override { return kLocalSystemSid; }

    SystemRun runAsSystem(const ProbeProgram& program, const std::vector<std::string>& arguments, const std::string& input, int timeoutMs) override
    {
        SystemRun run;
        if (input.size() > kMaxInputBytes) {
            run.state = SystemRun::State::Failed;
            run.error = "the request is larger than " + std::to_string(kMaxInputBytes) + " bytes";
            return run;
        }
        if (!tokenElevated().value_or(false)) {
            run.state = SystemRun::State::NotElevated;
            run.error = "only an elevated administrator can start a task as SYSTEM";
            return run;
        }
        const HRESULT init = CoInitializeEx(nullptr, COINIT_MULTITHREADED);
        const std::wstring parent = programDataFolder();
        std::wstring folder;
        if (parent.empty() || !makeProbeFolder(parent, folder, run.error)) {
            run.state = SystemRun::State::Failed;
            if (run.error.empty())
                run.error = "the ProgramData folder is not known";
        } else {
            run.steps.push_back("folder " + toUtf8(folder) + " created (SYSTEM and Administrators only)");
            runInFolder(program, arguments, input, timeoutMs, folder, run);
            removeFolder(program, folder, run);
        }
        if (SUCCEEDED(init))
            CoUninitialize();
        return run;
    }

private:
    static void runInFolder(const ProbeProgram& program, const std::vector<std::string>& arguments, const std::string& input, int timeoutMs,
                            const std::wstring& folder, SystemRun& run)
    {
        const std::wstring source = toWide(program.folder);
        for (const std::string& sub : program.folders)
            if (!CreateDirectoryW((folder + L"\\" + toWide(sub)).c_str(), nullptr)) {
                run.state = SystemRun::State::Failed;
                run.error = "the copy's folder " + sub + ": " + win32ErrorText(GetLastError());
                return;
            }
        if (program.runningImage) {
            std::string sha256;
            if (!copyOwnImage(toUtf8(folder + L"\\" + toWide(program.program)), sha256, run.error)) {
                run.state = SystemRun::State::Failed;
                run.error = "copying this program: " + run.error;
                return;
            }
            run.steps.push_back("program copied from the running program's own file (SHA-256 " + sha256 + ")");
        } else {
            // Stand-ins of the Wine tests only: the real program is always the running image.
            for (const std::string& file : program.files)
                if (!CopyFileW((source + L"\\" + toWide(file)).c_str(), (folder + L"\\" + toWide(file)).c_str(), TRUE)) {
                    run.state = SystemRun::State::Failed;
                    run.error = "copying " + file + ": " + win32ErrorText(GetLastError());
                    return;
                }
            run.steps.push_back("program copied (" + std::to_string(program.files.size()) + (program.files.size() == 1 ? " file)" : " files)"));
        }
        const std::wstring inputPath = folder + L"\\" + kProbeInputName;
        if (!writeNewFile(inputPath, input, run.error)) {
            run.state = SystemRun::State::Failed;
            return;
        }

        const std::wstring result = folder + L"\\" + kProbeResultName;
        std::vector<std::wstring> wide;
        for (const std::string& argument : arguments)
            wide.push_back(argument == kResultPlaceholder ? result : argument == kInputPlaceholder ? inputPath : toWide(argument));
        const std::wstring line = joinCommandLine(wide.data(), wide.data() + wide.size());

        Com<ITaskService> service;
        HRESULT hr = CoCreateInstance(CLSID_TaskScheduler, nullptr, CLSCTX_INPROC_SERVER, IID_ITaskService, reinterpret_cast<void**>(service.put()));
        VARIANT empty;
        VariantInit(&empty);
        if (SUCCEEDED(hr))
            hr = service->Connect(empty, empty, empty, empty);
        Com<ITaskFolder> root;
        if (SUCCEEDED(hr)) {
            Bstr path(L"\\");
            hr = service->GetFolder(path.b, root.put());
        }
        if (FAILED(hr)) {
            // Tried and failed, not "not here": the agent's own view is then not known.
            run.state = SystemRun::State::Failed;
            run.error = "Task Scheduler cannot be reached: " + hresultText(hr);
            return;
        }
        sweepLeftovers(root.p, folder.substr(0, folder.find_last_of(L'\\')), program, run.steps);
        // The task has the folder's name: a later run that finds the folder of an ended run removes both.
        const std::wstring name = folder.substr(folder.find_last_of(L'\\') + 1);
        Com<IRegisteredTask> task;
        hr = registerTask(service, root, name, folder + L"\\" + toWide(program.program), line, folder, timeoutMs, task, run.registeredTask, run.taskCommand);
        if (FAILED(hr)) {
            run.state = SystemRun::State::Failed;
            run.error = "the task could not be registered: " + hresultText(hr);
            return;
        }
        run.steps.push_back("task \\" + toUtf8(name) + " registered (runs as " + std::string(kLocalSystemSid) + ", no trigger)");
        // As Task Scheduler keeps it; Wine keeps no actions for a registered task, and then the definition's stands.
        std::wstring userSid;
        std::wstring command;
        if (readTask(root.p, name, userSid, command) && !command.empty())
            run.taskCommand = toUtf8(command);
        waitForTask(task, result, timeoutMs, run);
        Bstr taskName(name);
        const HRESULT deleted = root->DeleteTask(taskName.b, 0);
        if (SUCCEEDED(deleted)) {
            run.steps.push_back("task \\" + toUtf8(name) + " removed");
        } else {
            run.cleanedUp = false;
            run.steps.push_back("task \\" + toUtf8(name) + " could NOT be removed: " + hresultText(deleted));
        }
        if (run.state == SystemRun::State::Ran && !readResult(result, run.output, run.error))
            run.state = SystemRun::State::Failed;
    }

    static HRESULT registerTask(Com<ITaskService>& service, Com<ITaskFolder>& root, const std::wstring& name, const std::wstring& program,
                                const std::wstring& arguments, const std::wstring& folder, int timeoutMs, Com<IRegisteredTask>& task,
                                std::string& registered, std::string& command)
    {
        Com<ITaskDefinition> definition;
        HRESULT hr = service->NewTask(0, definition.put());
        // The account and its logon type come with RegisterTaskDefinition below, whose credentials "take priority over
        // the credentials specified in the task definition" (its page on learn.microsoft.com); the principal says the
        // same for the record (best effort: Wine's IPrincipal setters are stubs). SYSTEM has no split token for a run
        // level to raise.
        Com<IPrincipal> principal;
        if (SUCCEEDED(hr) && SUCCEEDED(definition->get_Principal(principal.put()))) {
            Bstr user(toWide(kLocalSystemSid));
            principal->put_UserId(user.b);
            principal->put_LogonType(TASK_LOGON_SERVICE_ACCOUNT);
        }
        // Not hidden, and saying what it is: a SYSTEM task that runs a new exe from ProgramData is what security
        // products look for, and whoever opens Task Scheduler or an alert about it should read who made it and why.
        Com<IRegistrationInfo> registration;
        if (SUCCEEDED(hr))
            hr = definition->get_RegistrationInfo(registration.put());
        if (SUCCEEDED(hr)) {
            Bstr author(L"MARS Setup Doctor"), description(kTaskDescription);
            hr = registration->put_Author(author.b);
            if (SUCCEEDED(hr))
                hr = registration->put_Description(description.b);
        }
        Com<ITaskSettings> settings;
        if (SUCCEEDED(hr))
            hr = definition->get_Settings(settings.put());
        if (SUCCEEDED(hr)) {
            // Windows stops it itself if this program is gone before it could: a minute past our own limit.
            Bstr limit(L"PT" + std::to_wstring(timeoutMs / 1000 + 60) + L"S");
            settings->put_ExecutionTimeLimit(limit.b);
            settings->put_DisallowStartIfOnBatteries(VARIANT_FALSE);
            settings->put_StopIfGoingOnBatteries(VARIANT_FALSE);
            settings->put_MultipleInstances(TASK_INSTANCES_IGNORE_NEW);
            settings->put_Hidden(VARIANT_FALSE);
        }
        Com<IActionCollection> actions;
        if (SUCCEEDED(hr))
            hr = definition->get_Actions(actions.put());
        Com<IAction> action;
        if (SUCCEEDED(hr))
            hr = actions->Create(TASK_ACTION_EXEC, action.put());
        Com<IExecAction> exec;
        if (SUCCEEDED(hr))
            hr = action->QueryInterface(IID_IExecAction, reinterpret_cast<void**>(exec.put()));
        if (SUCCEEDED(hr)) {
            // Quoted: Task Scheduler hands the path to CreateProcess as the start of a command line.
            Bstr path(L"\"" + program + L"\""), line(arguments), directory(folder);
            hr = exec->put_Path(path.b);
            if (SUCCEEDED(hr))
                hr = exec->put_Arguments(line.b);
            if (SUCCEEDED(hr))
                hr = exec->put_WorkingDirectory(directory.b);
            BSTR given = nullptr;
            if (SUCCEEDED(hr) && SUCCEEDED(exec->get_Path(&given)) && given)
                command = toUtf8(std::wstring(given, SysStringLen(given)));
            SysFreeString(given);
        }
        if (FAILED(hr))
            return hr;
        // What is registered, as Chromium's updater logs it (GetTaskXml): Wine's copy read back from the registered
        // task drops the actions, so the definition's own XML is the record.
        BSTR xml = nullptr;
        if (SUCCEEDED(definition->get_XmlText(&xml)) && xml)
            registered = toUtf8(std::wstring(xml, SysStringLen(xml)));
        SysFreeString(xml);
        Bstr taskName(name), system(toWide(kLocalSystemSid));
        VARIANT user, none;
        VariantInit(&user);
        VariantInit(&none);
        V_VT(&user) = VT_BSTR;
        V_BSTR(&user) = system.b;
        return root->RegisterTaskDefinition(taskName.b, definition.p, TASK_CREATE, user, none, TASK_LOGON_SERVICE_ACCOUNT, none, task.put());
    }

    // Until the copy's result is there (it writes it whole, by a rename) or the task ends without one, at most timeoutMs.
    static void waitForTask(Com<IRegisteredTask>& task, const std::wstring& result, int timeoutMs, SystemRun& run)
    {
        VARIANT none;
        VariantInit(&none);
        Com<IRunningTask> running;
        const HRESULT started = task->Run(none, running.put());
        if (FAILED(started)) {
            run.state = SystemRun::State::Failed;
            run.error = "the task could not be started: " + hresultText(started);
            return;
        }
        run.steps.push_back("task started");
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
        for (;;) {
            TASK_STATE state = TASK_STATE_UNKNOWN;
            LONG last = SCHED_S_TASK_HAS_NOT_RUN;
            task->get_State(&state);
            task->get_LastTaskResult(&last);
            const bool resultThere = GetFileAttributesW(result.c_str()) != INVALID_FILE_ATTRIBUTES;
            const bool ended = state != TASK_STATE_RUNNING && state != TASK_STATE_QUEUED && last != SCHED_S_TASK_HAS_NOT_RUN &&
                               last != SCHED_S_TASK_RUNNING;
            if (resultThere || ended) {
                run.exitCode = int(last);
                run.state = resultThere ? SystemRun::State::Ran : SystemRun::State::Failed;
                if (!resultThere)
                    run.error = "it ended without a result (exit code " + std::to_string(last) + ")";
                run.steps.push_back(resultThere ? "result written" : "task ended without a result");
                return;
            }
            if (std::chrono::steady_clock::now() >= deadline) {
                task->Stop(0);
                run.state = SystemRun::State::TimedOut;
                run.error = "it did not finish within " + std::to_string(timeoutMs) + " ms; it was stopped";
                run.steps.push_back("task stopped after " + std::to_string(timeoutMs) + " ms");
                return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    }

    static void removeFolder(const ProbeProgram& program, const std::wstring& folder, SystemRun& run)
    {
        if (removeProbeCopy(program, folder, 20)) {
            run.steps.push_back("folder " + toUtf8(folder) + " removed");
            return;
        }
        run.cleanedUp = false;
        run.steps.push_back("folder " + toUtf8(folder) + " could NOT be removed: " + win32ErrorText(GetLastError()));
    }
};
}  // namespace

std::unique_ptr<SystemAccount> makeSystemAccount()
{
    return std::make_unique<Win32SystemAccount>();
}

std::string currentAccountSid()
{
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
        return {};
    std::string sid;
    DWORD size = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    std::vector<BYTE> buffer(size);
    LPWSTR text = nullptr;
    if (size && GetTokenInformation(token, TokenUser, buffer.data(), size, &size) &&
        ConvertSidToStringSidW(reinterpret_cast<TOKEN_USER*>(buffer.data())->User.Sid, &text)) {
        sid = toUtf8(text);
        LocalFree(text);
    }
    CloseHandle(token);
    return sid;
}

}  // namespace mars::platform
