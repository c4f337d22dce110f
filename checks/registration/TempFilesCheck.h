#pragma once
#include "../Check.h"

#include <QCoreApplication>

namespace mars {

// Check 5 of the article: C:\Windows\Temp (and SystemTemp) must not be filling up with .tmp files. GetTempFileName
// has 65,535 names per folder; once they are used the agent's registration fails with error 34513.
class TempFilesCheck final : public Check {
    Q_DECLARE_TR_FUNCTIONS(TempFilesCheck)
public:
    static constexpr std::uint64_t kFailAt = 60000;  // Microsoft's fix applies from about 60,000 files

    explicit TempFilesCheck(std::shared_ptr<platform::Platform> platform);
    QString id() const override { return QStringLiteral("temp-files"); }
    QString title() const override { return tr("Temporary files"); }
    int timeoutSeconds() const override { return 120; }
    CheckResult run(const CheckContext& context) const override;

    static std::vector<std::filesystem::path> foldersFor(platform::Platform& platform, const CheckContext& context);

private:
    std::shared_ptr<platform::Platform> m_platform;
};

class ClearTmpFilesFix final : public Fix {
    Q_DECLARE_TR_FUNCTIONS(ClearTmpFilesFix)
public:
    ClearTmpFilesFix(std::shared_ptr<platform::Platform> platform, std::vector<std::filesystem::path> folders, std::uint64_t files,
                     std::uint64_t bytes, bool needsElevation);
    QString id() const override { return QStringLiteral("clear-tmp-files"); }
    QString title() const override { return tr("Clear .tmp files"); }
    QString plan() const override;
    bool needsElevation() const override { return m_needsElevation; }
    FixOutcome apply(const CheckContext& context, FixProgress& progress) const override;

private:
    std::shared_ptr<platform::Platform> m_platform;
    std::vector<std::filesystem::path> m_folders;
    std::uint64_t m_files;
    std::uint64_t m_bytes;
    bool m_needsElevation;
};

}  // namespace mars
