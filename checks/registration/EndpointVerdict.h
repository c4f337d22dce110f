#pragma once
// What one endpoint probe means for the agent: whether the service itself answered (and not a proxy's block page),
// and whether the TLS session ends at one of the cloud's roots or is inspected. Kept out of EndpointsCheck's run()
// so that every route's outcomes are judged by the same rules.
#include "../Message.h"
#include "../network/HostProbe.h"

#include <QJsonObject>

namespace mars {

struct EndpointVerdict {
    bool reachable = false;  // the service answered (a proxy's block page does not count)
    ChainVerdict chain = ChainVerdict::NotJudged;
    ProxyBlock block;  // blocked: the proxy's refusal or block page
};

struct BlockSummary {
    Message text;
    bool proxyCouldNotReach = false;  // no refusal anywhere: the proxy tried and could not reach the service
};

class EndpointVerdicts {
    MARS_DECLARE_MESSAGES(EndpointVerdicts)
public:
    static EndpointVerdict judge(const ProbeOutcome& outcome, const CloudProfile& profile);
    // The evidence lines beyond the probe's own: the certificate chain, and the proxy that blocked it.
    static Messages evidence(const ProbeOutcome& outcome, const EndpointVerdict& verdict);
    // Adds "tls" (the chain and its verdict) and "blockedBy" to one probe's facts.
    static void addFacts(QJsonObject& facts, const ProbeOutcome& outcome, const EndpointVerdict& verdict);
    // The first verdict worth a summary of its own: a proxy's block, a missing root, an inspected session.
    static std::optional<BlockSummary> blockSummary(const QList<ProbeOutcome>& outcomes, const QList<EndpointVerdict>& verdicts);
    static std::optional<Message> chainSummary(const QList<ProbeOutcome>& outcomes, const QList<EndpointVerdict>& verdicts);
    // What the proxy said in the service's place, in words: refused by its rules, could not connect, ...
    static Message proxyAnswer(const ProxyBlock& block);

private:
    static Message refusalSummary(const ProbeOutcome& outcome, const ProxyBlock& block);
};

}  // namespace mars
