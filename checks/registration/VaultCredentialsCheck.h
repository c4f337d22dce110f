#pragma once
// The vault credentials file (beyond the article's steps, but the first cause of error 34513 in every revision of
// it): checked as the agent will read it, before the agent does. Facts: vault-credentials.md, errors.md.
#include "../Check.h"
#include "../platform/CertificateSigner.h"
#include "../platform/VaultEnvironment.h"
#include "../vault/VaultFile.h"
#include "../vault/VaultFileSource.h"

namespace mars {

class VaultCredentialsCheck final : public CheckOf<VaultCredentialsCheck> {
    MARS_DECLARE_MESSAGES(VaultCredentialsCheck)
public:
    static constexpr char kId[] = "vault-credentials";
    enum class Code {
        NoFile, Good, WrongExtension, NetworkLocation, TooLarge, Unreadable, Damaged, OldShape, UnknownAuthority,
        MixedClouds, OtherCloud, CertificateUnopenable, NoPrivateKey, Expired, NotYetValid, AgentTooOld, OtherVault,
        SignInFailed, NotYetValidByMeasuredTime, RegistrationUnreadable, Count
    };
    static std::span<const FindingSpec> findings();

    // "current files (Version 2.0) need 2.0.9249.0 or later" (MARS agent FAQ, "Why do I need to update my MARS agent
    // for the vault credentials to work?").
    static constexpr const char* kMinimumAgentForV2 = "2.0.9249.0";

    // vaultFile: where the file is read and parsed, shared with the endpoint checks of a run; null: one of its own.
    VaultCredentialsCheck(std::shared_ptr<platform::Platform> platform, std::shared_ptr<platform::CertificateSigner> signer,
                          std::shared_ptr<platform::VaultEnvironment> environment, std::shared_ptr<VaultFileSource> vaultFile = nullptr);
    Verdict judge(const CheckContext& context) const override;

    // "1a2b3c4d-****-****-****-********6666": enough for a helpdesk to tell subscriptions apart, not to copy one.
    static QString maskSubscription(const QString& id);
    // Negative when a < b, as dotted version numbers.
    static int compareVersions(const QString& a, const QString& b);
    // The folder of the user's own that "Copy it to this computer" copies into.
    static QString localCopyFolder();

private:
    std::shared_ptr<platform::Platform> m_platform;
    std::shared_ptr<platform::CertificateSigner> m_signer;
    std::shared_ptr<platform::VaultEnvironment> m_environment;
    std::shared_ptr<VaultFileSource> m_vaultFile;
};

class CopyVaultFileFix final : public Fix {
    MARS_DECLARE_MESSAGES(CopyVaultFileFix)
public:
    explicit CopyVaultFileFix(QString source);
    Message plan() const override;
    FixOutcome apply(const CheckContext& context, FixProgress& progress) const override;

private:
    QString m_source;
};

class UseCloudFix final : public Fix {
    MARS_DECLARE_MESSAGES(UseCloudFix)
public:
    UseCloudFix(QString from, QString to);
    Message plan() const override;
    FixOutcome apply(const CheckContext& context, FixProgress& progress) const override;

private:
    QString m_from;
    QString m_to;
};

class TestSignInFix final : public Fix {
    MARS_DECLARE_MESSAGES(TestSignInFix)
public:
    TestSignInFix();
    Message plan() const override;
    FixOutcome apply(const CheckContext& context, FixProgress& progress) const override;
};

}  // namespace mars
