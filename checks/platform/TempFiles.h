#pragma once
// The agent's temporary folders: what *.tmp files pile up there, and their safe removal.
#include "Change.h"

#include <filesystem>

namespace mars::platform {

// What lies directly in a temp folder under the name *.tmp. Only regular, singly linked files count as clearable.
struct TmpScan {
    bool ok = false;
    bool accessDenied = false;
    std::string error;
    std::uint64_t files = 0;
    std::uint64_t bytes = 0;
    std::uint64_t notRegular = 0;  // links, junctions, folders, devices, hard-linked files: always left alone
    // Not in files/bytes either, as the cleanup leaves them too:
    std::uint64_t readOnly = 0;  // read-only, and (POSIX) immutable or append-only: chattr +i, +a
    std::uint64_t inUse = 0;  // held open by a process (POSIX; the Win32 scan cannot tell without disturbing it)
    // Listed but not examined (e.g. a folder that can be read but not entered): with any, "files" is a lower
    // bound and the folder must not be called clean. unexaminedError: the first reason, naming the entry.
    std::uint64_t unexamined = 0;
    std::string unexaminedError = {};  // an initializer, so brace-initialized TmpScans elsewhere need not name it
    // The folder is a junction made by SYSTEM, Administrators or TrustedInstaller (TempJunction.h), followed to this
    // target; empty when the folder is no junction. A junction made by anyone else is refused (ok = false).
    std::string junctionTarget = {};
    std::string junctionOwner = {};
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

class TempFiles {
public:
    virtual ~TempFiles() = default;
    // The folders the agent's temporary files go to: %SystemRoot%\Temp, and %SystemRoot%\SystemTemp where Windows
    // has it (GetTempPath2 for SYSTEM). POSIX: the system temp folder, the portable stand-in.
    virtual std::vector<std::filesystem::path> agentTempFolders() = 0;
    virtual TmpScan scanTmpFiles(const std::filesystem::path& folder) = 0;
    // Deletes regular *.tmp files directly in `folder`: never follows or deletes through links, junctions or
    // reparse points, never recurses, skips files in use and read-only files, re-checks each file on its open handle.
    virtual TmpCleanup deleteTmpFiles(const std::filesystem::path& folder, Progress& progress) = 0;
};

}  // namespace mars::platform
