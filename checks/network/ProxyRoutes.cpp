#include "ProxyRoutes.h"
#include "RouteWords.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace mars {

namespace {
constexpr int kMaxHost = 253;  // the longest DNS name

bool validHost(const QString& host)
{
    if (host.isEmpty() || host.size() > kMaxHost)
        return false;
    if (!QHostAddress(host).isNull())
        return true;
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*\\.?$"));
    return name.match(host).hasMatch();
}

// "host:port" / "[v6]:port" / "host" → host and port (0 when none); false when it cannot be split.
bool splitHostPort(const QString& text, QString* host, int* port)
{
    QString rest = text;
    if (rest.startsWith(QLatin1Char('['))) {
        const int close = rest.indexOf(QLatin1Char(']'));
        if (close < 0)
            return false;
        *host = rest.mid(1, close - 1);
        rest = rest.mid(close + 1);
        if (rest.isEmpty()) {
            *port = 0;
            return true;
        }
        if (!rest.startsWith(QLatin1Char(':')))
            return false;
        rest = rest.mid(1);
    } else {
        const int colon = rest.lastIndexOf(QLatin1Char(':'));
        if (colon < 0) {
            *host = rest;
            *port = 0;
            return true;
        }
        *host = rest.left(colon);
        rest = rest.mid(colon + 1);
    }
    bool ok = false;
    *port = rest.size() <= 5 ? rest.toInt(&ok) : -1;
    return ok && *port >= 1 && *port <= 65535;
}

bool bypassed(const QString& bypass, const QString& host)
{
    const QStringList entries = bypass.split(QRegularExpression(QStringLiteral("[;,\\s]+")), Qt::SkipEmptyParts);
    for (QString entry : entries) {
        if (entry.compare(QLatin1String("<local>"), Qt::CaseInsensitive) == 0) {
            if (!host.contains(QLatin1Char('.')))
                return true;
            continue;
        }
        entry.remove(QRegularExpression(QStringLiteral("^[a-z]+://"), QRegularExpression::CaseInsensitiveOption));
        if (entry.startsWith(QLatin1Char('.')))
            entry.prepend(QLatin1Char('*'));  // no_proxy's ".corp.example": every name under it
        const QRegularExpression pattern(QRegularExpression::wildcardToRegularExpression(entry),
                                         QRegularExpression::CaseInsensitiveOption);
        if (pattern.isValid() && pattern.match(host).hasMatch())
            return true;
    }
    return false;
}
}  // namespace

QString routeId(RouteKind kind)
{
    switch (kind) {
    case RouteKind::Account: return QStringLiteral("account");
    case RouteKind::Machine: return QStringLiteral("machine");
    case RouteKind::Agent: return QStringLiteral("agent");  // the route's name, not a check id
    case RouteKind::Given: return QStringLiteral("given");
    case RouteKind::System: return QStringLiteral("system");
    }
    return {};
}

std::optional<QNetworkProxy> parseProxyOption(const QString& text, QString* error)
{
    QString host;
    int port = 0;
    if (text.size() > kMaxHost + 8 || !splitHostPort(text.trimmed(), &host, &port) || port == 0) {
        *error = QStringLiteral("expected host:port with a port from 1 to 65535");
        return std::nullopt;
    }
    if (!validHost(host)) {
        *error = QStringLiteral("\"%1\" is not a host name or address").arg(host.left(60));
        return std::nullopt;
    }
    return QNetworkProxy(QNetworkProxy::HttpProxy, host, quint16(port));
}

std::optional<QNetworkProxy> parseProxyEntry(QString entry)
{
    entry = entry.trimmed();
    if (entry.compare(QLatin1String("DIRECT"), Qt::CaseInsensitive) == 0)
        return QNetworkProxy(QNetworkProxy::NoProxy);
    if (entry.startsWith(QLatin1String("PROXY "), Qt::CaseInsensitive) || entry.startsWith(QLatin1String("HTTPS "), Qt::CaseInsensitive))
        entry = entry.section(QLatin1Char(' '), 1).trimmed();
    entry.remove(QRegularExpression(QStringLiteral("^https?://"), QRegularExpression::CaseInsensitiveOption));
    if (entry.endsWith(QLatin1Char('/')))
        entry.chop(1);
    QString host;
    int port = 0;
    if (!splitHostPort(entry, &host, &port) || !validHost(host))
        return std::nullopt;
    return QNetworkProxy(QNetworkProxy::HttpProxy, host, quint16(port ? port : 80));
}

QNetworkProxy staticProxyFor(const QString& proxy, const QString& bypass, const QUrl& url)
{
    if (proxy.trimmed().isEmpty() || bypassed(bypass, url.host()))
        return QNetworkProxy(QNetworkProxy::NoProxy);
    QString general, forScheme;
    for (const QString& part : proxy.split(QRegularExpression(QStringLiteral("[;\\s]+")), Qt::SkipEmptyParts)) {
        const int equals = part.indexOf(QLatin1Char('='));
        if (equals < 0) {
            if (general.isEmpty())
                general = part;
        } else if (part.left(equals).compare(url.scheme(), Qt::CaseInsensitive) == 0 && forScheme.isEmpty()) {
            forScheme = part.mid(equals + 1);
        }
    }
    const QString chosen = forScheme.isEmpty() ? general : forScheme;
    if (chosen.isEmpty())
        return QNetworkProxy(QNetworkProxy::NoProxy);  // only other schemes have a proxy: this one goes direct
    return parseProxyEntry(chosen).value_or(QNetworkProxy(QNetworkProxy::NoProxy));
}

QList<QNetworkProxy> proxiesFor(const ProxyRoute& route, const QUrl& url, platform::NetworkSettings& settings, int timeoutMs, QString* note)
{
    const platform::ProxySetting& setting = route.setting;
    note->clear();
    if (setting.autoDetect || !setting.autoConfigUrl.empty()) {
        const platform::AutoProxyAnswer answer = settings.evaluateAutoProxy(setting, url.toString().toStdString(), timeoutMs);
        if (answer.ok && !answer.proxies.empty()) {
            QList<QNetworkProxy> proxies;
            QStringList names;
            for (const std::string& entry : answer.proxies) {
                const auto proxy = entry.empty() ? std::optional(QNetworkProxy(QNetworkProxy::NoProxy)) : parseProxyEntry(QString::fromStdString(entry));
                if (proxy) {
                    proxies << *proxy;
                    names << proxyName(*proxy);
                }
            }
            if (!proxies.isEmpty()) {
                *note = QStringLiteral("PAC: %1").arg(names.join(QStringLiteral(", then ")));
                return proxies;
            }
        }
        *note = QStringLiteral("PAC/WPAD gave no answer (%1): the static setting applies").arg(QString::fromStdString(answer.error).left(200));
    }
    return {staticProxyFor(QString::fromStdString(setting.proxy), QString::fromStdString(setting.bypass), url)};
}

QString proxyName(const QNetworkProxy& proxy)
{
    return proxy.type() == QNetworkProxy::NoProxy ? QStringLiteral("direct") : QStringLiteral("proxy %1:%2").arg(proxy.hostName()).arg(proxy.port());
}

QString settingText(const platform::ProxySetting& setting)
{
    return RouteWords::setting(setting).render(TextRenderer());  // English: for the report's facts
}

}  // namespace mars
