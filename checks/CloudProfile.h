#pragma once
#include <QCoreApplication>
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
};

// What one cloud's agent must reach: read from resources/clouds/*.json, never written into logic.
struct CloudProfile {
    QString id;
    QString nameEnglish;
    QString nameChinese;
    QStringList allowList;
    QList<EndpointProbe> probes;
    QStringList timeServers;
    QStringList signInRanges;
    QStringList notes;

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
};

}  // namespace mars
