#include "HttpClassify.h"

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

}  // namespace mars
