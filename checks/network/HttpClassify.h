#pragma once
// What an HTTP answer means for a connectivity probe, without sockets: fed untrusted bytes and fuzzed.
#include <QByteArray>
#include <QString>

#include <optional>

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

}  // namespace mars
