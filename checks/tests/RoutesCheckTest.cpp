// The endpoint check along every route the agent's traffic can take, side by side, against loopback proxies (one
// per route). The settings come from the fake: Wine has no agent, and its WinHTTP defaults cannot be set per test.
// PAC evaluation here is the fake's answer (the portable build has no PAC engine; on Windows WinHttpGetProxyForUrl
// evaluates it); what follows from an answer with several proxies is the real code.
#include "checks/network/RoutePlan.h"
#include "checks/network/SystemProbe.h"
#include "checks/registration/EndpointsCheck.h"
#include "tests/support/CatchQt.h"
#include "tests/support/FakePlatform.h"
#include "tests/support/LoopbackHttpServer.h"
#include "tests/support/Probes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace mars;
using test::LoopbackHttpServer;

namespace {
constexpr int kTimeoutMs = 1000;

std::string hostPort(const LoopbackHttpServer& server)
{
    return "127.0.0.1:" + std::to_string(server.port());
}

platform::ProxySetting through(const std::string& proxy, const char* source)
{
    platform::ProxySetting setting;
    setting.known = true;
    setting.proxy = proxy;
    setting.source = source;
    return setting;
}

LoopbackHttpServer::Respond answersNcsi()
{
    return [](const std::string&) { return LoopbackHttpServer::reply(200, "OK", "Microsoft NCSI"); };
}

LoopbackHttpServer::Respond blocks()
{
    return [](const std::string&) { return LoopbackHttpServer::reply(403, "Forbidden", "<html>Blocked by policy</html>"); };
}

quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

QString evidence(const CheckResult& result)
{
    return renderAll(result.evidence).join('\n');
}

QJsonObject route(const CheckResult& result, const QString& id)
{
    for (const auto& value : result.facts.value("routes").toArray())
        if (value.toObject().value("id").toString() == id)
            return value.toObject();
    return {};
}
}  // namespace

TEST_CASE("routes side by side: the agent's own proxy is blocked while this account and WinHTTP get through", "[routes]")
{
    LoopbackHttpServer service(answersNcsi());       // this account goes direct to it
    LoopbackHttpServer machineProxy(answersNcsi());  // WinHTTP's proxy passes the request on
    LoopbackHttpServer agentProxy(blocks());         // the agent's proxy refuses it
    auto fake = std::make_shared<test::FakePlatform>();
    fake->machine = through(hostPort(machineProxy), "WinHTTP (fake)");
    fake->agentSetting = through(hostPort(agentProxy), "Get-OBMachineSetting (fake)");
    CheckContext context;
    context.inputs.network.stageTimeoutMs = kTimeoutMs;
    context.inputs.network.probes = {test::ncsiProbe(service.url("/ncsi.txt"))};

    const CheckResult result = EndpointsCheck(fake).run(context);
    INFO(evidence(result).toStdString());
    CHECK(result.status == Status::Warning);  // only the connectivity probe: a warning, but along the agent's route
    CHECK(result.facts.value("agentRoute").toString() == "agent");  // not a check id
    CHECK(service.requests() == 1);
    CHECK(machineProxy.requests() == 1);
    CHECK(agentProxy.requests() == 1);
    // One line per endpoint, every route on it, the agent's first.
    const QString text = evidence(result);
    CHECK(text.contains(QStringLiteral("The agent's own setting: blocked at HTTP")));
    CHECK(text.contains(QStringLiteral("| This account: reachable in")));
    CHECK(text.contains(QStringLiteral("| The machine (WinHTTP): reachable in")));
    CHECK(text.contains(QString::fromStdString("proxy " + hostPort(agentProxy))));
    CHECK(text.contains(QStringLiteral("The agent uses its own proxy setting (Get-OBMachineSetting).")));
    // The disagreement names the other routes and their settings.
    CHECK(text.contains(QStringLiteral("The routes disagree: along This account (direct) 0 of 1 addresses fail, along the agent's route 1")));
    CHECK(text.contains(QStringLiteral("along The machine (WinHTTP) (proxy %1)").arg(QString::fromStdString(hostPort(machineProxy)))));
    const QJsonObject probe = result.facts.value("probes").toArray().first().toObject();
    CHECK_FALSE(probe.value("ok").toBool());
    CHECK(probe.value("routes").toObject().value("account").toObject().value("ok").toBool());
    CHECK(probe.value("routes").toObject().value("machine").toObject().value("ok").toBool());
    CHECK_FALSE(probe.value("routes").toObject().value("agent").toObject().value("ok").toBool());  // not a check id
}

