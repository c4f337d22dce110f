#include "HttpClassify.h"

#include <QUrl>

namespace mars {

std::optional<int> parseStatusLine(const QByteArray& line)
{
    // HTTP/1.0, HTTP/1.1 or HTTP/2 then a space and exactly three digits.
    if (!line.startsWith("HTTP/"))
        return std::nullopt;
    const qsizetype space = line.indexOf(' ');
    if (space < 6 || space > 9 || line.size() < space + 4)
        return std::nullopt;
    int status = 0;
    for (qsizetype i = space + 1; i < space + 4; ++i) {
        if (line[i] < '0' || line[i] > '9')
            return std::nullopt;
        status = status * 10 + (line[i] - '0');
    }
    if (line.size() > space + 4 && line[space + 4] != ' ' && line[space + 4] != '\r' && line[space + 4] != '\n')
        return std::nullopt;
    return status >= 100 && status <= 599 ? std::optional<int>(status) : std::nullopt;
}

NcsiVerdict classifyNcsi(int status, const QString& location, const QByteArray& body, const QString& expected)
{
    NcsiVerdict verdict;
    if (status == 407) {
        verdict.proxyAuthentication = true;
        verdict.error = QStringLiteral("the proxy asks for credentials (407)");
    } else if (status >= 300 && status < 400) {
        verdict.interception = true;
        verdict.error = QStringLiteral("redirected to %1: a captive portal or an intercepting proxy answered").arg(location.left(120));
    } else if (status != 200) {
        verdict.interception = status != 0;
        verdict.error = status ? QStringLiteral("answered HTTP %1 instead of the expected text: a proxy or filter answered").arg(status)
                               : QStringLiteral("no HTTP answer");
    } else if (body.trimmed() != expected.toUtf8()) {
        verdict.interception = true;
        verdict.error = QStringLiteral("answered \"%1\" instead of \"%2\": a captive portal or an intercepting proxy answered")
                            .arg(QString::fromUtf8(body.trimmed().left(40)).simplified(), expected);
    } else {
        verdict.ok = true;
    }
    return verdict;
}

namespace {

// Printable ASCII only, so a hostile header can neither forge report lines nor carry control characters.
QString printable(const QByteArray& bytes, qsizetype limit)
{
    QString text;
    for (const char c : bytes.left(limit))
        text += c >= 0x20 && c < 0x7f ? QChar::fromLatin1(c) : QLatin1Char('?');
    return text.trimmed();
}

bool isToken(const QByteArray& name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name)
        if (c <= 0x20 || c >= 0x7f || c == ':')
            return false;
    return true;
}

// The host a Via header names: "1.1 proxy.corp.example:8080 (squid/5.7)" -> proxy.corp.example:8080.
QString viaHost(const QByteArray& via)
{
    const QList<QByteArray> parts = via.split(',').first().trimmed().split(' ');
    return parts.size() >= 2 ? printable(parts[1], 120) : QString();
}

bool isHtml(const HttpHead& head, const QByteArray& bodyStart)
{
    if (head.value("content-type").toLower().contains("text/html"))
        return true;
    const QByteArray start = bodyStart.left(512).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html");
}

}  // namespace

QByteArray HttpHead::value(const QByteArray& lowerName) const
{
    for (const auto& [name, value] : headers)
        if (name == lowerName)
            return value;
    return {};
}

HeadParse parseHttpHead(const QByteArray& bytes, HttpHead* head, qsizetype* headLength)
{
    const qsizetype end = bytes.left(HttpHead::kMaxBytes).indexOf("\r\n\r\n");
    const qsizetype firstLine = bytes.indexOf("\r\n");
    if (firstLine < 0 || (end < 0 && firstLine > HttpHead::kMaxBytes))
        return bytes.size() > HttpHead::kMaxBytes ? HeadParse::Invalid : HeadParse::NeedMore;
    const auto status = parseStatusLine(bytes.left(firstLine));
    if (!status)
        return HeadParse::Invalid;
    if (end < 0)
        return bytes.size() >= HttpHead::kMaxBytes ? HeadParse::Invalid : HeadParse::NeedMore;
    HttpHead parsed;
    parsed.status = *status;
    const QList<QByteArray> lines = bytes.mid(firstLine + 2, end - firstLine - 2).split('\n');
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon)) || parsed.headers.size() >= HttpHead::kMaxHeaders)
            return HeadParse::Invalid;
        parsed.headers.append({line.left(colon).toLower(), line.mid(colon + 1).trimmed()});
    }
    *head = parsed;
    if (headLength)
        *headLength = end + 4;
    return HeadParse::Complete;
}

