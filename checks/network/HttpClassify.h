#pragma once
// What an HTTP answer means for a connectivity probe, without sockets: fed untrusted bytes and fuzzed.
#include <QByteArray>
#include <QString>

#include <QList>

#include <optional>
#include <utility>

namespace mars {

// "HTTP/1.1 407 Proxy Authentication Required" -> 407. Nothing for anything that is not an HTTP status line.
std::optional<int> parseStatusLine(const QByteArray& line);

struct NcsiVerdict {
    bool ok = false;
    bool interception = false;        // an answer, but not Microsoft's: captive portal or intercepting proxy
    bool proxyAuthentication = false;  // 407
    QString error;
};

// The answer to http://www.msftncsi.com/ncsi.txt (or connecttest.txt): status, Location header and body.
NcsiVerdict classifyNcsi(int status, const QString& location, const QByteArray& body, const QString& expected);

// An answer's status line and headers, as read from the wire (untrusted: bounded, never more than the limits).
struct HttpHead {
    static constexpr qsizetype kMaxBytes = 16 * 1024;
    static constexpr int kMaxHeaders = 100;
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;  // names lower-cased, values trimmed, in the order sent
    QByteArray value(const QByteArray& lowerName) const;  // the first such header's value, or empty
};

enum class HeadParse { Complete, NeedMore, Invalid };
// bytes: the answer so far. Complete once the blank line ending the head has arrived; headLength then says where
// the body starts. Invalid for anything that is not HTTP or that exceeds HttpHead's limits.
HeadParse parseHttpHead(const QByteArray& bytes, HttpHead* head, qsizetype* headLength = nullptr);

// Headers only a proxy or filter adds: Via, Proxy-*, X-Squid-Error, X-Cache, and those of common gateways.
bool carriesProxyHeaders(const HttpHead& head);
// The proxy's product name when it gives one (Proxy-Agent, Via's pseudonym, Server, X-Squid-Error); at most 80
// printable characters.
QString proxyNameOf(const HttpHead& head);

// What a proxy says went wrong, from its own classification (squid's X-Squid-Error, RFC 9209 Proxy-Status) or,
// failing those, its status. Refused is the only one an allow-list fixes; the others are the proxy's own route.
enum class ProxyCause { Unknown, Refused, Credentials, CannotResolve, CannotConnect, TimedOut, Unreachable };

struct ProxyBlock {
    bool blocked = false;  // the proxy answered in the service's place (its refusal, error or block page)
    bool credentials = false;  // 407: not a block, the proxy wants a user name and password
    int status = 0;
    QString at;    // the proxy's host (or host:port)
    QString name;  // its product name, when it gives one
    QString reason;  // English, for the log and evidence: what the answer was
    ProxyCause cause = ProxyCause::Unknown;
    QString detail;  // the proxy's own words for it: "ERR_CONNECT_FAIL 111 (connection refused)", "error=dns_error"
    bool couldNotReach() const  // the proxy tried and failed: it has not blocked anything
    {
        return cause == ProxyCause::CannotResolve || cause == ProxyCause::CannotConnect || cause == ProxyCause::TimedOut ||
               cause == ProxyCause::Unreachable;
    }
};

// For reports and scripts: "refused", "credentials", "cannot-resolve", "cannot-connect", "timed-out", "unreachable", "unknown".
QString proxyCauseName(ProxyCause cause);

// The cause a proxy's error answer gives (X-Squid-Error first, then Proxy-Status, then the status), and its words.
ProxyCause proxyCauseOf(const HttpHead& head, QString* detail = nullptr);

// The proxy's answer to CONNECT host:port: anything but 2xx is the proxy's, never the service's.
ProxyBlock classifyTunnelAnswer(const HttpHead& head, const QString& proxyAt);

// An answer inside a TLS session that is not the service's own (inspected): a 403/407/502/503 with proxy headers,
// an HTML page where the service serves none, or a redirect to another host is the proxy's block page.
// proxyAt: the proxy the probe went through; empty when direct (the redirect's or the Via header's host is used).
ProxyBlock classifyInspectedAnswer(const HttpHead& head, const QByteArray& bodyStart, const QString& serviceHost, bool serviceAnswersHtml,
                                   const QString& proxyAt);

}  // namespace mars
