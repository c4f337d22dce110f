#pragma once
// The one interface between the checks and the operating system. Standard C++ only (no Qt), so the Win32
// implementation cross-compiles with mingw-w64 and its tests run under Wine without a Qt for Windows.
#include <atomic>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace mars::platform {

enum class ElevationType { Unknown, Default, Full, Limited };

struct AdminStatus {
    bool queried = false;  // false: `error` says why nothing else is meaningful
    bool memberOfAdministrators = false;
    bool elevated = false;
    ElevationType elevationType = ElevationType::Unknown;
    std::string account;
    std::string error;
};

// Bit set of the install-folder attributes the agent's setup rejects.
enum FolderAttribute : std::uint32_t {
    AttrSystem = 1u << 0,
    AttrHidden = 1u << 1,
    AttrCompressed = 1u << 2,
    AttrEncrypted = 1u << 3,
};
using FolderAttributes = std::uint32_t;
inline constexpr FolderAttributes kAllFolderAttributes = AttrSystem | AttrHidden | AttrCompressed | AttrEncrypted;

struct AttributeRead {
    enum class State { Found, Missing, Failed };
    State state = State::Failed;
    bool isDirectory = false;
    FolderAttributes attributes = 0;
    std::string error;
};

// What a system change did: one line per change made, one per change that failed.
struct ChangeResult {
    std::vector<std::string> changed;
    std::vector<std::string> failed;
    bool ok() const { return failed.empty(); }
};

struct InstallLocation {
    std::filesystem::path folder;
    bool fromAgentRegistration = false;  // true: the installed agent's own record; false: the default location
};

// Shared between a long operation on a worker thread and whoever shows it: counts up, and may be asked to stop.
struct Progress {
    std::atomic<std::uint64_t> done{0};
    std::atomic<std::uint64_t> total{0};
    std::atomic<bool> cancel{false};
};

// What lies directly in a temp folder under the name *.tmp. Only regular, singly linked files count as clearable.
struct TmpScan {
    bool ok = false;
    bool accessDenied = false;
    std::string error;
    std::uint64_t files = 0;
    std::uint64_t bytes = 0;
    std::uint64_t notRegular = 0;  // links, junctions, folders, devices, hard-linked files: always left alone
    // Not in files/bytes either, as the cleanup leaves them too:
    std::uint64_t readOnly = 0;
    std::uint64_t inUse = 0;  // held open by a process (POSIX; the Win32 scan cannot tell without disturbing it)
    // Listed but not examined (e.g. a folder that can be read but not entered): with any, "files" is a lower
    // bound and the folder must not be called clean. unexaminedError: the first reason, naming the entry.
    std::uint64_t unexamined = 0;
    std::string unexaminedError = {};  // an initializer, so brace-initialized TmpScans elsewhere need not name it
};

struct TmpCleanup {
    bool ok = false;  // false: the folder could not be opened safely; `error` says why and nothing was deleted
    std::string error;
    bool cancelled = false;
    std::uint64_t deleted = 0;
    std::uint64_t bytesFreed = 0;
    std::uint64_t inUse = 0;
    std::uint64_t readOnly = 0;
    std::uint64_t notRegular = 0;
    std::uint64_t vanished = 0;  // gone (or replaced) between listing and deleting
    std::uint64_t failed = 0;
    std::vector<std::string> examples;  // a few names left in place, with the reason
};

// The Windows Time service as the clock check reports it.
struct TimeService {
    bool applicable = false;  // false on systems without Windows Time (the portable build)
    bool installed = false;
    bool running = false;
    bool domainJoined = false;  // a domain member takes its time from the domain: never set it by hand
    std::string error;
};

// What the installed agent records about an earlier registration (no documented value says "registered": the
// practical signals are the cache ("scratch") locations and OnlineBackup.KEK in the cache folder).
struct AgentRegistration {
    bool applicable = false;  // false: no agent on this system (the portable build)
    bool registered = false;  // OnlineBackup.KEK found in the cache folder
    std::filesystem::path scratch;          // Config\ScratchLocation
    std::filesystem::path providerScratch;  // Config\CloudBackupProvider\ScratchLocation
};

class Platform {
public:
    virtual ~Platform() = default;

    virtual AdminStatus queryAdminStatus() = 0;
    virtual AttributeRead readAttributes(const std::filesystem::path& path) = 0;
    virtual ChangeResult clearAttributes(const std::filesystem::path& folder, FolderAttributes which) = 0;
    // Whether this process may change the folder's attributes as it runs now (false: only an administrator can).
    virtual bool canChangeAttributes(const std::filesystem::path& folder) = 0;
    virtual InstallLocation agentInstallLocation() = 0;
    virtual AgentRegistration agentRegistration() = 0;

    // The folders the agent's temporary files go to: %SystemRoot%\Temp, and %SystemRoot%\SystemTemp where Windows
    // has it (GetTempPath2 for SYSTEM). POSIX: the system temp folder, the portable stand-in.
    virtual std::vector<std::filesystem::path> agentTempFolders() = 0;
    virtual TmpScan scanTmpFiles(const std::filesystem::path& folder) = 0;
    // Deletes regular *.tmp files directly in `folder`: never follows or deletes through links, junctions or
    // reparse points, never recurses, skips files in use and read-only files, re-checks each file on its open handle.
    virtual TmpCleanup deleteTmpFiles(const std::filesystem::path& folder, Progress& progress) = 0;

    virtual TimeService timeService() = 0;
    // Starts Windows Time if it is stopped and asks it to resync now (w32tm /resync /force).
    virtual ChangeResult resyncClock() = 0;
    // Sets the system clock (UTC). Callers decide whether that is safe: see ClockDecision.
    virtual ChangeResult setClock(double unixSeconds) = 0;

    // Opens the system's proxy settings for the user (Windows: Settings > Network > Proxy).
    virtual bool canOpenProxySettings() = 0;
    virtual ChangeResult openProxySettings() = 0;

    virtual bool canRelaunchElevated() = 0;
    // Starts this program again with administrator rights and the given arguments (UTF-8).
    virtual ChangeResult relaunchElevated(const std::vector<std::string>& arguments) = 0;
};

// The implementation for the system this was built for (Win32 or POSIX).
std::unique_ptr<Platform> makeSystemPlatform();

}  // namespace mars::platform
