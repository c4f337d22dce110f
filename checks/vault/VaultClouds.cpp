#include "VaultClouds.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mars {

namespace {
QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list << item.toString().toLower();
    return list;
}
}  // namespace

QString VaultCloud::backupHost(const QString& location) const
{
    QString region = location.toLower();
    region.remove(QLatin1Char(' '));
    const QString code = geoCodes.value(region);
    return code.isEmpty() ? QString() : backupHostTemplate.arg(code);
}

const QList<VaultCloud>& VaultClouds::all()
{
    static const QList<VaultCloud> list = [] {
        QList<VaultCloud> clouds;
        QFile file(QStringLiteral(":/vault/clouds.json"));
        if (!file.open(QIODevice::ReadOnly))
            return clouds;
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        for (const QJsonValue& value : root[QStringLiteral("clouds")].toArray()) {
            const QJsonObject object = value.toObject();
            VaultCloud cloud;
            cloud.id = object[QStringLiteral("id")].toString();
            cloud.authorityHosts = strings(object[QStringLiteral("authorityHosts")]);
            cloud.idMgmtSuffixes = strings(object[QStringLiteral("idMgmtSuffixes")]);
            cloud.managementResource = object[QStringLiteral("managementResource")].toString();
            cloud.backupHostTemplate = object[QStringLiteral("backupHost")].toString();
            const QJsonObject codes = object[QStringLiteral("geoCodes")].toObject();
            for (auto it = codes.begin(); it != codes.end(); ++it)
                cloud.geoCodes.insert(it.key(), it.value().toString());
            clouds << cloud;
        }
        return clouds;
    }();
    return list;
}

std::optional<VaultCloud> VaultClouds::find(const QString& cloudId)
{
    for (const VaultCloud& cloud : all())
        if (cloud.id == cloudId)
            return cloud;
    return std::nullopt;
}

std::optional<VaultCloud> VaultClouds::byAuthorityHost(const QString& host)
{
    for (const VaultCloud& cloud : all())
        if (cloud.authorityHosts.contains(host.toLower()))
            return cloud;
    return std::nullopt;
}

std::optional<VaultCloud> VaultClouds::byIdMgmtHost(const QString& host)
{
    const QString lower = host.toLower();
    for (const VaultCloud& cloud : all())
        for (const QString& suffix : cloud.idMgmtSuffixes)
            if (lower.endsWith(suffix))
                return cloud;
    return std::nullopt;
}

}  // namespace mars
