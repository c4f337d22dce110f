#pragma once
#include "../Check.h"

namespace mars {

class NameResolver;
struct NameLookup;

// A vault with private endpoints: its backup-service, blob and queue names must resolve, through this computer's
// resolver, to private addresses (their privatelink zones), while Entra ID stays public (Microsoft's "Private
// endpoints overview" for Azure Backup: its private endpoints do not cover Entra ID). Which names, and whether
// private endpoints are used at all, the cloud profile says (`privateEndpoints`, a --profile file).
class PrivateEndpointsCheck final : public CheckOf<PrivateEndpointsCheck> {
    MARS_DECLARE_MESSAGES(PrivateEndpointsCheck)
public:
    static constexpr char kId[] = "private-endpoints";
    enum class Code { AllPrivate, NotInUse, PublicAddress, NotResolved, SignInPrivate, SignInUnresolved, NoNames, UnknownCloud, Count };
    static std::span<const FindingSpec> findings();

    // vaultFile: where the vault credentials file is read (the region's zone); null: one of its own.
    explicit PrivateEndpointsCheck(std::shared_ptr<const NameResolver> resolver, std::shared_ptr<VaultFileSource> vaultFile = nullptr);
    Verdict judge(const CheckContext& context) const override;

    // The region's code in a backup-service name (x.<geo>.backup.<suffix>, or x.privatelink.<geo>.backup.<suffix>).
    static QString geoOfBackupName(const QString& host);

private:
    std::shared_ptr<const NameResolver> m_resolver;
    std::shared_ptr<VaultFileSource> m_vaultFile;
};

}  // namespace mars
