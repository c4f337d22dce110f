#pragma once
// The endpoint probes tests point at their loopback servers, made in one place.
#include "checks/CloudProfile.h"

#include <string>

namespace mars::test {

inline EndpointProbe httpsProbe(const QString& host, quint16 port, const QString& role = QStringLiteral("sign-in"))
{
    EndpointProbe probe;
    probe.role = role;
    probe.kind = QStringLiteral("https");
    probe.host = host;
    probe.port = port;
    return probe;
}

inline EndpointProbe ncsiProbe(const std::string& url)
{
    EndpointProbe probe;
    probe.role = QStringLiteral("connectivity");
    probe.kind = QStringLiteral("ncsi");
    probe.url = QString::fromStdString(url);
    probe.expect = QStringLiteral("Microsoft NCSI");
    return probe;
}

}  // namespace mars::test