TEST_CASE("the agent's route passes while another fails: a Warning that names the differing setting", "[routes]")
{
    LoopbackHttpServer agentProxy(answersNcsi());
    LoopbackHttpServer accountProxy(blocks());
    auto fake = std::make_shared<test::FakePlatform>();
    fake->account = through(hostPort(accountProxy), "Internet Options (fake)");
    fake->agentSetting = through(hostPort(agentProxy), "Get-OBMachineSetting (fake)");
    CheckContext context;
    context.inputs.network.stageTimeoutMs = kTimeoutMs;
    context.inputs.network.probes = {test::ncsiProbe("http://www.msftncsi.com/ncsi.txt")};
    const CheckResult result = EndpointsCheck(fake).run(context);
    INFO(evidence(result).toStdString());
    CHECK(result.status == Status::Warning);
    CHECK(result.summary.render() == QStringLiteral("Every service address answers along the agent's route (The agent's own setting), but the "
                                                    "routes disagree: along This account (proxy %1) 1 of 1 addresses fail, along the agent's "
                                                    "route 0.").arg(QString::fromStdString(hostPort(accountProxy))));
    CHECK(evidence(result).contains("The machine (WinHTTP): not examined: there is no WinHTTP here (fake)."));
    CHECK(route(result, "machine").value("examined").toBool() == false);
    CHECK(route(result, "agent").value("agentUses").toBool());  // not a check id
}

TEST_CASE("identical routes are probed once and the report says so", "[routes]")
{
    LoopbackHttpServer proxy(answersNcsi());
    auto fake = std::make_shared<test::FakePlatform>();
    fake->account = through(hostPort(proxy), "Internet Options (fake)");
    fake->machine = through(hostPort(proxy), "WinHTTP (fake)");
    CheckContext context;
    context.inputs.network.stageTimeoutMs = kTimeoutMs;
    context.inputs.network.probes = {test::ncsiProbe("http://www.msftncsi.com/ncsi.txt")};
    const CheckResult result = EndpointsCheck(fake).run(context);
    INFO(evidence(result).toStdString());
    CHECK(result.status == Status::Pass);
    CHECK(proxy.requests() == 1);
    CHECK(evidence(result).contains("The machine (WinHTTP) takes the same proxies as This account for every address: probed once."));
    CHECK(route(result, "machine").value("sameAs").toString() == "account");
    // No agent setting: a .NET Framework service takes its account's Internet Options, not WinHTTP's default.
    CHECK(result.facts.value("agentRoute").toString() == "account");
    CHECK(evidence(result).contains("The agent has no proxy of its own: a .NET Framework service, it uses its account's Internet Options "
                                    "(LocalSystem's own); this account's stand in for them here."));
}

