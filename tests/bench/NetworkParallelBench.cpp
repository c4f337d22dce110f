// Benchmark: the registration network check of 12 hosts, 6 of them black-holed (they accept and never answer),
// against the baseline of ONE black-holed host probed alone in the same run. Target: ratio <= 1.2, i.e. the check
// costs about one per-stage timeout, not the sum of them.
#include "checks/network/EndpointProber.h"
#include "../support/LoopbackHttpServer.h"
#include "../support/Probes.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace mars;
using test::LoopbackHttpServer;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int kTimeoutMs = 1500;
    LoopbackHttpServer good([](const std::string&) { return LoopbackHttpServer::reply(200, "OK", "Microsoft NCSI"); });
    LoopbackHttpServer blackHole([](const std::string&) { return std::string(); });

    const EndpointProbe silent = test::httpsProbe(QStringLiteral("127.0.0.1"), blackHole.port());
    const EndpointProbe answering = test::ncsiProbe(good.url("/ncsi.txt"));

    const QNetworkProxy direct(QNetworkProxy::NoProxy);
    QElapsedTimer timer;
    timer.start();
    probeEndpoints({silent}, direct, kTimeoutMs);
    const qint64 baseline = timer.elapsed();

    QList<EndpointProbe> twelve;
    for (int i = 0; i < 6; ++i)
        twelve << silent << answering;
    timer.restart();
    const QList<ProbeOutcome> outcomes = probeEndpoints(twelve, direct, kTimeoutMs);
    const qint64 parallel = timer.elapsed();

    int blocked = 0;
    for (const ProbeOutcome& outcome : outcomes)
        blocked += !outcome.ok();
    const double ratio = double(parallel) / double(baseline);
    std::printf("network check, 12 hosts (6 black-holed, %d blocked): %lld ms; one black-holed host alone: %lld ms; "
                "ratio %.2f (target <= 1.20)\n",
                blocked, static_cast<long long>(parallel), static_cast<long long>(baseline), ratio);
    return blocked == 6 && ratio <= 1.2 ? 0 : 1;
}
