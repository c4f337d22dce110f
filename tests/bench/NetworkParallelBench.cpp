// Benchmark: the registration network check of 12 hosts, 6 of them black-holed (they accept and never answer),
// against the baseline of ONE black-holed host probed alone in the same run. Target: ratio <= 1.2, i.e. the check
// costs about one per-stage timeout, not the sum of them. Then the whole endpoint check along four routes at once
// (this account direct, WinHTTP, the agent's own proxy and a --proxy, each a loopback proxy that answers plain
// HTTP and black-holes CONNECT), against the same baseline: the routes must not add up either.
// Last, the same with the probe as LocalSystem: this build's program started as the SYSTEM task starts it (the task
// itself is Windows'; its start-up there is what the 1.5 s allowance is for), its answer taken as the agent's.
#include "checks/network/EndpointProber.h"
#include "checks/registration/EndpointsCheck.h"
#include "../support/FakePlatform.h"
#include "../support/LoopbackHttpServer.h"
#include "../support/ProgramAsSystem.h"
#include "../support/Probes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>

#include <cstdio>
#include <cstdlib>
#include <memory>

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

    // Four routes: a proxy per route that passes plain HTTP on (NCSI answers) and never answers a CONNECT.
    const auto proxyServer = [] {
        return std::make_unique<LoopbackHttpServer>([](const std::string& request) {
            return request.rfind("CONNECT", 0) == 0 ? std::string() : LoopbackHttpServer::reply(200, "OK", "Microsoft NCSI");
        });
    };
    const auto machineProxy = proxyServer(), agentProxy = proxyServer(), givenProxy = proxyServer();
    const auto setting = [](const LoopbackHttpServer& server) {
        platform::ProxySetting proxy;
        proxy.known = true;
        proxy.proxy = "127.0.0.1:" + std::to_string(server.port());
        proxy.source = "bench";
        return proxy;
    };
    auto fake = std::make_shared<test::FakePlatform>();
    fake->machine = setting(*machineProxy);
    fake->agentSetting = setting(*agentProxy);
    CheckContext context;
    context.inputs.network.stageTimeoutMs = kTimeoutMs;
    context.inputs.network.probes = twelve;
    context.inputs.proxy = QStringLiteral("127.0.0.1:%1").arg(givenProxy->port());
    timer.restart();
    const CheckResult result = EndpointsCheck(fake).run(context);
    const qint64 routes = timer.elapsed();
    const int routesProbed = int(result.facts.value(QStringLiteral("routes")).toArray().size());
    const double routeRatio = double(routes) / double(baseline);
    std::printf("endpoint check along %d routes, 12 hosts each (6 black-holed): %lld ms; one black-holed host alone: %lld ms; "
                "ratio %.2f (target <= 1.20)\n",
                routesProbed, static_cast<long long>(routes), static_cast<long long>(baseline), routeRatio);

    constexpr qint64 kSystemStartAllowanceMs = 1500;
    fake->systemSid = platform::currentAccountSid();
    fake->systemRunner = [](const platform::ProbeProgram&, const std::vector<std::string>& arguments, const std::string& input, int timeoutMs) {
        return test::runProgramAsTask(QStringLiteral(MARS_PROGRAM), arguments, input, timeoutMs);
    };
    timer.restart();
    const CheckResult withSystem = EndpointsCheck(fake, platform::ProbeProgram{".", {}, {"mars-setup-doctor"}, "mars-setup-doctor"}).run(context);
    const qint64 system = timer.elapsed();
    const bool systemAnswered = withSystem.facts.value(QStringLiteral("agentRoute")).toString() == QStringLiteral("system");
    const double systemRatio = double(system) / double(baseline);
    const qint64 systemBudget = qint64(1.2 * double(baseline)) + kSystemStartAllowanceMs;
    std::printf("the same with the probe as LocalSystem (%s): %lld ms; ratio %.2f to one black-holed host alone (target: within "
                "1.20x plus the 1.5 s start-up allowance, %lld ms)\n",
                systemAnswered ? "answered" : "NO ANSWER", static_cast<long long>(system), systemRatio, static_cast<long long>(systemBudget));
    return blocked == 6 && ratio <= 1.2 && routesProbed == 4 && routeRatio <= 1.2 && systemAnswered && system <= systemBudget ? 0 : 1;
}
