#pragma once
// An agent temp folder that is itself a junction: Windows administrators relocate C:\Windows\Temp to another volume
// with a junction (mklink /J) made as administrator. Such a junction is followed; any other link is refused, since a
// junction a standard user made would point an elevated cleanup at a folder of their choosing.
#include <string>

namespace mars::platform {

// Who owns the junction itself (its reparse point, read on a handle opened without following it).
enum class JunctionOwner { System, Administrators, TrustedInstaller, Other, Unknown };

enum class LinkKind { Junction, OtherReparsePoint };  // IO_REPARSE_TAG_MOUNT_POINT, or a symlink / anything else

inline bool mayFollowTempFolderLink(LinkKind kind, JunctionOwner owner)
{
    return kind == LinkKind::Junction &&
           (owner == JunctionOwner::System || owner == JunctionOwner::Administrators || owner == JunctionOwner::TrustedInstaller);
}

inline const char* junctionOwnerName(JunctionOwner owner)
{
    switch (owner) {
    case JunctionOwner::System: return "SYSTEM";
    case JunctionOwner::Administrators: return "Administrators";
    case JunctionOwner::TrustedInstaller: return "TrustedInstaller";
    case JunctionOwner::Other: return "an account that is not SYSTEM, Administrators or TrustedInstaller";
    case JunctionOwner::Unknown: break;
    }
    return "an owner that could not be read";
}

}  // namespace mars::platform
