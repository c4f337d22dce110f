#include "EndpointProber.h"

#include <QEventLoop>
#include <QNetworkProxyFactory>
#include <QTimer>

#include <memory>
#include <vector>

namespace mars {

namespace {
QNetworkProxy proxyFor(const EndpointProbe& probe, const std::optional<QNetworkProxy>& forced)
{
    if (forced)
        return *forced;
    const QUrl url = probe.kind == QLatin1String("ncsi") ? QUrl(probe.url) : QUrl(QStringLiteral("https://%1/").arg(probe.host));
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
    return proxies.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : proxies.first();
}
}  // namespace

QList<ProbeOutcome> probeEndpoints(const QList<EndpointProbe>& probes, const std::optional<QNetworkProxy>& proxy, int stageTimeoutMs)
{
    QEventLoop loop;
    std::vector<std::unique_ptr<HostProbe>> running;
    int pending = int(probes.size());
    for (const EndpointProbe& probe : probes) {
        QNetworkProxy chosen = proxyFor(probe, proxy);
        if (chosen.type() == QNetworkProxy::DefaultProxy)
            chosen = QNetworkProxy(QNetworkProxy::NoProxy);
        running.push_back(std::make_unique<HostProbe>(probe, chosen, stageTimeoutMs));
        QObject::connect(running.back().get(), &HostProbe::finished, &loop, [&pending, &loop] {
            if (--pending == 0)
                loop.quit();
        });
    }
    for (auto& probe : running)
        probe->start();
    // A backstop only: every stage already has its own timeout.
    QTimer::singleShot(5 * stageTimeoutMs + 1000, &loop, &QEventLoop::quit);
    if (pending > 0)
        loop.exec();
    QList<ProbeOutcome> outcomes;
    for (const auto& probe : running)
        outcomes << probe->outcome();
    return outcomes;
}

}  // namespace mars
