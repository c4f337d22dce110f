#pragma once
// Microsoft Defender's exclusions, which the agent's troubleshooting article asks for (<install>\Scratch, <install>\Bin,
// cbengine.exe; windows.md "Antivirus"): read from Defender's registry keys, added and removed through Defender's own
// WMI provider (what Add-MpPreference and Remove-MpPreference call), and what this program added kept until put back.
#include "Change.h"

#include <optional>
#include <string>
#include <vector>

namespace mars::platform {

struct ExclusionList {
    std::vector<std::string> paths;      // folders or files (UTF-8), as Defender keeps them
    std::vector<std::string> processes;  // process names or full paths
    bool empty() const { return paths.empty() && processes.empty(); }
};

// Why Defender's exclusions cannot be judged here; None: they were read.
enum class ExclusionsUnreadable {
    None,
    NotWindows,        // the portable build: there is no Defender to ask
    DefenderAbsent,    // no WinDefend service: Defender is not installed (another product, or none, protects the server)
    DefenderOff,       // WinDefend is installed but not running: another product is in charge
    PassiveMode,       // policy ForceDefenderPassiveMode = 1: Defender is not the antivirus, another product is
    HiddenFromAdmins,  // policy HideExclusionsFromLocalAdmins = 1: administrators may not see the list
    AccessDenied,      // the exclusion keys refuse this account
    Failed,            // another error, in `error`
};

struct DefenderExclusions {
    ExclusionsUnreadable unreadable = ExclusionsUnreadable::NotWindows;
    bool readable() const { return unreadable == ExclusionsUnreadable::None; }
    ExclusionList local;   // HKLM\SOFTWARE\Microsoft\Windows Defender\Exclusions\{Paths,Processes}: Add-MpPreference's
    ExclusionList policy;  // HKLM\SOFTWARE\Policies\Microsoft\Windows Defender\Exclusions\{Paths,Processes}: Group Policy's
    bool localIgnored = false;             // policy DisableLocalAdminMerge = 1: only the policy's exclusions apply
    std::optional<bool> tamperProtection;  // Features\TamperProtection, when it could be read
    std::string error;                     // what failed, for Failed and AccessDenied
};

class AntivirusExclusions {
public:
    virtual ~AntivirusExclusions() = default;
    virtual DefenderExclusions defenderExclusions() = 0;
    // MSFT_MpPreference.Add / Remove in root\Microsoft\Windows\Defender. Needs an elevated administrator; Defender may
    // still ignore the change (tamper protection with DisableLocalAdminMerge), so callers read the list again after.
    virtual ChangeResult addDefenderExclusions(const ExclusionList& add) = 0;
    virtual ChangeResult removeDefenderExclusions(const ExclusionList& remove) = 0;
    // What this program added, kept across runs until put back (Win32: HKLM\SOFTWARE\MARS Setup Doctor\Added Defender
    // exclusions): putting back removes exactly these and leaves what was there before.
    virtual std::optional<ExclusionList> addedDefenderExclusions() = 0;
    virtual ChangeResult recordAddedDefenderExclusions(const ExclusionList& added) = 0;
    virtual ChangeResult forgetAddedDefenderExclusions() = 0;
};

}  // namespace mars::platform
