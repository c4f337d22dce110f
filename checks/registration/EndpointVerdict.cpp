#include "EndpointVerdict.h"

namespace mars {

namespace {
QString proxyOf(const ProbeOutcome& outcome)
{
    return outcome.via.startsWith(QLatin1String("proxy ")) ? outcome.via.mid(6) : QString();
}

QString proxyNamed(const ProxyBlock& block)
{
    return block.name.isEmpty() ? block.at : QStringLiteral("%1 (%2)").arg(block.at, block.name);
}
}  // namespace

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
    const QString host = escapeControl(outcome.probe.host);
    if (verdict.block.blocked)
        lines << msg("%1: blocked by the proxy at %2 (HTTP %3: %4), not answered by the service.")
                     .arg(host, escapeControl(proxyNamed(verdict.block)))
                     .arg(verdict.block.status)
                     .arg(verdict.block.reason);
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
        facts.insert(QStringLiteral("tls"), QJsonObject{{QStringLiteral("leafSubject"), chain.leafSubject},
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
                                                               {QStringLiteral("reason"), verdict.block.reason}});
}

std::optional<Message> EndpointVerdicts::blockSummary(const QList<ProbeOutcome>& outcomes, const QList<EndpointVerdict>& verdicts)
{
    for (qsizetype i = 0; i < verdicts.size(); ++i) {
        const ProxyBlock& block = verdicts[i].block;
        if (!block.blocked)
            continue;
        const QString host = escapeControl(outcomes[i].probe.host.isEmpty() ? outcomes[i].probe.url : outcomes[i].probe.host);
        if (block.name.isEmpty())
            return msg("%1 is blocked by the proxy at %2 (HTTP %3): ask for the agent's addresses to be allowed.")
                .arg(host, escapeControl(block.at))
                .arg(block.status);
        return msg("%1 is blocked by the proxy at %2 (%3, HTTP %4): ask for the agent's addresses to be allowed.")
            .arg(host, escapeControl(block.at), escapeControl(block.name))
            .arg(block.status);
    }
    return std::nullopt;
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
