#include "NameResolver.h"

#include <QEventLoop>
#include <QHostInfo>
#include <QTimer>

namespace mars {

namespace {

class SystemNameResolver final : public NameResolver {
public:
    // QHostInfo hands every name to the OS resolver (getaddrinfo) on its own threads: all are asked at once, and
    // this thread's loop waits for the answers or the deadline, whichever comes first.
    QList<NameLookup> lookUp(const QStringList& hosts, int timeoutMs) const override
    {
        QList<NameLookup> results;
        for (const QString& host : hosts)
            results << NameLookup{host, {}, {}};
        QEventLoop loop;
        int pending = int(hosts.size());
        QList<int> ids;
        for (int i = 0; i < hosts.size(); ++i) {
            ids << QHostInfo::lookupHost(hosts[i], &loop, [&, i](const QHostInfo& info) {
                results[i].addresses = info.error() == QHostInfo::NoError ? info.addresses() : QList<QHostAddress>{};
                if (results[i].addresses.isEmpty())
                    results[i].error = info.error() == QHostInfo::NoError ? QStringLiteral("no address") : info.errorString();
                if (--pending == 0)
                    loop.quit();
            });
        }
        if (pending > 0) {
            QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
            loop.exec();
        }
        for (int i = 0; i < results.size(); ++i) {
            if (!results[i].resolved() && results[i].error.isEmpty()) {
                QHostInfo::abortHostLookup(ids[i]);
                results[i].error = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
            }
        }
        return results;
    }
};

bool inRange(const QHostAddress& address, const char* subnet)
{
    return address.isInSubnet(QHostAddress::parseSubnet(QString::fromLatin1(subnet)));
}

}  // namespace

std::shared_ptr<const NameResolver> systemNameResolver()
{
    return std::make_shared<SystemNameResolver>();
}

AddressKind addressKind(const QHostAddress& given)
{
    QHostAddress address = given;
    bool mapped = false;
    const quint32 v4 = given.toIPv4Address(&mapped);  // ::ffff:a.b.c.d is judged as a.b.c.d
    if (mapped)
        address = QHostAddress(v4);
    if (address.isNull() || address.isLoopback() || address.isLinkLocal() || address.isMulticast() || address.isBroadcast() ||
        inRange(address, "0.0.0.0/8") || inRange(address, "100.64.0.0/10"))
        return AddressKind::Special;
    if (inRange(address, "10.0.0.0/8") || inRange(address, "172.16.0.0/12") || inRange(address, "192.168.0.0/16") || inRange(address, "fc00::/7"))
        return AddressKind::Private;
    return AddressKind::Public;
}

}  // namespace mars
