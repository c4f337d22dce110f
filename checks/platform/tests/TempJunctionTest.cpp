// Which junction at an agent temp folder is followed (checks/platform/TempJunction.h). The Win32 side that reads the
// junction's tag and owner on its handle (Win32Temp.cpp) cannot be shown under Wine 8: it makes no junctions
// (CreateSymbolicLinkW produces nothing usable, and a Unix symlink shows no reparse tag on a handle; see
// shared/domain/wine.md). So the rule is tested here, and the check's use of its outcome with the fake platform
// (checks/tests/TempFilesCheckTest.cpp).
#include "checks/platform/TempJunction.h"

#include <catch2/catch.hpp>

using namespace mars::platform;

TEST_CASE("a junction made by SYSTEM, Administrators or TrustedInstaller is followed", "[temp-junction]")
{
    CHECK(mayFollowTempFolderLink(LinkKind::Junction, JunctionOwner::System));
    CHECK(mayFollowTempFolderLink(LinkKind::Junction, JunctionOwner::Administrators));
    CHECK(mayFollowTempFolderLink(LinkKind::Junction, JunctionOwner::TrustedInstaller));
}

TEST_CASE("a junction made by anyone else, or whose owner cannot be read, is refused", "[temp-junction]")
{
    CHECK_FALSE(mayFollowTempFolderLink(LinkKind::Junction, JunctionOwner::Other));
    CHECK_FALSE(mayFollowTempFolderLink(LinkKind::Junction, JunctionOwner::Unknown));
    CHECK(std::string(junctionOwnerName(JunctionOwner::Other)).find("not SYSTEM") != std::string::npos);
    CHECK(std::string(junctionOwnerName(JunctionOwner::Unknown)).find("could not be read") != std::string::npos);
}

TEST_CASE("a symbolic link or any other reparse point is refused, whoever made it", "[temp-junction]")
{
    for (const JunctionOwner owner : {JunctionOwner::System, JunctionOwner::Administrators, JunctionOwner::TrustedInstaller,
                                      JunctionOwner::Other, JunctionOwner::Unknown})
        CHECK_FALSE(mayFollowTempFolderLink(LinkKind::OtherReparsePoint, owner));
}
