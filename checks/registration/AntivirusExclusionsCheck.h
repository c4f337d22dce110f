#pragma once
#include "../Check.h"

namespace mars {

// Beyond the article's steps, though its first error (34513) names antivirus as a cause: Microsoft Defender's
// exclusions for the agent's cache ("Scratch") folder, its Bin folder and cbengine.exe (windows.md "Antivirus"). What
// cannot be read (Defender absent, not in charge, or hiding its list) is said with its reason and the list to ask for,
// never as a Pass.
class AntivirusExclusionsCheck final : public CheckOf<AntivirusExclusionsCheck> {
    MARS_DECLARE_MESSAGES(AntivirusExclusionsCheck)
public:
    static constexpr char kId[] = "antivirus-exclusions";
    enum class Code { Excluded, Missing, NoDefenderHere, AgentNotInstalled, AnotherProduct, Unreadable, PolicyOnly, Count };
    static std::span<const FindingSpec> findings();

    explicit AntivirusExclusionsCheck(std::shared_ptr<platform::Platform> platform);
    Verdict judge(const CheckContext& context) const override;

private:
    std::shared_ptr<platform::Platform> m_platform;
};

}  // namespace mars
