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
    if (!head.value("x-squid-error").isEmpty())
        return QStringLiteral("Squid");
    if (carriesProxyHeaders(head) && !head.value("server").isEmpty())
        return printable(head.value("server"), 80);
    return {};
}

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
    block.reason = QStringLiteral("the proxy refused the tunnel with HTTP %1").arg(head.status);
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
        block.reason = QStringLiteral("HTTP %1 with proxy headers").arg(status);
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
