#pragma once
#include "Message.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mars {

struct EndpointProbe {
    QString role;    // sign-in, storage, ...: what a failure means for the agent
    QString kind;    // "https": DNS, TCP 443, TLS, HTTP; "dns": the name resolves; "ncsi": plain-HTTP body check
    QString host;
    quint16 port = 443;
    QString url;     // ncsi only
    QString expect;  // ncsi only: the exact body
    bool answersHtml = false;  // the service's own "/" is an HTML page; otherwise HTML in its place is a proxy's page
};

// A root certificate authority the cloud's endpoints chain to (Microsoft's "Azure Certificate Authority details").
struct TrustedRoot {
    QString name;  // its common name, as the CA page names it
    QString sha1;  // upper-case hex thumbprint, as the CA page prints it
};

// A text of a profile in the program's languages: {"en": ..., "zh_CN": ...}. A custom profile may give the plain
// string of older profiles, which is English: shown in English to every reader, and said to be.
struct ProfileText {
    QString english;
    QString chinese;  // empty: none given
    Message message() const { return Message::perLanguage(english, chinese); }
};

// A name the vault's private endpoints answer for, as their DNS configuration in the Azure portal lists it.
struct PrivateEndpointName {
    QString role;  // "backup-service", "blob" or "queue": which privatelink zone holds its record
    QString host;
};

// Private endpoints (shared/domain/endpoints.md): whether the vault uses them, this cloud's privatelink zones, and
// the vault's own names. The profile is the user's statement: the vault file does not say, and the program asks no
// Azure API.
struct PrivateEndpoints {
    static constexpr int kMaxNames = 64;
    bool used = false;
    QHash<QString, QString> zones;   // role -> zone; the backup service's has "{geo}" for the region's code
    QStringList unconfirmedZones;    // roles whose zone name Microsoft's current pages do not confirm for this cloud
    ProfileText zonesSource;         // where the zone names come from
    QList<PrivateEndpointName> names;
    // The zone that must hold `role`'s record, "{geo}" filled in when `geo` is known ("<geo>" otherwise).
    QString zoneFor(const QString& role, const QString& geo) const;
};


// A probe's role in the reader's language: "sign-in", "storage", ... (a custom profile's own role: as it is).
Message roleLabel(const QString& role);

// What one cloud's agent must reach: read from resources/clouds/*.json, never written into logic.
struct CloudProfile {
    QString id;
    QString nameEnglish;
    QString nameChinese;
    QStringList allowList;
    QList<EndpointProbe> probes;
    QStringList timeServers;
    QStringList signInRanges;
    QList<ProfileText> notes;
    PrivateEndpoints privateEndpoints;
    QList<TrustedRoot> trustedRoots;  // empty: interception is not judged (a custom profile may leave them out)
    QString trustedRootsSource;       // where the thumbprints come from
    QString sourceFile;               // a --profile file's path; empty for the built-in profiles

    QString displayName(const QString& language) const;
};

class CloudProfiles {
    Q_DECLARE_TR_FUNCTIONS(CloudProfiles)
public:
    // Parses one profile; on bad input returns nothing and says why in `error`. Never throws.
    static std::optional<CloudProfile> parse(const QByteArray& json, QString* error);
    // The profiles built into the program, China first (the article's cloud and the default).
    static const QList<CloudProfile>& builtIn();
    static std::optional<CloudProfile> find(const QString& id);
    // A --profile file: at most kMaxFileBytes, parsed as above, and not reusing a built-in profile's id.
    static constexpr qint64 kMaxFileBytes = 256 * 1024;
    static std::optional<CloudProfile> load(const QString& path, QString* error);
};

}  // namespace mars
