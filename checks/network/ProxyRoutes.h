#pragma once
// The routes the agent's traffic can take out of this computer, as data: which proxy setting each is made of, and,
// for one URL, the proxies it tries in order (a PAC answer may name several; an empty list entry is DIRECT).
#include "checks/platform/NetworkSettings.h"

#include <QList>
#include <QNetworkProxy>
#include <QString>
#include <QUrl>

#include <optional>

namespace mars {

// System: what the probe as LocalSystem (SystemProbe.h) met along the route the agent takes there.
enum class RouteKind { Account, Machine, Agent, Given, System };
QString routeId(RouteKind kind);  // "account", "machine", "agent", "given", "system": stable, for reports and scripts

struct ProxyRoute {
    RouteKind kind = RouteKind::Account;
    platform::ProxySetting setting;
};

// "host:port" as --proxy takes it: a host name or IPv4/[IPv6] address and a port 1-65535. Bad input → nullopt and
// a reason (bounded: the host at most 253 characters).
std::optional<QNetworkProxy> parseProxyOption(const QString& text, QString* error);

// One entry of a WinINET/WinHTTP proxy string or PAC answer: "host:port", "http://host:port", "PROXY host:port",
// "DIRECT" (→ NoProxy). A missing port is 80, as WinHTTP takes it. Bad entry → nullopt.
std::optional<QNetworkProxy> parseProxyEntry(QString entry);

// The static proxy for `url` from "host:port" or "http=host:port;https=host:port" (the entry for the URL's scheme,
// else the one without a scheme); NoProxy when the bypass list matches the host ("<local>": names without a dot).
QNetworkProxy staticProxyFor(const QString& proxy, const QString& bypass, const QUrl& url);

// The proxies `route` tries for `url`, in order. A PAC file or WPAD is asked first (through `settings`, which may
// block up to timeoutMs); when it gives no answer Windows falls back to the static proxy, and so does this.
// `note` says what the PAC evaluation did (empty when there is none).
QList<QNetworkProxy> proxiesFor(const ProxyRoute& route, const QUrl& url, platform::NetworkSettings& settings, int timeoutMs, QString* note);

// "direct", "proxy host:port": how a probe's `via` names it.
QString proxyName(const QNetworkProxy& proxy);

// A setting in one line, as the helpdesk reads it: "automatic detection, PAC http://wpad/proxy.pac, proxy
// 10.0.0.1:8080 (bypass <local>)", or "direct".
QString settingText(const platform::ProxySetting& setting);

}  // namespace mars
