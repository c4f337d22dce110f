#include "CloudProfile.h"

#include "FileReading.h"

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
    if (!value.isArray() || value.toArray().size() > 500) {
        *error = CloudProfiles::tr("\"%1\" must be a list of at most 500 strings").arg(key);
        return std::nullopt;
    }
    QStringList list;
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isString() || item.toString().isEmpty() || item.toString().size() > 2000) {
            *error = CloudProfiles::tr("\"%1\" holds something that is not a non-empty string").arg(key);
            return std::nullopt;
        }
        list << item.toString();
    }
    return list;
}

// A list of texts, each {"en": ..., "zh_CN": ...} or (the older form, English) a plain string.
std::optional<QList<ProfileText>> profileTexts(const QJsonObject& object, const QString& key, QString* error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return QList<ProfileText>{};
    if (!value.isArray() || value.toArray().size() > 500) {
        *error = CloudProfiles::tr("\"%1\" must be a list of at most 500 strings").arg(key);
        return std::nullopt;
    }
    auto usable = [](const QJsonValue& text) { return text.isString() && !text.toString().isEmpty() && text.toString().size() <= 2000; };
    QList<ProfileText> list;
    for (const QJsonValue& item : value.toArray()) {
        if (usable(item)) {
            list << ProfileText{item.toString(), {}};
            continue;
        }
        const QJsonObject texts = item.toObject();
        const QJsonValue chinese = texts.value(QLatin1String("zh_CN"));
        if (!item.isObject() || !usable(texts.value(QLatin1String("en"))) || (!chinese.isUndefined() && !usable(chinese))) {
            *error = CloudProfiles::tr("\"%1\" holds something that is neither a text nor {\"en\": text, \"zh_CN\": text}").arg(key);
            return std::nullopt;
        }
        list << ProfileText{texts.value(QLatin1String("en")).toString(), chinese.toString()};
    }
    return list;
}

std::optional<EndpointProbe> parseProbe(const QJsonValue& value, QString* error)
{
    const QJsonObject object = value.toObject();
    EndpointProbe probe{object.value(QLatin1String("role")).toString(), object.value(QLatin1String("kind")).toString(),
                        object.value(QLatin1String("host")).toString(), quint16(object.value(QLatin1String("port")).toInt(443)),
                        object.value(QLatin1String("url")).toString(), object.value(QLatin1String("expect")).toString(),
                        object.value(QLatin1String("html")).toBool(false)};
    if (!object.value(QLatin1String("html")).isUndefined() && !object.value(QLatin1String("html")).isBool()) {
        *error = CloudProfiles::tr("a probe's \"html\" must be true or false");
        return std::nullopt;
    }
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

bool isSha1Hex(const QString& text)
{
    if (text.size() != 40)
        return false;
    for (const QChar c : text)
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('A') && c <= QLatin1Char('F')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    return true;
}

std::optional<QList<TrustedRoot>> parseRoots(const QJsonObject& root, QString* error)
{
    const QJsonValue value = root.value(QLatin1String("trustedRoots"));
    if (value.isUndefined())
        return QList<TrustedRoot>{};
    if (!value.isArray() || value.toArray().size() > 64) {
        *error = CloudProfiles::tr("\"trustedRoots\" must be a list of at most 64 roots");
        return std::nullopt;
    }
    QList<TrustedRoot> roots;
    for (const QJsonValue& item : value.toArray()) {
        const TrustedRoot trusted{item.toObject().value(QLatin1String("name")).toString(), item.toObject().value(QLatin1String("sha1")).toString().toUpper()};
        if (trusted.name.isEmpty() || trusted.name.size() > 200 || !isSha1Hex(trusted.sha1)) {
            *error = CloudProfiles::tr("each trusted root needs a \"name\" and a \"sha1\" thumbprint of 40 hexadecimal digits");
            return std::nullopt;
        }
        roots << trusted;
    }
    return roots;
}

bool isPrivateEndpointRole(const QString& role)
{
    return role == QLatin1String("backup-service") || role == QLatin1String("blob") || role == QLatin1String("queue");
}

// "privateEndpoints": {"used": bool, "zones": {role: zone}, "zonesSource": text, "unconfirmed": [role], "names": [{"role", "host"}]}.
// Absent: not used, no zones (an older custom profile).
std::optional<PrivateEndpoints> parsePrivateEndpoints(const QJsonObject& root, QString* error)
{
    const QJsonValue value = root.value(QLatin1String("privateEndpoints"));
    PrivateEndpoints endpoints;
    if (value.isUndefined())
        return endpoints;
    const QJsonObject object = value.toObject();
    const QJsonValue used = object.value(QLatin1String("used"));
    if (!value.isObject() || !used.isBool()) {
        *error = CloudProfiles::tr("\"privateEndpoints\" must be an object whose \"used\" is true or false");
        return std::nullopt;
    }
    endpoints.used = used.toBool();
    const QJsonObject zones = object.value(QLatin1String("zones")).toObject();
    for (auto it = zones.begin(); it != zones.end(); ++it) {
        QString zone = it.value().toString();
        if (!isPrivateEndpointRole(it.key()) || !isHostName(zone.replace(QLatin1String("{geo}"), QLatin1String("geo")))) {
            *error = CloudProfiles::tr("a private-endpoint zone must be a DNS name for backup-service, blob or queue");
            return std::nullopt;
        }
        endpoints.zones.insert(it.key(), it.value().toString());
    }
    // One text, in the shape of a note: {"en": ..., "zh_CN": ...} or plain English.
    QJsonObject source;
    if (const QJsonValue given = object.value(QLatin1String("zonesSource")); !given.isUndefined())
        source.insert(QStringLiteral("zonesSource"), QJsonArray{given});
    const auto sourceTexts = profileTexts(source, QStringLiteral("zonesSource"), error);
    if (!sourceTexts)
        return std::nullopt;
    endpoints.zonesSource = sourceTexts->value(0);
    const auto unconfirmed = stringList(object, QStringLiteral("unconfirmed"), false, error);
    if (!unconfirmed)
        return std::nullopt;
    endpoints.unconfirmedZones = *unconfirmed;
    const QJsonValue names = object.value(QLatin1String("names"));
    if (!names.isUndefined() && (!names.isArray() || names.toArray().size() > PrivateEndpoints::kMaxNames)) {
        *error = CloudProfiles::tr("\"privateEndpoints\".\"names\" must be a list of at most %1 names").arg(PrivateEndpoints::kMaxNames);
        return std::nullopt;
    }
    for (const QJsonValue& item : names.toArray()) {
        const PrivateEndpointName name{item.toObject().value(QLatin1String("role")).toString(), item.toObject().value(QLatin1String("host")).toString()};
        if (!isPrivateEndpointRole(name.role) || !isHostName(name.host) || name.host.startsWith(QLatin1Char('*'))) {
            *error = CloudProfiles::tr("each private-endpoint name needs a \"role\" (backup-service, blob or queue) and a \"host\" name");
            return std::nullopt;
        }
        endpoints.names << name;
    }
    return endpoints;
}

}  // namespace

