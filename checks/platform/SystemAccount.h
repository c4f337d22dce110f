#pragma once
// Running this program once more, as LocalSystem, the account the agent registers and backs up as: its proxy, its
// Internet Options, its certificate stores are not the signed-in user's, so only a run as SYSTEM can say what the
// agent will meet. On Windows a one-shot scheduled task does it (the Task Scheduler API; no service is installed, no
// PsExec); nothing else can start a SYSTEM process without leaving something behind.
#include <memory>
#include <string>
#include <vector>

namespace mars::platform {

// The program the task starts: its files are copied into a new folder only SYSTEM and Administrators can read or
// write, and it runs from there, so neither a planted DLL beside the original nor a user who can write that folder
// gets to run code as SYSTEM, and no one but them can read or replace the result it writes there.
struct ProbeProgram {
    std::string folder;                // where the program's files are now (UTF-8)
    std::vector<std::string> folders;  // subfolders the copy needs, parents first (none for the one-file program)
    std::vector<std::string> files;    // the files to copy, relative to `folder`
    std::string program;               // the one to start, one of `files`
    // The program to start is this running program's own file: its copy is written from the handle held since
    // start-up (OwnImage.h), never copied by name, so a file put in its place since then is never run as SYSTEM.
    bool runningImage = false;
};

struct SystemRun {
    enum class State {
        Ran,          // the program ran as SYSTEM and left its result: `output`
        NotElevated,  // only an elevated administrator may create a SYSTEM task
        Unavailable,  // there is no LocalSystem here (not Windows): nothing was tried
        Failed,       // Task Scheduler unreachable, the task not made or run, or no result left: `error`
        TimedOut,     // it did not finish within the time given; it was stopped
    };
    State state = State::Unavailable;
    std::string output;              // the result file's bytes (at most kMaxOutputBytes)
    std::string error;               // English, for the report and the log
    int exitCode = -1;               // the task's last result, when it ran
    std::vector<std::string> steps;  // what was done and undone, in order, for the report ("task … registered", "removed")
    bool cleanedUp = true;           // false: something was left behind; `steps` names it
    std::string registeredTask;      // the task definition given to Task Scheduler (its XML), for the log and the tests
    std::string taskCommand;         // the program the task starts, read back from Task Scheduler (its path, as quoted there)
};

class SystemAccount {
public:
    static constexpr std::size_t kMaxOutputBytes = 1 << 20;
    static constexpr std::size_t kMaxInputBytes = 1 << 20;
    static constexpr const char* kResultPlaceholder = "{result}";
    static constexpr const char* kInputPlaceholder = "{input}";
    // The task's name and the copy's folder start with it, so anything left behind is recognisable (and testable).
    // No space: the task's command line is the folder's path, and an unquoted path with spaces is searched piece by
    // piece ("C:\ProgramData\MARS.exe" first), a file any user may create.
    static constexpr const char* kNamePrefix = "MarsSetupDoctorProbe-";
    // What versions before 0.1.1 named them; the sweep of ended runs still recognises it.
    static constexpr const char* kLegacyNamePrefix = "MARS Setup Doctor probe ";

    virtual ~SystemAccount() = default;
    // The SID a result must say it was made by ("S-1-5-18" on Windows). A result from any other account is refused.
    virtual std::string expectedSid() = 0;
    // Runs `program` once as SYSTEM with `arguments` (UTF-8; kResultPlaceholder replaced by the result file's path,
    // kInputPlaceholder by the path of a file holding `input`, at most kMaxInputBytes: a request too long for a
    // command line, which Windows caps at 32,767 characters) and returns the file it wrote. Waits at most timeoutMs.
    // The task, the copy, the input and the result are removed afterwards, also when it fails or times out. Blocks:
    // call it from a worker thread.
    virtual SystemRun runAsSystem(const ProbeProgram& program, const std::vector<std::string>& arguments, const std::string& input,
                                  int timeoutMs) = 0;
};

std::unique_ptr<SystemAccount> makeSystemAccount();

// This system's account identity as the probe writes it into its result: "S-1-5-18" for SYSTEM; on POSIX "uid:<n>".
std::string currentAccountSid();

}  // namespace mars::platform
