#include "EndpointProber.h"

#include <QEventLoop>
#include <QNetworkProxyFactory>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

namespace mars {

namespace {
QNetworkProxy systemProxy(const EndpointProbe& probe)
{
    const QUrl url = probe.kind == QLatin1String("ncsi") ? QUrl(probe.url) : QUrl(QStringLiteral("https://%1/").arg(probe.host));
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
    const QNetworkProxy chosen = proxies.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : proxies.first();
    return chosen.type() == QNetworkProxy::DefaultProxy ? QNetworkProxy(QNetworkProxy::NoProxy) : chosen;
}

// One task's attempts, one proxy after the other.
struct Chain {
    ProbeAttempts task;
    int next = 0;
    std::unique_ptr<HostProbe> current;
    std::vector<std::unique_ptr<HostProbe>> retired;  // finished attempts, destroyed once the loop has returned
    QStringList tried;
    ProbeOutcome outcome;
    bool done = false;
};
}  // namespace

QList<ProbeOutcome> probeAll(const QList<ProbeAttempts>& tasks, int stageTimeoutMs)
{
    QEventLoop loop;
    std::vector<std::unique_ptr<Chain>> chains;
    int pending = int(tasks.size());
    int longest = 1;
    for (const ProbeAttempts& task : tasks) {
        auto chain = std::make_unique<Chain>();
        chain->task = task;
        if (chain->task.proxies.isEmpty())
            chain->task.proxies << systemProxy(task.probe);
        longest = std::max(longest, int(chain->task.proxies.size()));
        chains.push_back(std::move(chain));
    }
    std::function<void(Chain*)> startNext = [&](Chain* chain) {
        const QNetworkProxy proxy = chain->task.proxies.at(chain->next++);
        // The finished probe is still on the stack that emitted its signal: keep it until the loop has returned.
        if (chain->current)
            chain->retired.push_back(std::move(chain->current));
        chain->current = std::make_unique<HostProbe>(chain->task.probe, proxy, stageTimeoutMs);
        QObject::connect(chain->current.get(), &HostProbe::finished, &loop, [&, chain] {
            ProbeOutcome outcome = chain->current->outcome();
            const bool more = !outcome.ok() && chain->next < chain->task.proxies.size();
            if (chain->task.proxies.size() > 1) {
                chain->tried << (outcome.ok() ? outcome.via : QStringLiteral("%1 (%2: %3)").arg(outcome.via, stageName(outcome.failedAt), outcome.error.left(120)));
                outcome.via = chain->tried.join(QStringLiteral(", then "));
            }
            chain->outcome = outcome;
            if (more)
                return startNext(chain);
            chain->done = true;
            if (--pending == 0)
                loop.quit();
        });
        chain->current->start();
    };
    for (auto& chain : chains)
        startNext(chain.get());
    // A backstop only: every stage already has its own timeout.
    QTimer::singleShot(longest * (5 * stageTimeoutMs + 1000), &loop, &QEventLoop::quit);
    if (pending > 0)
        loop.exec();
    QList<ProbeOutcome> outcomes;
    for (const auto& chain : chains)
        outcomes << (chain->done ? chain->outcome : chain->current->outcome());
    return outcomes;
}

QList<ProbeOutcome> probeEndpoints(const QList<EndpointProbe>& probes, const std::optional<QNetworkProxy>& proxy, int stageTimeoutMs)
{
    QList<ProbeAttempts> tasks;
    for (const EndpointProbe& probe : probes)
        tasks << ProbeAttempts{probe, proxy ? QList<QNetworkProxy>{*proxy} : QList<QNetworkProxy>{}};
    return probeAll(tasks, stageTimeoutMs);
}

}  // namespace mars
