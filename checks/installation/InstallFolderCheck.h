#pragma once
#include "../Check.h"
#include "../platform/Platform.h"

#include <QCoreApplication>

namespace mars {

// Check 2 of the article: the agent's folder is not System, Hidden, Compressed or Encrypted.
class InstallFolderCheck final : public Check {
    Q_DECLARE_TR_FUNCTIONS(InstallFolderCheck)
public:
    explicit InstallFolderCheck(std::shared_ptr<platform::Platform> platform);
    QString id() const override { return QStringLiteral("install-folder"); }
    QString title() const override { return tr("Installation folder attributes"); }
    CheckResult run(const CheckContext& context) const override;

    static QString attributeNames(platform::FolderAttributes attributes);  // translated, "Hidden, Compressed"

private:
    std::shared_ptr<platform::Platform> m_platform;
};

class ClearFolderAttributesFix final : public Fix {
    Q_DECLARE_TR_FUNCTIONS(ClearFolderAttributesFix)
public:
    ClearFolderAttributesFix(std::shared_ptr<platform::Platform> platform, std::filesystem::path folder,
                             platform::FolderAttributes attributes, bool needsElevation);
    QString id() const override { return QStringLiteral("clear-folder-attributes"); }
    QString title() const override { return tr("Remove these attributes"); }
    QString plan() const override;
    bool needsElevation() const override { return m_needsElevation; }
    FixOutcome apply(const CheckContext& context, FixProgress& progress) const override;

private:
    std::shared_ptr<platform::Platform> m_platform;
    std::filesystem::path m_folder;
    platform::FolderAttributes m_attributes;
    bool m_needsElevation;
};

}  // namespace mars
