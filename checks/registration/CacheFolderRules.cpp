#include "CacheFolderRules.h"

#include "checks/BuiltInData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <stdexcept>

namespace mars {

namespace {
QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list << item.toString();
    return list;
}
}  // namespace

std::optional<CacheFolderRules> CacheFolderRules::parse(const QByteArray& json, QString* error)
{
    auto fail = [&](const QString& why) -> std::optional<CacheFolderRules> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const std::optional<QJsonObject> document = jsonObject(json, error);
    if (!document)
        return std::nullopt;
    const QJsonObject& root = *document;
    CacheFolderRules rules;
    const QJsonObject registry = root[QStringLiteral("registry")].toObject();
    rules.registryValues = strings(registry[QStringLiteral("values")]);
    rules.registrySource = Message::perLanguage(registry[QStringLiteral("source")]);
    const QJsonObject space = root[QStringLiteral("freeSpace")].toObject();
    const QJsonObject percent = space[QStringLiteral("percentOfBackupData")].toObject();
    const QJsonObject systemState = space[QStringLiteral("systemStateExtraGB")].toObject();
    rules.minimumPercent = unsigned(percent[QStringLiteral("minimum")].toInt());
    rules.recommendedPercent = unsigned(percent[QStringLiteral("recommended")].toInt());
    rules.systemStateMinimumGB = unsigned(systemState[QStringLiteral("minimum")].toInt());
    rules.systemStateRecommendedGB = unsigned(systemState[QStringLiteral("recommended")].toInt());
    rules.freeSpaceSource = Message::perLanguage(space[QStringLiteral("source")]);
    const QJsonObject volume = root[QStringLiteral("volume")].toObject();
    rules.fileSystems = strings(volume[QStringLiteral("fileSystems")]);
    rules.volumeSource = Message::perLanguage(volume[QStringLiteral("source")]);
    rules.kekSource = Message::perLanguage(root[QStringLiteral("kek")][QStringLiteral("source")]);
    rules.moveStepsUrl = root[QStringLiteral("moveSteps")].toString();
    if (rules.registryValues.size() != 2)
        return fail(QStringLiteral("the two ScratchLocation values are not listed"));
    if (!rules.minimumPercent || rules.recommendedPercent < rules.minimumPercent || !rules.systemStateMinimumGB ||
        rules.systemStateRecommendedGB < rules.systemStateMinimumGB)
        return fail(QStringLiteral("free-space rule missing or inverted"));
    if (rules.fileSystems.isEmpty() || !rules.moveStepsUrl.startsWith(QLatin1String("https://")))
        return fail(QStringLiteral("no file systems or no https link to the move steps"));
    return rules;
}

const CacheFolderRules& CacheFolderRules::builtIn()
{
    static const CacheFolderRules rules = parseBuiltIn<CacheFolderRules>(QStringLiteral(":/agent/cache-folder.json"), "the cache folder rules");
    return rules;
}

bool CacheFolderRules::fileSystemSupported(const QString& name) const
{
    return fileSystems.contains(name, Qt::CaseInsensitive);
}

}  // namespace mars
