#include "AgentRequirements.h"

#include "checks/BuiltInData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <stdexcept>

namespace mars {

std::optional<FourPartVersion> parseVersion(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return std::nullopt;
    FourPartVersion version{};
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        const uint part = parts[i].toUInt(&ok);
        if (!ok || part > 65535)
            return std::nullopt;
        version[size_t(i)] = part;
    }
    return version;
}

QString versionText(const FourPartVersion& version)
{
    return QStringLiteral("%1.%2.%3.%4").arg(version[0]).arg(version[1]).arg(version[2]).arg(version[3]);
}

std::optional<AgentRequirements> AgentRequirements::parse(const QByteArray& json, QString* error)
{
    auto fail = [&](const QString& why) -> std::optional<AgentRequirements> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const std::optional<QJsonObject> document = jsonObject(json, error);
    if (!document)
        return std::nullopt;
    const QJsonObject& root = *document;
    AgentRequirements requirements;
    const QJsonObject agent = root[QStringLiteral("agent")].toObject();  // the file's key, not a check id
    const auto vault = parseVersion(agent[QStringLiteral("vaultCredentials")][QStringLiteral("version")].toString());
    const auto oldest = parseVersion(agent[QStringLiteral("oldestWorking")][QStringLiteral("version")].toString());
    if (!vault || !oldest)
        return fail(QStringLiteral("agent versions missing or not a.b.c.d"));
    requirements.vaultCredentialsVersion = *vault;
    requirements.vaultCredentialsSource = Message::perLanguage(agent[QStringLiteral("vaultCredentials")][QStringLiteral("source")]);
    requirements.oldestWorkingVersion = *oldest;
    requirements.oldestWorkingSource = Message::perLanguage(agent[QStringLiteral("oldestWorking")][QStringLiteral("source")]);

    const QJsonObject os = root[QStringLiteral("os")].toObject();
    if (!os[QStringLiteral("requires64Bit")].isBool() || !os[QStringLiteral("serverCore")].isBool())
        return fail(QStringLiteral("os.requires64Bit and os.serverCore must be true or false"));
    requirements.requires64Bit = os[QStringLiteral("requires64Bit")].toBool();
    requirements.serverCoreSupported = os[QStringLiteral("serverCore")].toBool();
    requirements.osSource = Message::perLanguage(os[QStringLiteral("source")]);
    requirements.osFloorSource = Message::perLanguage(os[QStringLiteral("floorSource")]);
    for (const QJsonValue& value : os[QStringLiteral("supported")].toArray()) {
        const QJsonObject entry = value.toObject();
        requirements.supported << SupportedWindows{entry[QStringLiteral("name")].toString(), entry[QStringLiteral("server")].toBool(),
                                                   unsigned(entry[QStringLiteral("minBuild")].toInt()),
                                                   unsigned(entry[QStringLiteral("maxBuild")].toInt())};
    }
    if (requirements.supported.isEmpty())
        return fail(QStringLiteral("no supported Windows listed"));

    const QJsonObject dotNet = root[QStringLiteral("dotNet")].toObject();
    requirements.dotNetMinimumRelease = unsigned(dotNet[QStringLiteral("minimumRelease")].toInt());
    requirements.dotNetMinimumName = dotNet[QStringLiteral("name")].toString();
    requirements.dotNetSource = Message::perLanguage(dotNet[QStringLiteral("source")]);
    for (const QJsonValue& value : dotNet[QStringLiteral("releases")].toArray())
        requirements.dotNetReleases << qMakePair(unsigned(value[QStringLiteral("release")].toInt()), value[QStringLiteral("name")].toString());
    if (!requirements.dotNetMinimumRelease)
        return fail(QStringLiteral("no .NET minimum"));

    const QJsonObject tls = root[QStringLiteral("tls")].toObject();  // the file's key, not a check id
    requirements.schannelSource = Message::perLanguage(tls[QStringLiteral("schannelSource")]);
    requirements.dotNetTlsSource = Message::perLanguage(tls[QStringLiteral("dotNetSource")]);
    const QJsonObject target = tls[QStringLiteral("target")].toObject();
    unsigned* const fields[] = {&requirements.tlsEnabled, &requirements.tlsDisabledByDefault, &requirements.tlsStrongCrypto,
                                &requirements.tlsSystemDefault};
    const char* const names[] = {"Enabled", "DisabledByDefault", "SchUseStrongCrypto", "SystemDefaultTlsVersions"};
    for (std::size_t i = 0; i < std::size(fields); ++i) {
        const QJsonValue value = target[QLatin1String(names[i])];
        if (!value.isDouble() || value.toInt(-1) < 0 || value.toInt(-1) > 1)
            return fail(QStringLiteral("tls.target.%1 must be 0 or 1").arg(QLatin1String(names[i])));
        *fields[i] = unsigned(value.toInt());
    }
    return requirements;
}

const AgentRequirements& AgentRequirements::builtIn()
{
    static const AgentRequirements requirements = parseBuiltIn<AgentRequirements>(QStringLiteral(":/agent/requirements.json"), "the agent's requirements");
    return requirements;
}

const SupportedWindows* AgentRequirements::windowsFor(unsigned build, bool server) const
{
    for (const SupportedWindows& entry : supported)
        if (entry.server == server && build >= entry.minBuild && build <= entry.maxBuild)
            return &entry;
    return nullptr;
}

QString AgentRequirements::dotNetName(unsigned release) const
{
    for (const auto& entry : dotNetReleases)
        if (release >= entry.first)
            return entry.second;
    return {};
}

}  // namespace mars
