#include "EndpointVerdict.h"

namespace mars {

namespace {
QString proxyOf(const ProbeOutcome& outcome)
{
    return outcome.via.startsWith(QLatin1String("proxy ")) ? outcome.via.mid(6) : QString();
}

// What a line names: the host, or the URL of a probe that has none (the NCSI probes).
QString named(const EndpointProbe& probe)
{
    return escapeControl(probe.host.isEmpty() ? probe.url : probe.host);
}

// "squid/5.7, HTTP 503, ERR_CONNECT_FAIL 111: connection refused": who answered and in its own words.
QString said(const ProxyBlock& block)
{
    QString words = block.detail.isEmpty() ? QStringLiteral("HTTP %1").arg(block.status) : QStringLiteral("HTTP %1, %2").arg(block.status).arg(block.detail);
    return block.name.isEmpty() ? words : QStringLiteral("%1, %2").arg(block.name, words);
}
}  // namespace

Message EndpointVerdicts::proxyAnswer(const ProxyBlock& block)
{
    const QString at = escapeControl(block.at), words = escapeControl(said(block));
    switch (block.cause) {
    case ProxyCause::Refused: return msg("refused by the rules of the proxy at %1 (%2)").arg(at, words);
    case ProxyCause::CannotResolve: return msg("the proxy at %1 could not resolve the name (%2)").arg(at, words);
    case ProxyCause::CannotConnect: return msg("the proxy at %1 could not connect to the service (%2)").arg(at, words);
    case ProxyCause::TimedOut: return msg("the service did not answer the proxy at %1 in time (%2)").arg(at, words);
    case ProxyCause::Unreachable: return msg("the proxy at %1 could not get through to the service (%2)").arg(at, words);
    case ProxyCause::Credentials:
    case ProxyCause::Unknown: break;
    }
    return msg("blocked by the proxy at %1 (HTTP %2: %3)").arg(at).arg(block.status).arg(escapeControl(block.reason));
}

EndpointVerdict EndpointVerdicts::judge(const ProbeOutcome& outcome, const CloudProfile& profile)
{
    EndpointVerdict verdict;
    verdict.block = outcome.block;
    if (outcome.probe.kind == QLatin1String("https"))
        verdict.chain = judgeChain(outcome.chain, profile.trustedRoots);
    // A session that ends at the cloud's root was answered by the service: no proxy can forge that. Otherwise the
    // answer may be the inspecting proxy's own page.
    if (outcome.ok() && outcome.probe.kind == QLatin1String("https") && verdict.chain != ChainVerdict::CloudRoot && outcome.answer.status)
        verdict.block = classifyInspectedAnswer(outcome.answer, outcome.bodyStart, outcome.probe.host, outcome.probe.answersHtml, proxyOf(outcome));
    if (verdict.block.blocked && verdict.block.at.isEmpty())
        verdict.block.at = outcome.chain.issuer.isEmpty() ? outcome.probe.host : outcome.chain.issuer;
    verdict.reachable = outcome.ok() && !verdict.block.blocked;
    return verdict;
}

Messages EndpointVerdicts::evidence(const ProbeOutcome& outcome, const EndpointVerdict& verdict)
{
    Messages lines;
    const QString host = named(outcome.probe);
    if (verdict.block.blocked)
        lines << msg("%1: %2, not answered by the service.").arg(host).arg(proxyAnswer(verdict.block));
    if (outcome.ok() && outcome.probe.kind == QLatin1String("dns") && !outcome.localDns.isEmpty()) {
        if (outcome.localDns == QLatin1String("ok"))
            lines << msg("%1: the proxy reached it, and this computer resolves the name too.").arg(host);
        else
            lines << msg("%1: this computer cannot resolve the name (%2), the proxy can: that is expected where only the proxy has outside DNS, "
                         "and the agent leaves names to its proxy.")
                         .arg(host, escapeControl(outcome.localDns));
    }
    const CertificateChain& chain = outcome.chain;
    if (chain.empty())
        return lines;
    if (chain.rootFound)
        lines << msg("%1: certificate for %2, issued by %3, root %4 (SHA-1 %5, SHA-256 %6).")
                     .arg(host, escapeControl(chain.leafSubject), escapeControl(chain.issuer), escapeControl(chain.rootSubject), chain.rootSha1,
                          chain.rootSha256);
    else
        lines << msg("%1: certificate for %2, issued by %3; its root (%4) is not on this computer.")
                     .arg(host, escapeControl(chain.leafSubject), escapeControl(chain.issuer), escapeControl(chain.topIssuer));
    switch (verdict.chain) {
    case ChainVerdict::Inspected:
        lines << msg("TLS to %1 is inspected by %2: the chain does not end at a root Azure uses. The agent (running as "
                     "SYSTEM) may not accept that root, and the helpdesk must know the traffic is decrypted.")
                     .arg(host, escapeControl(chain.issuer));
        break;
    case ChainVerdict::MissingRoot:
        lines << msg("%1: this computer lacks the root certificate %2 (automatic root updates off, or their download "
                     "blocked); this is not interception.")
                     .arg(host, escapeControl(chain.topIssuer));
        break;
    case ChainVerdict::CloudRoot:
    case ChainVerdict::NotJudged:
        break;
    }
    return lines;
}

void EndpointVerdicts::addFacts(QJsonObject& facts, const ProbeOutcome& outcome, const EndpointVerdict& verdict)
{
    facts.insert(QStringLiteral("ok"), verdict.reachable);
    if (!outcome.chain.empty()) {
        const CertificateChain& chain = outcome.chain;
        facts.insert(QStringLiteral("tls"), QJsonObject{{QStringLiteral("leafSubject"), chain.leafSubject},  // the facts' key, not a check id
                                                         {QStringLiteral("issuer"), chain.issuer},
                                                         {QStringLiteral("rootSubject"), chain.rootFound ? chain.rootSubject : chain.topIssuer},
                                                         {QStringLiteral("rootOnComputer"), chain.rootFound},
                                                         {QStringLiteral("rootSha1"), chain.rootSha1},
                                                         {QStringLiteral("rootSha256"), chain.rootSha256},
                                                         {QStringLiteral("leafSha256"), chain.leafSha256},
                                                         {QStringLiteral("verdict"), chainVerdictName(verdict.chain)}});
    }
    if (verdict.block.blocked)
        facts.insert(QStringLiteral("blockedBy"), QJsonObject{{QStringLiteral("proxy"), verdict.block.at},
                                                               {QStringLiteral("name"), verdict.block.name},
                                                               {QStringLiteral("status"), verdict.block.status},
                                                               {QStringLiteral("reason"), verdict.block.reason},
                                                               {QStringLiteral("cause"), proxyCauseName(verdict.block.cause)},
                                                               {QStringLiteral("detail"), verdict.block.detail}});
}

std::optional<BlockSummary> EndpointVerdicts::blockSummary(const QList<ProbeOutcome>& outcomes, const QList<EndpointVerdict>& verdicts)
{
    // A refusal first: it is the one an allow-list fixes. Then what the proxy could not reach.
    for (qsizetype i = 0; i < verdicts.size(); ++i)
        if (verdicts[i].block.blocked && !verdicts[i].block.couldNotReach())
            return BlockSummary{refusalSummary(outcomes[i], verdicts[i].block), false};
    for (qsizetype i = 0; i < verdicts.size(); ++i) {
        const ProxyBlock& block = verdicts[i].block;
        if (!block.blocked)
            continue;
        const QString host = named(outcomes[i].probe), at = escapeControl(block.at), words = escapeControl(said(block));
        switch (block.cause) {
        case ProxyCause::CannotResolve:
            return BlockSummary{msg("The proxy at %1 could not resolve %2 (%3): it has not blocked it; the proxy's own DNS is the next step.")
                                    .arg(at, host, words),
                                true};
        case ProxyCause::CannotConnect:
            return BlockSummary{msg("The proxy at %1 could not connect to %2 (%3): it has not blocked it; the proxy's own route to the service "
                                    "(its firewall), or the service itself, is the next step.")
                                    .arg(at, host, words),
                                true};
        case ProxyCause::TimedOut:
            return BlockSummary{msg("%1 did not answer the proxy at %2 in time (%3): the proxy's own route to the service is the next step.")
                                    .arg(host, at, words),
                                true};
        default:
            return BlockSummary{msg("The proxy at %1 could not get through to %2 (%3): the proxy's own route to the service is the next step.")
                                    .arg(at, host, words),
                                true};
        }
    }
    return std::nullopt;
}

Message EndpointVerdicts::refusalSummary(const ProbeOutcome& outcome, const ProxyBlock& block)
{
    {
        const QString host = named(outcome.probe);
        if (block.cause == ProxyCause::Refused && block.name.isEmpty())
            return msg("%1 is refused by the rules of the proxy at %2 (HTTP %3): ask for the agent's addresses to be allowed.")
                .arg(host, escapeControl(block.at))
                .arg(block.status);
        if (block.cause == ProxyCause::Refused)
            return msg("%1 is refused by the rules of the proxy at %2 (%3, HTTP %4): ask for the agent's addresses to be allowed.")
                .arg(host, escapeControl(block.at), escapeControl(block.name))
                .arg(block.status);
        if (block.name.isEmpty())
            return msg("%1 is blocked by the proxy at %2 (HTTP %3): ask for the agent's addresses to be allowed.")
                .arg(host, escapeControl(block.at))
                .arg(block.status);
        return msg("%1 is blocked by the proxy at %2 (%3, HTTP %4): ask for the agent's addresses to be allowed.")
            .arg(host, escapeControl(block.at), escapeControl(block.name))
            .arg(block.status);
    }
}

std::optional<Message> EndpointVerdicts::chainSummary(const QList<ProbeOutcome>& outcomes, const QList<EndpointVerdict>& verdicts)
{
    for (qsizetype i = 0; i < verdicts.size(); ++i)
        if (verdicts[i].chain == ChainVerdict::MissingRoot)
            return msg("This computer lacks the root certificate %1 that %2 chains to (automatic root updates off, or "
                       "their download blocked): install it or let Windows update its roots.")
                .arg(escapeControl(outcomes[i].chain.topIssuer), escapeControl(outcomes[i].probe.host));
    for (qsizetype i = 0; i < verdicts.size(); ++i)
        if (verdicts[i].chain == ChainVerdict::Inspected)
            return msg("TLS to %1 is inspected by %2.").arg(escapeControl(outcomes[i].probe.host), escapeControl(outcomes[i].chain.issuer));
    return std::nullopt;
}

}  // namespace mars