bool carriesProxyHeaders(const HttpHead& head)
{
    static const QList<QByteArray> prefixes = {"proxy-", "x-squid", "x-cache", "x-bluecoat", "x-zscaler", "x-fortigate", "x-proxy"};
    for (const auto& header : head.headers) {
        if (header.first == "via")
            return true;
        for (const QByteArray& prefix : prefixes)
            if (header.first.startsWith(prefix))
                return true;
    }
    return false;
}

QString proxyNameOf(const HttpHead& head)
{
    if (!head.value("proxy-agent").isEmpty())
        return printable(head.value("proxy-agent"), 80);
    const QByteArray via = head.value("via");
    const qsizetype open = via.indexOf('('), close = via.indexOf(')', open);
    if (open >= 0 && close > open)
        return printable(via.mid(open + 1, close - open - 1), 80);
    if (carriesProxyHeaders(head) && !head.value("server").isEmpty())
        return printable(head.value("server"), 80);  // squid's own error answers to CONNECT carry no Via
    if (!head.value("x-squid-error").isEmpty())
        return QStringLiteral("Squid");
    return {};
}

namespace {
QString errnoWords(int error);

QString squidCodeWords(const QList<QByteArray>& parts)
{
    if (parts.first() == "ERR_CANNOT_FORWARD")
        return QStringLiteral("it could not resolve the name or find a way to the service");
    return parts.size() > 1 ? errnoWords(parts[1].toInt()) : QString();
}

QString errnoWords(int error)
{
    switch (error) {
    case 111: return QStringLiteral("connection refused");
    case 110: return QStringLiteral("connection timed out");
    case 113: return QStringLiteral("no route to host");
    case 101: return QStringLiteral("network unreachable");
    case 104: return QStringLiteral("connection reset");
    default: return {};
    }
}

// RFC 9209's error types, by what they say about the proxy's attempt.
ProxyCause proxyStatusCause(const QByteArray& error)
{
    if (error == "dns_error" || error == "dns_timeout" || error == "destination_not_found")
        return ProxyCause::CannotResolve;
    if (error == "connection_refused" || error == "destination_unavailable" || error == "destination_ip_unroutable" ||
        error == "connection_terminated")
        return ProxyCause::CannotConnect;
    if (error == "connection_timeout" || error == "connection_read_timeout" || error == "connection_write_timeout" ||
        error == "http_response_incomplete")
        return ProxyCause::TimedOut;
    if (error == "http_request_denied" || error == "destination_ip_prohibited" || error == "http_request_error")
        return ProxyCause::Refused;
    if (error == "proxy_auth_required")
        return ProxyCause::Credentials;
    return error.isEmpty() ? ProxyCause::Unknown : ProxyCause::Unreachable;
}
}  // namespace

QString proxyCauseName(ProxyCause cause)
{
    switch (cause) {
    case ProxyCause::Refused: return QStringLiteral("refused");
    case ProxyCause::Credentials: return QStringLiteral("credentials");
    case ProxyCause::CannotResolve: return QStringLiteral("cannot-resolve");
    case ProxyCause::CannotConnect: return QStringLiteral("cannot-connect");
    case ProxyCause::TimedOut: return QStringLiteral("timed-out");
    case ProxyCause::Unreachable: return QStringLiteral("unreachable");
    case ProxyCause::Unknown: break;
    }
    return QStringLiteral("unknown");
}

ProxyCause proxyCauseOf(const HttpHead& head, QString* detail)
{
    const QByteArray squid = head.value("x-squid-error").left(120);
    if (!squid.isEmpty()) {
        const QList<QByteArray> parts = squid.split(' ');
        const QByteArray code = parts.first();
        // squid 5 answers ERR_CANNOT_FORWARD where the name does not resolve (and where no route is found).
        const QString words = squidCodeWords(parts);
        if (detail)
            *detail = words.isEmpty() ? printable(squid, 80) : QStringLiteral("%1: %2").arg(printable(squid, 80), words);
        if (code == "ERR_ACCESS_DENIED" || code == "ERR_TOO_BIG" || code == "ERR_INVALID_URL" || code == "ERR_UNSUP_REQ")
            return ProxyCause::Refused;
        if (code == "ERR_CACHE_ACCESS_DENIED" || code == "ERR_CACHE_MGR_ACCESS_DENIED")
            return ProxyCause::Credentials;
        if (code == "ERR_DNS_FAIL")
            return ProxyCause::CannotResolve;
        if (code == "ERR_CONNECT_FAIL")
            return parts.size() > 1 && parts[1].toInt() == 110 ? ProxyCause::TimedOut : ProxyCause::CannotConnect;
        if (code == "ERR_READ_TIMEOUT" || code == "ERR_LIFETIME_EXP" || code == "ERR_GATEWAY_TIMEOUT")
            return ProxyCause::TimedOut;
        return ProxyCause::Unreachable;  // ERR_CANNOT_FORWARD, ERR_READ_ERROR, ERR_ZERO_SIZE_OBJECT, ERR_SECURE_CONNECT_FAIL...
    }
    // Proxy-Status: "proxy.example; error=dns_error; rcode=NXDOMAIN" (the last member is the proxy nearest the service).
    const QByteArray status = head.value("proxy-status").left(400);
    const qsizetype at = status.lastIndexOf("error=");
    if (at >= 0) {
        QByteArray error = status.mid(at + 6);
        for (const char end : {';', ',', ' '})
            if (error.contains(end))
                error = error.left(error.indexOf(end));
        error = error.trimmed();
        if (error.startsWith('"'))
            error = error.mid(1, error.size() - 2);
        if (detail)
            *detail = QStringLiteral("Proxy-Status error=%1").arg(printable(error, 60));
        return proxyStatusCause(error);
    }
    switch (head.status) {
    case 403: return ProxyCause::Refused;
    case 407: return ProxyCause::Credentials;
    case 504: return ProxyCause::TimedOut;
    default: return ProxyCause::Unknown;
    }
}

