#pragma once
// Name resolution through the operating system's resolver (what the agent itself gets: the hosts file, the DNS
// servers and suffixes, Windows' NRPT), behind an interface so tests can answer instead.
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace mars {

struct NameLookup {
    QString host;
    QList<QHostAddress> addresses;  // empty: not resolved (error says why)
    QString error;
    bool resolved() const { return !addresses.isEmpty(); }
};

class NameResolver {
public:
    virtual ~NameResolver() = default;
    // Every name at once; a name with no answer within timeoutMs is "not resolved". One result per host, in order.
    virtual QList<NameLookup> lookUp(const QStringList& hosts, int timeoutMs) const = 0;
};

std::shared_ptr<const NameResolver> systemNameResolver();

// What an address is, for a name that must reach a private endpoint. Private: RFC 1918 and IPv6 unique-local
// (fc00::/7), the ranges an Azure virtual network's private endpoint takes its address from. Special: loopback,
// link-local, shared (RFC 6598), unspecified, multicast: neither a private endpoint nor the service.
enum class AddressKind { Private, Public, Special };
AddressKind addressKind(const QHostAddress& address);

}  // namespace mars
