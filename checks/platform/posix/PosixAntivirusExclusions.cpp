// There is no Microsoft Defender on a POSIX system: its exclusions are never read, and so never judged a Pass.
#include "../Platform.h"

namespace mars::platform {

namespace {
class PosixAntivirusExclusions final : public AntivirusExclusions {
public:
    DefenderExclusions defenderExclusions() override { return {}; }  // NotWindows
    ChangeResult addDefenderExclusions(const ExclusionList&) override { return {{}, {"there is no Microsoft Defender on this system"}}; }
    ChangeResult removeDefenderExclusions(const ExclusionList&) override { return {{}, {"there is no Microsoft Defender on this system"}}; }
    std::optional<ExclusionList> addedDefenderExclusions() override { return std::nullopt; }
    ChangeResult recordAddedDefenderExclusions(const ExclusionList&) override { return {{}, {"there is no registry on this system"}}; }
    ChangeResult forgetAddedDefenderExclusions() override { return {}; }
};
}  // namespace

std::unique_ptr<AntivirusExclusions> makeSystemAntivirusExclusions()
{
    return std::make_unique<PosixAntivirusExclusions>();
}

}  // namespace mars::platform
