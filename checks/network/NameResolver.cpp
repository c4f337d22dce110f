#include "NameResolver.h"

#include <QHostInfo>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace mars {

namespace {

class SystemNameResolver final : public NameResolver {
public:
    // Each name on a thread of its own, straight to the OS resolver (QHostInfo::fromName: getaddrinfo), all at once;
    // this thread waits for the answers or the deadline. Not QHostInfo::lookupHost: its minute-long cache would show
    // the answer from before the user fixed the zone when the check runs again. A thread still waiting on a resolver
    // at the deadline finishes on its own (getaddrinfo gives up by itself) and writes only into the shared state.
    QList<NameLookup> lookUp(const QStringList& hosts, int timeoutMs) const override
    {
        struct Shared {
            std::mutex mutex;
            std::condition_variable done;
            QList<NameLookup> results;
            int pending = 0;
        };
        auto shared = std::make_shared<Shared>();
        for (const QString& host : hosts)
            shared->results << NameLookup{host, {}, {}};
        shared->pending = int(hosts.size());
        for (int i = 0; i < hosts.size(); ++i) {
            std::thread([shared, i, host = hosts[i]] {
                const QHostInfo info = QHostInfo::fromName(host);
                const std::lock_guard lock(shared->mutex);
                NameLookup& result = shared->results[i];
                result.addresses = info.error() == QHostInfo::NoError ? info.addresses() : QList<QHostAddress>{};
                if (result.addresses.isEmpty())
                    result.error = info.error() == QHostInfo::NoError ? QStringLiteral("no address") : info.errorString();
                --shared->pending;
                shared->done.notify_all();
            }).detach();
        }
        std::unique_lock lock(shared->mutex);
        shared->done.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] { return shared->pending == 0; });
        QList<NameLookup> results = shared->results;
        for (NameLookup& result : results)
            if (!result.resolved() && result.error.isEmpty())
                result.error = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
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