QString PrivateEndpoints::zoneFor(const QString& role, const QString& geo) const
{
    QString zone = zones.value(role);
    return zone.replace(QLatin1String("{geo}"), geo.isEmpty() ? QStringLiteral("<geo>") : geo);
}

Message roleLabel(const QString& role)
{
    // The roles of the built-in profiles; the English words are the roles' ids, as the reports have always shown them.
    static const std::pair<const char*, const char*> known[] = {
        {"connectivity", QT_TRANSLATE_NOOP("CloudProfiles", "connectivity")},
        {"sign-in", QT_TRANSLATE_NOOP("CloudProfiles", "sign-in")},
        {"resource-manager", QT_TRANSLATE_NOOP("CloudProfiles", "resource-manager")},
        {"backup-service", QT_TRANSLATE_NOOP("CloudProfiles", "backup-service")},
        {"storage", QT_TRANSLATE_NOOP("CloudProfiles", "storage")},
        {"blob", QT_TRANSLATE_NOOP("CloudProfiles", "blob")},
        {"queue", QT_TRANSLATE_NOOP("CloudProfiles", "queue")},
        {"portal", QT_TRANSLATE_NOOP("CloudProfiles", "portal")},
        {"microsoft", QT_TRANSLATE_NOOP("CloudProfiles", "microsoft")},
    };
    for (const auto& [id, label] : known)
        if (role == QLatin1String(id))
            return Message::translatable("CloudProfiles", label);
    return Message::plain(role);
}

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
    const auto notes = ranges ? profileTexts(root, QStringLiteral("notes"), error) : std::nullopt;
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
    const auto roots = parseRoots(root, error);
    if (!roots)
        return std::nullopt;
    profile.trustedRoots = *roots;
    const auto privateEndpoints = parsePrivateEndpoints(root, error);
    if (!privateEndpoints)
        return std::nullopt;
    profile.privateEndpoints = *privateEndpoints;
    profile.trustedRootsSource = root.value(QLatin1String("trustedRootsSource")).toString().left(400);
    if (root.value(QLatin1String("probes")).toArray().size() > 200) {
        *error = tr("\"probes\" holds more than 200 endpoints");
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

std::optional<CloudProfile> CloudProfiles::load(const QString& path, QString* error)
{
    // Opened without following a link or waiting on a FIFO (which held the start-up forever), then checked.
    using platform::FileRead;
    const FileRead read = readFileNoFollow(path, kMaxFileBytes);
    if (read.tooLarge) {
        *error = tr("%1 is larger than %2 KB; a cloud profile is a few KB").arg(path.left(260)).arg(kMaxFileBytes / 1024);
        return std::nullopt;
    }
    if (read.state != FileRead::State::Read) {
        *error = tr("cannot read %1: %2").arg(path.left(260), read.state == FileRead::State::Missing ? tr("it does not exist") : QString::fromStdString(read.reason));
        return std::nullopt;
    }
    const QByteArray bytes(read.bytes.data(), qsizetype(read.bytes.size()));
    QString reason;
    auto profile = parse(bytes, &reason);
    if (!profile) {
        *error = tr("%1: %2").arg(path.left(260), reason);
        return std::nullopt;
    }
    if (find(profile->id)) {
        *error = tr("%1: the id \"%2\" is a built-in cloud's; give the custom profile its own id").arg(path.left(260), profile->id);
        return std::nullopt;
    }
    profile->sourceFile = path;
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
