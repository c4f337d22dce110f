#include "CloudProfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

static void initCloudResources()
{
    Q_INIT_RESOURCE(clouds);
}

namespace mars {

namespace {

// Hand-written rather than a QRegularExpression: profiles are parsed on worker threads, and PCRE2's per-thread
// JIT stack was seen crashing in thread teardown under Wine.
bool isLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63 || label.front() == QLatin1Char('-') || label.back() == QLatin1Char('-'))
        return false;
    for (const QChar c : label)
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
              c == QLatin1Char('-')))
            return false;
    return true;
}

bool isHostName(const QString& host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    QStringView rest(host);
    if (rest.startsWith(QLatin1String("*.")))
        rest = rest.mid(2);
    for (const QStringView label : rest.split(QLatin1Char('.')))
        if (!isLabel(label))
            return false;
    return true;
}

bool isProfileId(const QString& id)
{
    if (id.isEmpty() || id.size() > 32 || !(id.front() >= QLatin1Char('a') && id.front() <= QLatin1Char('z')))
        return false;
    for (const QChar c : id)
        if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-')))
            return false;
    return true;
}

std::optional<QStringList> stringList(const QJsonObject& object, const QString& key, bool required, QString* error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() && !required)
        return QStringList{};
    if (!value.isArray()) {
        *error = CloudProfiles::tr("\"%1\" must be a list of strings").arg(key);
        return std::nullopt;
    }
    QStringList list;
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isString() || item.toString().isEmpty()) {
            *error = CloudProfiles::tr("\"%1\" holds something that is not a non-empty string").arg(key);
            return std::nullopt;
        }
        list << item.toString();
    }
    return list;
}

std::optional<EndpointProbe> parseProbe(const QJsonValue& value, QString* error)
{
    const QJsonObject object = value.toObject();
    EndpointProbe probe{object.value(QLatin1String("role")).toString(), object.value(QLatin1String("kind")).toString(),
                        object.value(QLatin1String("host")).toString(), quint16(object.value(QLatin1String("port")).toInt(443)),
                        object.value(QLatin1String("url")).toString(), object.value(QLatin1String("expect")).toString()};
    if (object.value(QLatin1String("port")).toInt(443) < 1 || object.value(QLatin1String("port")).toInt(443) > 65535) {
        *error = CloudProfiles::tr("probe port must be 1-65535");
        return std::nullopt;
    }
    if (!value.isObject() || probe.role.isEmpty()) {
        *error = CloudProfiles::tr("each probe needs a \"role\"");
    } else if (probe.kind == QLatin1String("ncsi")) {
        if (!probe.url.startsWith(QLatin1String("http://")) || probe.expect.isEmpty())
            *error = CloudProfiles::tr("an \"ncsi\" probe needs an http:// \"url\" and the \"expect\"ed body");
    } else if (probe.kind == QLatin1String("https") || probe.kind == QLatin1String("dns")) {
        if (!isHostName(probe.host) || probe.host.startsWith(QLatin1Char('*')))
            *error = CloudProfiles::tr("probe host \"%1\" is not a host name").arg(probe.host.left(80));
    } else {
        *error = CloudProfiles::tr("probe kind \"%1\" is not one of https, dns, ncsi").arg(probe.kind.left(40));
    }
    if (!error->isEmpty())
        return std::nullopt;
    return probe;
}

}  // namespace

QString CloudProfile::displayName(const QString& language) const
{
    return language.startsWith(QLatin1String("zh")) && !nameChinese.isEmpty() ? nameChinese : nameEnglish;
}

std::optional<CloudProfile> CloudProfiles::parse(const QByteArray& json, QString* error)
{
    QString ignored;
    error = error ? error : &ignored;
    error->clear();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = tr("a cloud profile must be a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    CloudProfile profile;
    profile.id = root.value(QLatin1String("id")).toString();
    const QJsonObject name = root.value(QLatin1String("name")).toObject();
    profile.nameEnglish = name.value(QLatin1String("en")).toString();
    profile.nameChinese = name.value(QLatin1String("zh_CN")).toString();
    if (!isProfileId(profile.id)) {
        *error = tr("\"id\" must be a short lower-case name");
        return std::nullopt;
    }
    if (profile.nameEnglish.isEmpty()) {
        *error = tr("\"name\" needs an English (\"en\") entry");
        return std::nullopt;
    }
    const auto allowList = stringList(root, QStringLiteral("allowList"), true, error);
    const auto timeServers = allowList ? stringList(root, QStringLiteral("timeServers"), true, error) : std::nullopt;
    const auto ranges = timeServers ? stringList(root, QStringLiteral("signInRanges"), false, error) : std::nullopt;
    const auto notes = ranges ? stringList(root, QStringLiteral("notes"), false, error) : std::nullopt;
    if (!notes)
        return std::nullopt;
    profile.allowList = *allowList;
    profile.timeServers = *timeServers;
    profile.signInRanges = *ranges;
    profile.notes = *notes;
    for (const QString& entry : profile.allowList) {
        if (!isHostName(entry)) {
            *error = tr("allow-list entry \"%1\" is not a host name or *.domain").arg(entry.left(80));
            return std::nullopt;
        }
    }
    if (profile.allowList.isEmpty()) {
        *error = tr("\"allowList\" is empty");
        return std::nullopt;
    }
    if (!root.value(QLatin1String("probes")).isArray()) {
        *error = tr("\"probes\" must be a list");
        return std::nullopt;
    }
    for (const QJsonValue& value : root.value(QLatin1String("probes")).toArray()) {
        const auto probe = parseProbe(value, error);
        if (!probe)
            return std::nullopt;
        profile.probes << *probe;
    }
    return profile;
}

const QList<CloudProfile>& CloudProfiles::builtIn()
{
    static const QList<CloudProfile> profiles = [] {
        initCloudResources();
        QList<CloudProfile> list;
        for (const char* id : {"china", "public", "usgov"}) {
            QFile file(QStringLiteral(":/clouds/%1.json").arg(QLatin1String(id)));
            QString error;
            // The built-in files are checked by the tests; a broken one is a build defect, not a user error.
            if (file.open(QIODevice::ReadOnly))
                if (auto profile = parse(file.readAll(), &error))
                    list << *profile;
        }
        return list;
    }();
    return profiles;
}

std::optional<CloudProfile> CloudProfiles::find(const QString& id)
{
    for (const CloudProfile& profile : builtIn())
        if (profile.id == id)
            return profile;
    return std::nullopt;
}

}  // namespace mars