namespace {
QString causeReason(ProxyCause cause, int status, const QString& detail)
{
    const QString said = detail.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : QStringLiteral("HTTP %1, %2").arg(status).arg(detail);
    switch (cause) {
    case ProxyCause::Refused: return QStringLiteral("refused by the proxy's rules (%1)").arg(said);
    case ProxyCause::Credentials: return QStringLiteral("the proxy asks for credentials (%1)").arg(said);
    case ProxyCause::CannotResolve: return QStringLiteral("the proxy could not resolve the name (%1)").arg(said);
    case ProxyCause::CannotConnect: return QStringLiteral("the proxy could not connect to the service (%1)").arg(said);
    case ProxyCause::TimedOut: return QStringLiteral("the service did not answer the proxy in time (%1)").arg(said);
    case ProxyCause::Unreachable: return QStringLiteral("the proxy could not get through to the service (%1)").arg(said);
    case ProxyCause::Unknown: break;
    }
    return {};
}
}  // namespace

ProxyBlock classifyTunnelAnswer(const HttpHead& head, const QString& proxyAt)
{
    ProxyBlock block;
    block.status = head.status;
    block.at = proxyAt;
    block.name = proxyNameOf(head);
    if (head.status >= 200 && head.status < 300)
        return block;
    if (head.status == 407) {
        block.credentials = true;
        block.reason = QStringLiteral("the proxy asks for credentials (407)");
        return block;
    }
    block.blocked = true;
    block.cause = proxyCauseOf(head, &block.detail);
    block.reason = block.cause == ProxyCause::Unknown ? QStringLiteral("the proxy refused the tunnel with HTTP %1").arg(head.status)
                                                      : causeReason(block.cause, head.status, block.detail);
    return block;
}

ProxyBlock classifyInspectedAnswer(const HttpHead& head, const QByteArray& bodyStart, const QString& serviceHost, bool serviceAnswersHtml,
                                   const QString& proxyAt)
{
    ProxyBlock block;
    block.status = head.status;
    block.name = proxyNameOf(head);
    const QString via = viaHost(head.value("via"));
    block.at = !proxyAt.isEmpty() ? proxyAt : via;
    const int status = head.status;
    if ((status == 403 || status == 407 || status == 502 || status == 503) && carriesProxyHeaders(head)) {
        block.blocked = true;
        block.credentials = status == 407;
        block.cause = proxyCauseOf(head, &block.detail);
        block.reason = block.cause == ProxyCause::Unknown ? QStringLiteral("HTTP %1 with proxy headers").arg(status)
                                                          : causeReason(block.cause, status, block.detail);
    } else if (status >= 300 && status < 400 && !head.value("location").isEmpty()) {
        const QUrl location(QString::fromLatin1(head.value("location").left(2000)));
        const QString host = printable(location.host(QUrl::FullyEncoded).toLatin1(), 120).toLower();  // ACE, never raw Unicode
        if (location.isValid() && !host.isEmpty() && host != serviceHost.toLower()) {
            block.blocked = true;
            if (proxyAt.isEmpty())
                block.at = host;
            block.reason = QStringLiteral("HTTP %1 redirect to %2").arg(status).arg(host.left(120));
        }
    } else if (!serviceAnswersHtml && isHtml(head, bodyStart)) {
        block.blocked = true;
        block.reason = QStringLiteral("HTTP %1 with an HTML page the service never sends").arg(status);
    }
    return block;
}

}  // namespace mars
