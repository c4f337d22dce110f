#pragma once
#include "../Check.h"
#include "../platform/Platform.h"

namespace mars {

// Check 2 of the article: the agent's folder is not System, Hidden, Compressed or Encrypted.
class InstallFolderCheck final : public CheckOf<InstallFolderCheck> {
    MARS_DECLARE_MESSAGES(InstallFolderCheck)
public:
    static constexpr char kId[] = "install-folder";
    enum class Code { Clear, IsFile, BadAttributes, AttributesUnreadable, Count };
    static std::span<const FindingSpec> findings();

    explicit InstallFolderCheck(std::shared_ptr<platform::Platform> platform);
    Verdict judge(const CheckContext& context) const override;

    static Message attributeNames(platform::FolderAttributes attributes);  // "Hidden and Compressed"

private:
    std::shared_ptr<platform::Platform> m_platform;
};

class ClearFolderAttributesFix final : public Fix {
    MARS_DECLARE_MESSAGES(ClearFolderAttributesFix)
public:
    ClearFolderAttributesFix(std::shared_ptr<platform::Platform> platform, std::filesystem::path folder,
                             platform::FolderAttributes attributes, bool canChangeNow);
    Message plan() const override;
    bool needsElevation(const CheckContext&) const override { return !m_canChangeNow; }
    FixOutcome apply(const CheckContext& context, FixProgress& progress) const override;

private:
    std::shared_ptr<platform::Platform> m_platform;
    std::filesystem::path m_folder;
    platform::FolderAttributes m_attributes;
    bool m_canChangeNow;
};

}  // namespace mars
