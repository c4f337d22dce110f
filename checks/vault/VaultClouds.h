#pragma once
// What the vault file says about its cloud, as data (resources/vault/clouds.json): the Entra ID hosts a file of each
// cloud may name, the management resource its token is for, and the region's backup-service host.
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace mars {

struct VaultCloud {
    QString id;  // the cloud profile's id: china, public, usgov
    QStringList authorityHosts;
    QStringList idMgmtSuffixes;
    QString managementResource;
    QString backupHostTemplate;  // "%1" is the region's geo code
    QHash<QString, QString> geoCodes;
    // The region's own backup-service host, or empty when the region's geo code is not known.
    QString backupHost(const QString& location) const;
};

class VaultClouds {
public:
    static const QList<VaultCloud>& all();
    static std::optional<VaultCloud> find(const QString& cloudId);
    // The cloud whose Entra ID hosts include `host` (case-insensitive), if any. Nothing else may receive an assertion.
    static std::optional<VaultCloud> byAuthorityHost(const QString& host);
    static std::optional<VaultCloud> byIdMgmtHost(const QString& host);
};

}  // namespace mars
