#pragma once
#include "../Check.h"

namespace mars {

// Check 5 of the article: C:\Windows\Temp (and SystemTemp) must not be filling up with .tmp files. GetTempFileName
// has 65,535 names per folder; once they are used the agent's registration fails with error 34513.
class TempFilesCheck final : public CheckOf<TempFilesCheck> {
    MARS_DECLARE_MESSAGES(TempFilesCheck)
public:
    static constexpr char kId[] = "temp-files";
    enum class Code {
        AdminOnly, Unreadable, Partial, EntriesUnknown, NoPileUp, OnlyKeptBack, TooManyNames, TooMany, PilingUp, Count
    };
    static std::span<const FindingSpec> findings();

    static constexpr std::uint64_t kFailAt = 60000;  // Microsoft's fix applies from about 60,000 files

    explicit TempFilesCheck(std::shared_ptr<platform::Platform> platform);
    Verdict judge(const CheckContext& context) const override;

    // The folder the user named (exactly as given, never trimmed), or the agent's own temp folders.
    static std::vector<std::filesystem::path> foldersFor(platform::Platform& platform, const CheckContext& context);

private:
    std::shared_ptr<platform::Platform> m_platform;
};

class ClearTmpFilesFix final : public Fix {
    MARS_DECLARE_MESSAGES(ClearTmpFilesFix)
public:
    ClearTmpFilesFix(std::shared_ptr<platform::Platform> platform, std::vector<std::filesystem::path> folders, std::uint64_t files,
                     std::uint64_t bytes);
    Message plan() const override;
    FixOutcome apply(const CheckContext& context, FixProgress& progress) const override;

private:
    std::shared_ptr<platform::Platform> m_platform;
    std::vector<std::filesystem::path> m_folders;
    std::uint64_t m_files;
    std::uint64_t m_bytes;
};

}  // namespace mars
