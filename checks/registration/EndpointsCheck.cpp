#include "EndpointsCheck.h"

#include "../Catalog.h"
#include "../PlatformText.h"
#include "../network/EndpointProber.h"
#include "../network/RoutePlan.h"
#include "../network/RouteWords.h"
#include "EndpointVerdict.h"
#include "RouteFixes.h"
#include "../vault/VaultFileSource.h"

#include <QJsonArray>

#include <future>

namespace mars {

std::span<const FindingSpec> EndpointsCheck::findings()
{
    using A = Article;
    static constexpr FindingSpec table[] = {
        {Code::AllAnswered, "MSD-NET-001", kPass, "Every service address answered.", A::Install},
        {Code::UnknownCloud, "MSD-NET-002", kError, "The chosen cloud is unknown, so no address could be probed.", A::Install},
        {Code::ClockLikelyWrong, "MSD-NET-003", kWarning | kFail, "Certificates look expired or not yet valid: the clock is probably wrong, not the firewall.", A::Troubleshoot},
        {Code::ProxyWantsCredentials, "MSD-NET-004", kWarning | kFail, "The proxy asks for a user name and password (407).", A::Troubleshoot},
        {Code::SomethingElseAnswers, "MSD-NET-005", kWarning | kFail, "Something answers in the service's place (a captive portal or a TLS-inspecting proxy).", A::Troubleshoot},
        {Code::Blocked, "MSD-NET-006", kWarning | kFail, "Service addresses cannot be reached: the firewall or proxy blocks them (a failure when the agent needs them).", A::Install},
        {Code::RouteDisagrees, "MSD-NET-007", kWarning, "Every address answers along the agent's route, but another route disagrees (named).", A::Troubleshoot},
        {Code::RouteSettingUnreadable, "MSD-NET-008", kWarning, "Every address answers along the agent's route, but a route's proxy setting could not be read.", A::Troubleshoot, Examined::No},
        {Code::TlsInspected, "MSD-NET-009", kWarning | kFail, "TLS to the service is inspected by a root Azure does not use (named).", A::Troubleshoot},
        {Code::ProxyBlocks, "MSD-NET-010", kWarning | kFail, "A proxy blocks the service: its refusal or block page answered instead (named).", A::Troubleshoot},
        {Code::RootMissing, "MSD-NET-011", kWarning | kFail, "This computer lacks the root certificate the service's chain ends at.", A::Troubleshoot},
        {Code::GivenProxyUnusable, "MSD-NET-012", kError, "The proxy given on the command line cannot be used.", A::Troubleshoot},
        {Code::AgentRouteUnreadable, "MSD-NET-013", kError, "The proxy setting of the agent's route cannot be read.", A::Troubleshoot},
        {Code::SystemProbeIncomplete, "MSD-NET-014", kWarning, "The probe as LocalSystem (the agent's account) did not complete.", A::Troubleshoot, Examined::No},
        {Code::ProxyCouldNotReach, "MSD-NET-015", kWarning | kFail, "The proxy could not reach the service (could not resolve, connect, or get an answer in time): it has not blocked it.", A::Troubleshoot},
        {Code::NamesUnresolved, "MSD-NET-016", kWarning | kFail, "This computer cannot resolve the service's names (a proxy may be needed).", A::Install},
    };
    static_assert(coversEachCodeInOrder<Code>(table));
    return table;
}

namespace {
constexpr int kDefaultStageTimeoutMs = 5000;

// Roles whose failure the agent survives: the connectivity probes and the portal are signals, not its own traffic.
bool essential(const EndpointProbe& probe)
{
    return probe.role != QLatin1String("connectivity") && probe.role != QLatin1String("portal") && probe.role != QLatin1String("microsoft");
}

QString target(const EndpointProbe& probe)
{
    return probe.kind == QLatin1String("ncsi") ? probe.url : probe.port == 443 ? probe.host : QStringLiteral("%1:%2").arg(probe.host).arg(probe.port);
}
}  // namespace

EndpointsCheck::EndpointsCheck(std::shared_ptr<platform::Platform> platform, std::optional<platform::ProbeProgram> systemProbe,
                               std::shared_ptr<VaultFileSource> vaultFile)
    : m_platform(std::move(platform)), m_systemProbe(std::move(systemProbe)),
      m_vaultFile(vaultFile ? std::move(vaultFile) : std::make_shared<VaultFileSource>())
{
}

Message EndpointsCheck::describe(const ProbeOutcome& outcome, const EndpointVerdict& verdict)
{
    const Message where = Message::joined({Message::plain(target(outcome.probe) + QStringLiteral(" (")), roleLabel(outcome.probe.role),
                                           Message::plain(QStringLiteral(")"))}, QString());
    return msg("%1: %2").arg(where).arg(describeShort(outcome, verdict));
}

Message EndpointsCheck::routeName(int kind)
{
    switch (RouteKind(kind)) {
    case RouteKind::Account: return msg("This account");
    case RouteKind::Machine: return msg("The machine (WinHTTP)");
    case RouteKind::Agent: return msg("The agent's own setting");
    case RouteKind::Given: return msg("The proxy given (--proxy)");
    case RouteKind::System: return msg("As LocalSystem");
    }
    return {};
}

Message EndpointsCheck::describeShort(const ProbeOutcome& outcome, const EndpointVerdict& verdict)
{
    const Message via = RouteWords::via(outcome.via);
    if (verdict.reachable)
        return msg("reachable in %1 ms, %2").arg(outcome.elapsedMs).arg(via);
    if (verdict.block.blocked)
        return msg("not the service: %1, after %2 ms, %3").arg(EndpointVerdicts::proxyAnswer(verdict.block)).arg(outcome.elapsedMs).arg(via);
    if (!outcome.ok() && outcome.failedAt == ProbeStage::Dns)
        return msg("name not resolved after %1 ms, %2: %3").arg(outcome.elapsedMs).arg(via).arg(osErrorText(outcome.error));
    return msg("blocked at %1 after %2 ms, %3: %4").arg(stageName(outcome.failedAt)).arg(outcome.elapsedMs).arg(via).arg(osErrorText(outcome.error));
}

namespace {

QJsonObject outcomeFacts(const ProbeOutcome& outcome)
{
    return {{QStringLiteral("ok"), outcome.ok()}, {QStringLiteral("failedAt"), outcome.ok() ? QString() : stageName(outcome.failedAt)},
            {QStringLiteral("elapsedMs"), qint64(outcome.elapsedMs)}, {QStringLiteral("via"), outcome.via}};
}

// The probe as LocalSystem was tried and did not give a clean verdict: failed, timed out, refused its answer, or
// left something behind. Not elevated or not on Windows is not "incomplete": the other routes say what they can.
bool systemProbeIncomplete(const RoutePlan& plan)
{
    if (!plan.systemRun)
        return false;
    using State = platform::SystemRun::State;
    const State state = plan.systemRun->state;
    return !plan.systemRun->cleanedUp || (!plan.systemError.isEmpty() && state != State::NotElevated && state != State::Unavailable);
}

QStringList failing(const PlannedRoute& route, const CloudProfile& profile);

bool accountReachesAll(const RoutePlan& plan, const CloudProfile& profile)
{
    for (const PlannedRoute& planned : plan.routes)
        if (planned.route.kind == RouteKind::Account)
            return planned.available && failing(planned, profile).isEmpty();
    return false;
}

// What a route cannot reach: a proxy's block page or an answer that is not the service counts as not reached.
QStringList failing(const PlannedRoute& route, const CloudProfile& profile)
{
    QStringList targets;
    for (const ProbeOutcome& outcome : route.outcomes)
        if (!EndpointVerdicts::judge(outcome, profile).reachable)
            targets << target(outcome.probe);
    return targets;
}
}  // namespace

EndpointsCheck::Verdict EndpointsCheck::judge(const CheckContext& context) const
{
    const auto profile = profileFor(context);
    if (!profile)
        return Verdict::error(Code::UnknownCloud, msg("Unknown cloud \"%1\".").arg(context.inputs.cloudId));
    QList<EndpointProbe> probes = context.inputs.network.probes.isEmpty() ? profile->probes : context.inputs.network.probes;
    // The vault's own region, from its credentials file, replaces the guessed backup-service host (endpoints.md:
    // pod01-rec2.<geo>.backup.<suffix>); a custom probe list is left as given.
    Message regional;
    VaultFileRead vaultFile;  // its facts only, parsed once for the checks of the run (VaultFileSource)
    if (context.inputs.network.probes.isEmpty() && !context.inputs.vaultCredentials.isEmpty())
        vaultFile = m_vaultFile->read(context.inputs.vaultCredentials);
    if (context.inputs.network.probes.isEmpty()) {
        const QString host = regionalBackupHost(vaultFile, context.inputs.cloudId);
        for (EndpointProbe& probe : probes)
            if (!host.isEmpty() && probe.role == QLatin1String("backup-service")) {
                regional = msg("The backup service is tested at the vault's own regional host %1 (from the vault credentials file) instead of %2.")
                               .arg(host, probe.host);
                probe.host = host;
            }
    }
    std::optional<QNetworkProxy> given;
    if (!context.inputs.proxy.isEmpty()) {
        QString error;
        given = parseProxyOption(context.inputs.proxy, &error);
        if (!given)
            return Verdict::error(Code::GivenProxyUnusable, msg("The proxy given, \"%1\", cannot be used: %2.").arg(context.inputs.proxy.left(80), error));
    }
    const int timeoutMs = context.inputs.network.stageTimeoutMs > 0 ? context.inputs.network.stageTimeoutMs : kDefaultStageTimeoutMs;
    // The copy as LocalSystem probes at the same time as the routes here: its verdict is the agent's.
    std::future<SystemProbeRun> asSystem;
    if (m_systemProbe)
        asSystem = std::async(std::launch::async, [this, request = SystemProbeRequest{probes, timeoutMs, context.inputs.proxy}] {
            return probeAsSystem(m_platform->systemAccount(), *m_systemProbe, request);
        });
    RoutePlan plan = planRoutes(probes, m_platform->networkSettings(), given, timeoutMs);
    probeRoutes(plan, timeoutMs);
    if (asSystem.valid())
        takeSystemProbe(plan, asSystem.get());
    const PlannedRoute& agentRoute = plan.routes[plan.agentRoute];
    if (!agentRoute.available)
        return Verdict::error(Code::AgentRouteUnreadable, msg("The proxy setting of the agent's route (%1) cannot be read: %2")
                                      .arg(routeName(int(agentRoute.route.kind)), QString::fromStdString(agentRoute.route.setting.error)));
    const QList<ProbeOutcome>& outcomes = agentRoute.outcomes;
    QList<const PlannedRoute*> shown;  // the routes probed here, the agent's first
    shown << &agentRoute;
    for (const PlannedRoute& planned : plan.routes)
        if (planned.available && &planned != &agentRoute)
            shown << &planned;

    Verdict result;
    Facts exported;
    QJsonArray probeFacts;
    QList<EndpointVerdict> verdicts;
    int failed = 0, essentialFailed = 0, unresolved = 0;
    bool clock = false, proxyAuth = false, intercepted = false, inspected = false;
    for (int p = 0; p < outcomes.size(); ++p) {
        const ProbeOutcome& outcome = outcomes[p];
        const EndpointVerdict verdict = EndpointVerdicts::judge(outcome, *profile);
        verdicts << verdict;
        if (shown.size() == 1) {
            if (!verdict.block.blocked)  // the proxy's answer has its own line, from the verdict
                result.evidence << describe(outcome, verdict);
        } else {
            Messages parts;
            for (const PlannedRoute* route : shown)
                parts << msg("%1: %2").arg(routeName(int(route->route.kind)), describeShort(route->outcomes[p], EndpointVerdicts::judge(route->outcomes[p], *profile)));
            result.evidence << msg("%1 (%2) - %3").arg(target(outcome.probe), roleLabel(outcome.probe.role), Message::joined(parts, QStringLiteral(" | ")));
        }
        QJsonObject routeFacts;
        for (const PlannedRoute* route : shown)
            routeFacts.insert(routeId(route->route.kind), outcomeFacts(route->outcomes[p]));
        result.evidence << EndpointVerdicts::evidence(outcome, verdict);
        QJsonObject fact = outcomeFacts(outcome);
        fact.insert(QStringLiteral("target"), target(outcome.probe));
        fact.insert(QStringLiteral("role"), outcome.probe.role);
        fact.insert(QStringLiteral("routes"), routeFacts);
        EndpointVerdicts::addFacts(fact, outcome, verdict);
        probeFacts << fact;
        exported.probes << Facts::Probe{outcome.probe.role, target(outcome.probe), outcome.via, verdict.reachable,
                                        outcome.ok() ? QString() : stageName(outcome.failedAt)};
        inspected = inspected || verdict.chain == ChainVerdict::Inspected;
        if (verdict.reachable)
            continue;
        ++failed;
        essentialFailed += essential(outcome.probe);
        unresolved += outcome.failedAt == ProbeStage::Dns && !verdict.block.blocked && outcome.via == QLatin1String("direct");
        clock = clock || outcome.certificateTimeProblem;
        proxyAuth = proxyAuth || outcome.proxyAuthentication || verdict.block.credentials;
        intercepted = intercepted || (outcome.interception && verdict.chain != ChainVerdict::MissingRoot);
    }

    // The routes: what each is made of, which are one, which the agent takes, and where they disagree.
    QJsonArray routeFacts;
    QList<const PlannedRoute*> disagreeing;
    bool unreadable = false;
    for (const PlannedRoute& planned : plan.routes) {
        const platform::ProxySetting& setting = planned.route.setting;
        const Message name = routeName(int(planned.route.kind));
        QJsonObject fact{{QStringLiteral("id"), routeId(planned.route.kind)}, {QStringLiteral("examined"), planned.available},
                         {QStringLiteral("agentUses"), &planned == &agentRoute}};
        if (!planned.available) {
            const bool error = setting.absentBecause.empty();
            unreadable = unreadable || error;
            result.evidence << msg("%1: not examined: %2.").arg(name).arg(platformText(error ? setting.error : setting.absentBecause));
            fact.insert(QStringLiteral("why"), QString::fromStdString(error ? setting.error : setting.absentBecause));
            routeFacts << fact;
            exported.routes << Facts::Route{.id = routeId(planned.route.kind), .agentUses = &planned == &agentRoute, .examined = false,
                                            .why = platformText(error ? setting.error : setting.absentBecause)};
            continue;
        }
        fact.insert(QStringLiteral("setting"), settingText(setting));
        fact.insert(QStringLiteral("source"), QString::fromStdString(setting.source));
        result.evidence << msg("%1: %2 (read from %3).").arg(name).arg(RouteWords::setting(setting)).arg(platformText(setting.source));
        for (const QString& note : planned.notes)
            result.evidence << Message::plain(QStringLiteral("    ") + note);
        if (planned.sameAs >= 0) {
            result.evidence << msg("%1 takes the same proxies as %2 for every address: probed once.").arg(name, routeName(int(plan.routes[planned.sameAs].route.kind)));
            fact.insert(QStringLiteral("sameAs"), routeId(plan.routes[planned.sameAs].route.kind));
        }
        if (&planned != &agentRoute && failing(planned, *profile) != failing(agentRoute, *profile))
            disagreeing << &planned;
        routeFacts << fact;
        exported.routes << Facts::Route{.id = routeId(planned.route.kind), .agentUses = &planned == &agentRoute, .examined = true,
                                        .setting = RouteWords::setting(setting), .source = platformText(setting.source)};
    }
    if (plan.agentRouteReason.startsWith(QLatin1String("system:")))
        result.evidence << msg("The agent's verdict is what LocalSystem met, probed in a one-shot scheduled task, along the route it takes there: %1 (%2).")
                               .arg(RouteWords::setting(agentRoute.route.setting))
                               .arg(QString::fromStdString(agentRoute.route.setting.source));
    else if (plan.agentRouteReason == QLatin1String("given"))
        result.evidence << msg("The agent's route is taken to be the proxy given on the command line.");
    else if (plan.agentRouteReason == QLatin1String("agent-setting"))
        result.evidence << msg("The agent uses its own proxy setting (Get-OBMachineSetting).");
    else if (plan.agentRouteReason == QLatin1String("account-options"))
        result.evidence << msg("The agent has no proxy of its own: a .NET Framework service, it uses its account's Internet Options "
                               "(LocalSystem's own); this account's stand in for them here.");
    else if (plan.agentRouteReason == QLatin1String("machine-default"))
        result.evidence << msg("The agent has no proxy of its own, and this account's Internet Options could not be read: the "
                               "machine's WinHTTP setting is taken as its route.");
    else
        result.evidence << msg("Only this account's route can be examined here: the agent's verdict is taken from it.");

    addSystemEvidence(result, plan, *profile);
    if (!regional.isEmpty())
        result.evidence << regional;
    result.evidence << msg("The firewall must allow (HTTPS, TCP 443; the connectivity probes use HTTP, TCP 80): %1")
                           .arg(profile->allowList.join(QStringLiteral(", ")));
    if (!profile->signInRanges.isEmpty())
        result.evidence << msg("Sign-in IP ranges as published: %1").arg(profile->signInRanges.join(QStringLiteral(", ")));
    for (const ProfileText& note : profile->notes)
        result.evidence << note.message();

    result.facts = {{QStringLiteral("cloud"), profile->id}, {QStringLiteral("probes"), probeFacts}, {QStringLiteral("failed"), failed},
                    {QStringLiteral("routes"), routeFacts}, {QStringLiteral("agentRoute"), routeId(agentRoute.route.kind)}};
    result.exportFacts(std::move(exported));
    if (vaultFile.version)  // which version of the vault file gave the region: the vault check's facts name the one it judged
        result.facts.insert(QStringLiteral("vaultFileVersion"), vaultFile.version->fingerprint);
    if (given)
        result.facts.insert(QStringLiteral("proxyGiven"), QStringLiteral("%1:%2").arg(given->hostName()).arg(given->port()));
    if (!profile->sourceFile.isEmpty()) {
        result.evidence << msg("Endpoints from the custom cloud profile %1 (\"%2\").").arg(escapeControl(profile->sourceFile), profile->id);
        result.facts.insert(QStringLiteral("profileFile"), profile->sourceFile);
    }
    const auto blocked = EndpointVerdicts::blockSummary(outcomes, verdicts);
    const auto chain = EndpointVerdicts::chainSummary(outcomes, verdicts);

    // Where the routes part: name the other route and its setting, so the helpdesk knows which one to change.
    Messages differences;
    for (const PlannedRoute* route : disagreeing) {
        const int theirs = int(failing(*route, *profile).size());
        differences << msg("along %1 (%2) %3 of %4 addresses fail, along the agent's route %5")
                           .arg(routeName(int(route->route.kind)))
                           .arg(RouteWords::setting(route->route.setting))
                           .arg(theirs)
                           .arg(qlonglong(outcomes.size()))
                           .arg(failed);
    }
    const Message differ = Message::list(differences);

    if (failed == 0 && inspected && chain) {
        result.status = Status::Warning;  // even when this computer trusts the inspecting root: the agent may not
        result.code = Code::TlsInspected;
        result.summary = *chain;
        addFixes(result, plan, *profile, false);
        return result;
    }
    if (failed == 0) {
        const bool systemIncomplete = systemProbeIncomplete(plan);
        result.status = disagreeing.isEmpty() && !unreadable && !systemIncomplete ? Status::Pass : Status::Warning;
        result.code = !disagreeing.isEmpty() ? Code::RouteDisagrees : unreadable ? Code::RouteSettingUnreadable : systemIncomplete ? Code::SystemProbeIncomplete : Code::AllAnswered;
        if (!disagreeing.isEmpty())
            result.summary = msg("Every service address answers along the agent's route (%1), but the routes disagree: %2.")
                                 .arg(routeName(int(agentRoute.route.kind)), differ);
        else if (unreadable)
            result.summary = msg("Every service address answers along the agent's route, but a proxy setting could not be read (see below).");
        else if (systemIncomplete)
            result.summary = msg("Every service address answers from this account, but the probe as LocalSystem, the agent's account, did not "
                                 "complete (see below): the agent's own view is not known.");
        else
            result.summary = msg("Every service address answered (%1 probed).").arg(qlonglong(outcomes.size()));
        addFixes(result, plan, *profile, false);
        return result;
    }
    result.status = essentialFailed ? Status::Fail : Status::Warning;
    const bool onlyDns = unresolved == failed;  // every failure is this computer's own look-up, on a direct route
    result.code = clock ? Code::ClockLikelyWrong : proxyAuth ? Code::ProxyWantsCredentials : blocked ? (blocked->proxyCouldNotReach ? Code::ProxyCouldNotReach : Code::ProxyBlocks)
                : chain ? (inspected ? Code::TlsInspected : Code::RootMissing) : intercepted ? Code::SomethingElseAnswers : onlyDns ? Code::NamesUnresolved : Code::Blocked;
    if (clock)
        result.summary = msg("Certificates look expired or not yet valid: this computer's clock is probably wrong (see System clock), not the firewall.");
    else if (proxyAuth)
        result.summary = msg("The proxy asks for a user name and password (407): give them to the agent's proxy settings.");
    else if (blocked)
        result.summary = blocked->text;
    else if (chain)
        result.summary = *chain;
    else if (intercepted)
        result.summary = msg("Something answers in the service's place: a captive portal or a proxy that inspects TLS.");
    else if (agentRoute.route.kind == RouteKind::System && accountReachesAll(plan, *profile))
        result.summary = msg("As LocalSystem, the account the agent runs as, %1 of %2 service addresses cannot be reached, while this account "
                             "reaches them all: the route or firewall rule for SYSTEM differs (see below).")
                             .arg(failed)
                             .arg(qlonglong(outcomes.size()));
    else if (onlyDns)
        result.summary = msg("%1 of %2 service addresses cannot be reached: this computer cannot resolve the service's names (its DNS server "
                             "gives no address for them). A proxy may be needed: where only the proxy has outside DNS, give the agent that proxy.")
                             .arg(failed)
                             .arg(qlonglong(outcomes.size()));
    else
        result.summary = msg("%1 of %2 service addresses cannot be reached: the firewall or proxy blocks them.").arg(failed).arg(qlonglong(outcomes.size()));
    if (!disagreeing.isEmpty())
        result.evidence.prepend(msg("The routes disagree: %1.").arg(differ));
    result.evidence << msg("Registration then fails with \"Unable to connect to Microsoft Azure Backup\" (error 100050) or "
                          "\"Invalid vault credentials provided\" (error 34513).");
    addFixes(result, plan, *profile, !(blocked && blocked->proxyCouldNotReach));  // an allow-list fixes no proxy's own route
    return result;
}

void EndpointsCheck::addSystemEvidence(Verdict& result, const RoutePlan& plan, const CloudProfile& profile)
{
    if (!plan.systemRun)
        return;
    using State = platform::SystemRun::State;
    const platform::SystemRun& run = *plan.systemRun;
    if (run.state == State::NotElevated) {
        result.evidence << msg("As LocalSystem: not probed, because this program is not running as administrator. Restart it as "
                               "administrator to probe as the agent's own account.");
        return;
    }
    if (run.state == State::Unavailable) {
        result.evidence << msg("As LocalSystem: not probed: %1.").arg(QString::fromStdString(run.error));
        return;
    }
    QStringList steps;
    for (const std::string& step : run.steps)
        steps << QString::fromStdString(step);
    result.evidence << msg("As LocalSystem, step by step: %1.").arg(steps.join(QStringLiteral("; ")));
    if (!plan.systemError.isEmpty())
        result.evidence << msg("The probe as LocalSystem gave no verdict: %1.").arg(plan.systemError);
    if (!run.cleanedUp)
        result.evidence << msg("The probe as LocalSystem left something behind (named in the steps above): remove it by hand.");
    const PlannedRoute* system = nullptr;
    const PlannedRoute* account = nullptr;
    for (const PlannedRoute& planned : plan.routes) {
        if (planned.route.kind == RouteKind::System)
            system = &planned;
        if (planned.route.kind == RouteKind::Account && planned.available)
            account = &planned;
    }
    if (!system || !account)
        return;
    // The same address: this account's TLS check passes, SYSTEM's fails on the certificate. SYSTEM reads the
    // computer's stores and its own, never this user's.
    for (int p = 0; p < system->outcomes.size() && p < account->outcomes.size(); ++p) {
        const ProbeOutcome& theirs = system->outcomes[p];
        const ProbeOutcome& mine = account->outcomes[p];
        if (theirs.probe.kind != QLatin1String("https") || theirs.failedAt != ProbeStage::Tls || theirs.certificateTimeProblem || !mine.ok() ||
            !EndpointVerdicts::judge(mine, profile).reachable)
            continue;
        const QString root = !mine.chain.rootSubject.isEmpty() ? mine.chain.rootSubject : mine.chain.topIssuer;
        result.evidence << msg("%1: this account trusts its certificate but LocalSystem does not: the root certificate (%2) is probably only in this "
                               "user's store. Import it into the computer's Trusted Root Certification Authorities store.")
                               .arg(target(theirs.probe), root.isEmpty() ? QStringLiteral("?") : root);
    }
}

namespace {
const PlannedRoute* routeOf(const RoutePlan& plan, RouteKind kind)
{
    for (const PlannedRoute& planned : plan.routes)
        if (planned.route.kind == kind)
            return &planned;
    return nullptr;
}

// The one named proxy a route takes to every address, or nullopt (direct somewhere, or several).
std::optional<QNetworkProxy> singleProxy(const PlannedRoute& route)
{
    std::optional<QNetworkProxy> only;
    for (const QList<QNetworkProxy>& proxies : route.proxies) {
        if (proxies.size() != 1 || proxies.first().type() == QNetworkProxy::NoProxy)
            return std::nullopt;
        if (only && (only->hostName() != proxies.first().hostName() || only->port() != proxies.first().port()))
            return std::nullopt;
        only = proxies.first();
    }
    return only;
}
}  // namespace

void EndpointsCheck::addFixes(Verdict& result, const RoutePlan& plan, const CloudProfile& profile, bool blocked) const
{
    platform::NetworkSettings& settings = m_platform->networkSettings();
    const PlannedRoute* agentSetting = routeOf(plan, RouteKind::Agent);
    const PlannedRoute* machine = routeOf(plan, RouteKind::Machine);
    const PlannedRoute* account = routeOf(plan, RouteKind::Account);
    // Give the agent the proxy of a route that reaches everything, when the agent's own does not (or a --proxy,
    // "the one the agent is about to be given", works and the agent has another).
    if (agentSetting && agentSetting->available) {
        const bool agentFails = !failing(*agentSetting, profile).isEmpty();
        for (RouteKind kind : {RouteKind::Given, RouteKind::Account, RouteKind::Machine}) {
            const PlannedRoute* candidate = routeOf(plan, kind);
            if (!candidate || !candidate->available || !failing(*candidate, profile).isEmpty())
                continue;
            const auto proxy = singleProxy(*candidate);
            if (!proxy || QStringLiteral("%1:%2").arg(proxy->hostName()).arg(proxy->port()) == QString::fromStdString(agentSetting->route.setting.proxy))
                continue;
            if (agentFails || kind == RouteKind::Given) {
                result.fixes << std::make_shared<GiveAgentProxyFix>(m_platform, proxy->hostName(), proxy->port(), routeName(int(kind)),
                                                                    agentSetting->route.setting);
                break;
            }
        }
    }
    // WinHTTP (LocalSystem's) fails where this account's static proxy gets through: netsh can copy it across.
    if (machine && machine->available && account && account->available && !failing(*machine, profile).isEmpty() && failing(*account, profile).isEmpty() &&
        !account->route.setting.proxy.empty() && account->route.setting.proxy != machine->route.setting.proxy)
        result.fixes << std::make_shared<CopyAccountProxyToWinHttpFix>(m_platform, account->route.setting, machine->route.setting);
    const auto savedAgent = settings.savedProxy(platform::SavedProxyOf::Agent);
    const auto savedMachine = settings.savedProxy(platform::SavedProxyOf::Machine);
    if (savedAgent || savedMachine)
        result.fixes << std::make_shared<PutBackProxyFix>(m_platform, savedAgent, savedMachine);
    if (blocked) {
        result.fixes << std::make_shared<CopyAllowListFix>(profile.allowList.join(QLatin1Char('\n')));
        if (settings.canOpenProxySettings())
            result.fixes << std::make_shared<OpenProxySettingsFix>(m_platform);
    }
    if (blocked || result.status != Status::Pass || !result.fixes.isEmpty())
        result.fixes << std::make_shared<RetryFix>();
}

CopyAllowListFix::CopyAllowListFix(QString allowList) : Fix(fixes::copyAllowList), m_allowList(std::move(allowList)) {}

OpenProxySettingsFix::OpenProxySettingsFix(std::shared_ptr<platform::Platform> platform)
    : Fix(fixes::openProxySettings), m_platform(std::move(platform))
{
}

RetryFix::RetryFix() : Fix(fixes::retry) {}

FixOutcome CopyAllowListFix::apply(const CheckContext&, FixProgress&) const
{
    FixOutcome outcome;
    outcome.clipboardText = m_allowList;
    outcome.changes << msg("Copied %1 addresses to the clipboard for the firewall team.").arg(m_allowList.count(QLatin1Char('\n')) + 1);
    return outcome;
}

Message OpenProxySettingsFix::plan() const
{
    return msg("Open Windows' proxy settings. The agent runs as the SYSTEM account: set its proxy in the agent's own "
              "\"Change Properties\" dialog too.");
}

FixOutcome OpenProxySettingsFix::apply(const CheckContext&, FixProgress&) const
{
    return toOutcome(m_platform->networkSettings().openProxySettings());
}

}  // namespace mars