TEST_CASE("without a proxy of its own, the agent's route is its account's Internet Options, ranked above WinHTTP's default", "[routes][plan]")
{
    test::FakePlatform fake;
    const QList<EndpointProbe> probes = {test::ncsiProbe("http://www.msftncsi.com/ncsi.txt")};
    fake.account = through("", "Internet Options (fake)");            // direct: what a service account usually has
    fake.machine = through("10.0.0.1:8080", "WinHTTP (fake)");        // a WinHTTP proxy the agent does not use
    RoutePlan plan = planRoutes(probes, fake, std::nullopt, kTimeoutMs);
    CHECK(plan.routes[plan.agentRoute].route.kind == RouteKind::Account);
    CHECK(plan.agentRouteReason == "account-options");

    // Its own setting still comes first, and a --proxy before that.
    fake.agentSetting = through("10.0.0.2:3128", "Get-OBMachineSetting (fake)");
    plan = planRoutes(probes, fake, std::nullopt, kTimeoutMs);
    CHECK(plan.routes[plan.agentRoute].route.kind == RouteKind::Agent);
    CHECK(plan.agentRouteReason == "agent-setting");
    plan = planRoutes(probes, fake, QNetworkProxy(QNetworkProxy::HttpProxy, "10.0.0.3", 8080), kTimeoutMs);
    CHECK(plan.routes[plan.agentRoute].route.kind == RouteKind::Given);

    // Internet Options that cannot be read: WinHTTP's default is the next best guess, and the words say why.
    fake.agentSetting = platform::ProxySetting{};
    fake.agentSetting.absentBecause = "the agent is not installed";
    fake.account = platform::ProxySetting{};
    fake.account.error = "WinHttpGetIEProxyConfigForCurrentUser: access denied (fake)";
    plan = planRoutes(probes, fake, std::nullopt, kTimeoutMs);
    CHECK(plan.routes[plan.agentRoute].route.kind == RouteKind::Machine);
    CHECK(plan.agentRouteReason == "machine-default");
}

TEST_CASE("the copy running as LocalSystem answers along SYSTEM's own Internet Options", "[routes][plan][system]")
{
    // answerRequest is what the SYSTEM copy runs: there, "this account" is SYSTEM, so its Internet Options (direct, as
    // a service account's usually are) are the agent's route, not the WinHTTP proxy.
    LoopbackHttpServer direct(answersNcsi());
    test::FakePlatform fake;
    fake.account = through("", "Internet Options (fake)");
    fake.machine = through("127.0.0.1:" + std::to_string(closedPort()), "WinHTTP (fake)");
    SystemProbeRequest request;
    request.probes = {test::ncsiProbe("http://" + hostPort(direct) + "/ncsi.txt")};
    request.stageTimeoutMs = kTimeoutMs;
    QTemporaryDir folder;
    const QString resultPath = folder.filePath(QStringLiteral("result.json"));
    REQUIRE(answerRequest(request, fake, resultPath).isEmpty());
    QFile file(resultPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject answer = QJsonDocument::fromJson(file.readAll()).object();
    CHECK(answer.value("routeReason").toString() == "account-options");
    CHECK(answer.value("setting").toObject().value("source").toString() == "Internet Options (fake)");
    CHECK(direct.requests() == 1);
}

TEST_CASE("every proxy of a PAC answer is tried in order until one gets through", "[routes][pac]")
{
    LoopbackHttpServer second(answersNcsi());
    auto fake = std::make_shared<test::FakePlatform>();
    fake->account.autoConfigUrl = "http://127.0.0.1:1/proxy.pac";
    const std::string url = "http://www.msftncsi.com/ncsi.txt";
    const std::string dead = "127.0.0.1:" + std::to_string(closedPort());
    fake->pacAnswers[url] = {dead, hostPort(second)};
    CheckContext context;
    context.inputs.network.stageTimeoutMs = kTimeoutMs;
    context.inputs.network.probes = {test::ncsiProbe(url)};
    const CheckResult result = EndpointsCheck(fake).run(context);
    INFO(evidence(result).toStdString());
    CHECK(result.status == Status::Pass);
    CHECK(second.requests() == 1);
    const QString via = result.facts.value("probes").toArray().first().toObject().value("via").toString();
    CHECK(via.startsWith(QString::fromStdString("proxy " + dead + " (")));
    CHECK(via.endsWith(QString::fromStdString(", then proxy " + hostPort(second))));
    CHECK(evidence(result).contains(QString::fromStdString("PAC: proxy " + dead + ", then proxy " + hostPort(second))));
}

TEST_CASE("the proxy given on the command line is one more route, taken as the agent's, and named in the report", "[routes]")
{
    LoopbackHttpServer given(blocks());
    LoopbackHttpServer service(answersNcsi());
    auto fake = std::make_shared<test::FakePlatform>();
    CheckContext context;
    context.inputs.network.stageTimeoutMs = kTimeoutMs;
    context.inputs.network.probes = {test::ncsiProbe(service.url("/ncsi.txt"))};
    context.inputs.proxy = QString::fromStdString(hostPort(given));
    const CheckResult result = EndpointsCheck(fake).run(context);
    INFO(evidence(result).toStdString());
    CHECK(result.facts.value("agentRoute").toString() == "given");
    CHECK(result.facts.value("proxyGiven").toString() == context.inputs.proxy);
    CHECK(given.requests() == 1);
    CHECK(service.requests() == 1);  // this account, direct
    CHECK(evidence(result).contains(QStringLiteral("The proxy given (--proxy): proxy %1 (read from --proxy).").arg(context.inputs.proxy)));
    CHECK(evidence(result).contains("The agent's route is taken to be the proxy given on the command line."));

    context.inputs.proxy = QStringLiteral("not a proxy");
    const CheckResult refused = EndpointsCheck(fake).run(context);
    CHECK(refused.status == Status::Error);
    CHECK(refused.summary.render().contains("cannot be used: expected host:port"));
}

TEST_CASE("an agent setting that cannot be read is never a Pass", "[routes]")
{
    LoopbackHttpServer service(answersNcsi());
    auto fake = std::make_shared<test::FakePlatform>();
    fake->agentSetting = {};
    fake->agentSetting.error = "Get-OBMachineSetting did not answer (exit code 1)";
    CheckContext context;
    context.inputs.network.stageTimeoutMs = kTimeoutMs;
    context.inputs.network.probes = {test::ncsiProbe(service.url("/ncsi.txt"))};
    const CheckResult result = EndpointsCheck(fake).run(context);
    INFO(evidence(result).toStdString());
    CHECK(result.status == Status::Warning);
    CHECK(evidence(result).contains("The agent's own setting: not examined: Get-OBMachineSetting did not answer (exit code 1)."));
}

namespace {
std::shared_ptr<const Fix> offered(const CheckResult& result, const char* id)
{
    for (const auto& fix : result.fixes)
        if (fix->id() == QLatin1String(id))
            return fix;
    return nullptr;
}
}  // namespace

TEST_CASE("Give the agent this proxy: the exact command first, the earlier setting recorded, obengine restarted, put back", "[routes][fix]")
{
    LoopbackHttpServer working(answersNcsi());
    auto fake = std::make_shared<test::FakePlatform>();
    const std::string dead = "127.0.0.1:" + std::to_string(closedPort());
    fake->account = through(hostPort(working), "Internet Options (fake)");
    fake->agentSetting = through(dead, "Get-OBMachineSetting (fake)");
    CheckContext context;
    context.inputs.network.stageTimeoutMs = kTimeoutMs;
    context.inputs.network.probes = {test::ncsiProbe("http://www.msftncsi.com/ncsi.txt")};
    CheckResult result = EndpointsCheck(fake).run(context);
    INFO(evidence(result).toStdString());
    const auto give = offered(result, "give-agent-proxy");
    REQUIRE(give);
    CHECK(give->spec().needsAdmin);
    CHECK(give->spec().changesSystem);
    const QString plan = give->plan().render();
    CHECK(plan.startsWith(QStringLiteral("Run Set-OBMachineSetting -ProxyServer http://127.0.0.1 -ProxyPort %1, then restart the agent service (obengine)")
                              .arg(working.port())));
    CHECK(plan.contains(QString::fromStdString("The agent's setting now: proxy " + dead)));
    CHECK_FALSE(offered(result, "copy-account-proxy-to-winhttp"));  // no WinHTTP here

    FixProgress progress;
    const FixOutcome applied = give->apply(context, progress);
    CHECK(applied.ok());
    CHECK(fake->networkCalls == std::vector<std::string>{"set-agent-proxy 127.0.0.1 " + std::to_string(working.port())});
    CHECK(fake->serviceRestarts == 1);
    REQUIRE(applied.before.size() == 1);
    CHECK(applied.before.first().render() ==
          QString::fromStdString("The agent's proxy setting: proxy " + dead + " (to put it back by hand: Set-OBMachineSetting -ProxyServer http://127.0.0.1 -ProxyPort " +
                                 dead.substr(10) + ")."));
    REQUIRE(fake->savedProxies.count(platform::SavedProxyOf::Agent));
    CHECK(fake->savedProxies[platform::SavedProxyOf::Agent].proxy == dead);

    // Checked again: the agent's route works now, and the put-back is offered with its exact command.
    result = EndpointsCheck(fake).run(context);
    CHECK(result.status == Status::Pass);
    const auto putBack = offered(result, "put-back-proxy");
    REQUIRE(putBack);
    CHECK(putBack->plan().render() ==
          QString::fromStdString("Run Set-OBMachineSetting -ProxyServer http://127.0.0.1 -ProxyPort " + dead.substr(10) + ", then restart the agent service (obengine)."));
    CHECK(putBack->apply(context, progress).ok());
    CHECK(fake->networkCalls.back() == "set-agent-proxy 127.0.0.1 " + dead.substr(10));
    CHECK(fake->serviceRestarts == 2);
    CHECK_FALSE(fake->savedProxies.count(platform::SavedProxyOf::Agent));
}

TEST_CASE("Copy this account's proxy to WinHTTP: netsh import, the earlier WinHTTP recorded, put back by netsh reset", "[routes][fix]")
{
    LoopbackHttpServer working(answersNcsi());
    auto fake = std::make_shared<test::FakePlatform>();
    fake->account = through(hostPort(working), "Internet Options (fake)");
    fake->account.bypass = "<local>";
    fake->machine = through("", "WinHTTP (fake)");  // direct: the black-holed service is out of its reach
    CheckContext context;
    context.inputs.network.stageTimeoutMs = kTimeoutMs;
    context.inputs.network.probes = {test::ncsiProbe("http://127.0.0.1:" + std::to_string(closedPort()) + "/ncsi.txt")};
    CheckResult result = EndpointsCheck(fake).run(context);
    INFO(evidence(result).toStdString());
    // No proxy of its own: the agent (.NET Framework) takes its account's Internet Options, which this account's stand
    // in for without the probe as LocalSystem; WinHTTP is still what the fix aligns.
    CHECK(result.facts.value("agentRoute").toString() == "account");
    const auto copy = offered(result, "copy-account-proxy-to-winhttp");
    REQUIRE(copy);
    CHECK(copy->plan().render().startsWith("Run netsh winhttp import proxy source=ie: WinHTTP, which services running as LocalSystem use"));
    CHECK(copy->plan().render().contains(QString::fromStdString("this account's proxy (proxy " + hostPort(working) + " (bypass <local>)). WinHTTP now: direct")));
    FixProgress progress;
    const FixOutcome applied = copy->apply(context, progress);
    CHECK(applied.ok());
    CHECK(renderAll(applied.before).join('\n') == "WinHTTP's proxy setting: direct (to put it back by hand: netsh winhttp reset proxy).");
    CHECK(fake->networkCalls == std::vector<std::string>{"import-winhttp"});
    CHECK(fake->savedProxies.count(platform::SavedProxyOf::Machine));

    result = EndpointsCheck(fake).run(context);
    const auto putBack = offered(result, "put-back-proxy");
    REQUIRE(putBack);
    CHECK(putBack->plan().render() == "Run netsh winhttp reset proxy.");
    CHECK(putBack->apply(context, progress).ok());
    CHECK(fake->networkCalls.back() == "reset-winhttp");
    CHECK(fake->machine.proxy.empty());
    CHECK_FALSE(fake->savedProxies.count(platform::SavedProxyOf::Machine));
}
