#include "SystemProbe.h"

#include "../Message.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mars {

namespace {
constexpr int kVersion = 1;
const QString kFormat = QStringLiteral("mars-system-probe");
constexpr qsizetype kMaxText = 4096;  // any one string of an answer

QJsonObject probeJson(const EndpointProbe& probe)
{
    return {{QStringLiteral("role"), probe.role}, {QStringLiteral("kind"), probe.kind}, {QStringLiteral("host"), probe.host},
            {QStringLiteral("port"), int(probe.port)}, {QStringLiteral("url"), probe.url}, {QStringLiteral("expect"), probe.expect},
            {QStringLiteral("answersHtml"), probe.answersHtml}};
}

bool text(const QJsonObject& object, const char* key, QString& out)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined()) {
        out.clear();
        return true;
    }
    if (!value.isString() || value.toString().size() > kMaxText)
        return false;
    out = value.toString();
    return true;
}

bool integer(const QJsonObject& object, const char* key, qint64 low, qint64 high, qint64& out)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined()) {  // absent reads as 0, so only where 0 is allowed
        out = 0;
        return low <= 0;
    }
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    if (!(number >= double(low) && number <= double(high)) || number != double(qint64(number)))
        return false;
    out = qint64(number);
    return true;
}

std::optional<EndpointProbe> probeFrom(const QJsonValue& value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    EndpointProbe probe;
    qint64 port = 0;
    if (!text(object, "role", probe.role) || !text(object, "kind", probe.kind) || !text(object, "host", probe.host) ||
        !text(object, "url", probe.url) || !text(object, "expect", probe.expect) || !integer(object, "port", 1, 65535, port) ||
        probe.host.size() > 253 || probe.kind.isEmpty() || (probe.host.isEmpty() && probe.url.isEmpty()))
        return std::nullopt;
    probe.port = quint16(port);
    probe.answersHtml = object.value(QLatin1String("answersHtml")).toBool();
    return probe;
}

std::optional<ProbeStage> stageFrom(const QString& name)
{
    for (ProbeStage stage : {ProbeStage::Dns, ProbeStage::Tcp, ProbeStage::Tls, ProbeStage::Http, ProbeStage::Done})
        if (stageName(stage) == name)
            return stage;
    return std::nullopt;
}

QJsonObject outcomeJson(const ProbeOutcome& outcome)
{
    const CertificateChain& chain = outcome.chain;
    QJsonArray headers;
    for (const auto& [name, value] : outcome.answer.headers)
        headers << QJsonArray{QString::fromLatin1(name), QString::fromLatin1(value)};
    return {{QStringLiteral("failedAt"), stageName(outcome.failedAt)},
            {QStringLiteral("error"), outcome.error},
            {QStringLiteral("via"), outcome.via},
            {QStringLiteral("elapsedMs"), outcome.elapsedMs},
            {QStringLiteral("certificateTimeProblem"), outcome.certificateTimeProblem},
            {QStringLiteral("interception"), outcome.interception},
            {QStringLiteral("proxyAuthentication"), outcome.proxyAuthentication},
            {QStringLiteral("chain"),
             QJsonObject{{QStringLiteral("leafSubject"), chain.leafSubject}, {QStringLiteral("issuer"), chain.issuer},
                         {QStringLiteral("issuerOrganization"), chain.issuerOrganization}, {QStringLiteral("issuerCommonName"), chain.issuerCommonName},
                         {QStringLiteral("topIssuer"), chain.topIssuer}, {QStringLiteral("rootSubject"), chain.rootSubject},
                         {QStringLiteral("rootSha1"), chain.rootSha1}, {QStringLiteral("rootSha256"), chain.rootSha256},
                         {QStringLiteral("leafSha256"), chain.leafSha256}, {QStringLiteral("rootFound"), chain.rootFound},
                         {QStringLiteral("missingIssuer"), chain.missingIssuer}}},
            {QStringLiteral("block"),
             QJsonObject{{QStringLiteral("blocked"), outcome.block.blocked}, {QStringLiteral("credentials"), outcome.block.credentials},
                         {QStringLiteral("status"), outcome.block.status}, {QStringLiteral("at"), outcome.block.at},
                         {QStringLiteral("name"), outcome.block.name}, {QStringLiteral("reason"), outcome.block.reason},
                         {QStringLiteral("cause"), int(outcome.block.cause)}, {QStringLiteral("detail"), outcome.block.detail}}},
            {QStringLiteral("localDns"), outcome.localDns},
            {QStringLiteral("status"), outcome.answer.status},
            {QStringLiteral("headers"), headers},
            {QStringLiteral("bodyStart"), QString::fromLatin1(outcome.bodyStart.toBase64())}};
}

bool chainFrom(const QJsonObject& object, CertificateChain& chain)
{
    chain.rootFound = object.value(QLatin1String("rootFound")).toBool();
    chain.missingIssuer = object.value(QLatin1String("missingIssuer")).toBool();
    return text(object, "leafSubject", chain.leafSubject) && text(object, "issuer", chain.issuer) &&
           text(object, "issuerOrganization", chain.issuerOrganization) && text(object, "issuerCommonName", chain.issuerCommonName) &&
           text(object, "topIssuer", chain.topIssuer) && text(object, "rootSubject", chain.rootSubject) && text(object, "rootSha1", chain.rootSha1) &&
           text(object, "rootSha256", chain.rootSha256) && text(object, "leafSha256", chain.leafSha256);
}

bool blockFrom(const QJsonObject& object, ProxyBlock& block)
{
    qint64 status = 0, cause = 0;
    block.blocked = object.value(QLatin1String("blocked")).toBool();
    block.credentials = object.value(QLatin1String("credentials")).toBool();
    if (!integer(object, "status", 0, 999, status) || !integer(object, "cause", 0, int(ProxyCause::Unreachable), cause))
        return false;
    block.status = int(status);
    block.cause = ProxyCause(cause);
    return text(object, "at", block.at) && text(object, "name", block.name) && text(object, "reason", block.reason) &&
           text(object, "detail", block.detail);
}

std::optional<ProbeOutcome> outcomeFrom(const QJsonValue& value, const EndpointProbe& probe)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    ProbeOutcome outcome;
    outcome.probe = probe;
    QString failedAt, body;
    qint64 elapsed = 0, status = 0;
    if (!text(object, "failedAt", failedAt) || !text(object, "error", outcome.error) || !text(object, "via", outcome.via) || !text(object, "localDns", outcome.localDns) ||
        !integer(object, "elapsedMs", 0, 24 * 3600 * 1000, elapsed) || !integer(object, "status", 0, 999, status) || !text(object, "bodyStart", body))
        return std::nullopt;
    const auto stage = stageFrom(failedAt);
    if (!stage)
        return std::nullopt;
    outcome.failedAt = *stage;
    outcome.elapsedMs = elapsed;
    outcome.answer.status = int(status);
    outcome.certificateTimeProblem = object.value(QLatin1String("certificateTimeProblem")).toBool();
    outcome.interception = object.value(QLatin1String("interception")).toBool();
    outcome.proxyAuthentication = object.value(QLatin1String("proxyAuthentication")).toBool();
    if (!chainFrom(object.value(QLatin1String("chain")).toObject(), outcome.chain) || !blockFrom(object.value(QLatin1String("block")).toObject(), outcome.block))
        return std::nullopt;
    const QJsonArray headers = object.value(QLatin1String("headers")).toArray();
    if (headers.size() > HttpHead::kMaxHeaders)
        return std::nullopt;
    for (const QJsonValue& header : headers) {
        const QJsonArray pair = header.toArray();
        if (pair.size() != 2 || !pair[0].isString() || !pair[1].isString() || pair[0].toString().size() + pair[1].toString().size() > kMaxText)
            return std::nullopt;
        outcome.answer.headers.append({pair[0].toString().toLatin1(), pair[1].toString().toLatin1()});
    }
    const auto decoded = QByteArray::fromBase64Encoding(body.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() > 512)
        return std::nullopt;
    outcome.bodyStart = decoded.decoded;
    return outcome;
}

QJsonObject settingJson(const platform::ProxySetting& setting)
{
    return {{QStringLiteral("known"), setting.known}, {QStringLiteral("autoDetect"), setting.autoDetect},
            {QStringLiteral("autoConfigUrl"), QString::fromStdString(setting.autoConfigUrl)}, {QStringLiteral("proxy"), QString::fromStdString(setting.proxy)},
            {QStringLiteral("bypass"), QString::fromStdString(setting.bypass)}, {QStringLiteral("source"), QString::fromStdString(setting.source)}};
}

bool settingFrom(const QJsonObject& object, platform::ProxySetting& setting)
{
    QString autoConfig, proxy, bypass, source;
    if (!text(object, "autoConfigUrl", autoConfig) || !text(object, "proxy", proxy) || !text(object, "bypass", bypass) || !text(object, "source", source))
        return false;
    setting.known = object.value(QLatin1String("known")).toBool();
    setting.autoDetect = object.value(QLatin1String("autoDetect")).toBool();
    setting.autoConfigUrl = autoConfig.toStdString();
    setting.proxy = proxy.toStdString();
    setting.bypass = bypass.toStdString();
    setting.source = source.toStdString();
    return true;
}
}  // namespace

QByteArray encodeRequest(const SystemProbeRequest& request)
{
    QJsonArray probes;
    for (const EndpointProbe& probe : request.probes)
        probes << probeJson(probe);
    const QJsonObject object{{QStringLiteral("probes"), probes}, {QStringLiteral("stageTimeoutMs"), request.stageTimeoutMs},
                             {QStringLiteral("proxy"), request.proxy}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<SystemProbeRequest> decodeRequest(const QByteArray& encoded, QString* error)
{
    const auto fail = [error](const QString& why) {
        *error = why;
        return std::nullopt;
    };
    if (encoded.size() > SystemProbeRequest::kMaxEncodedBytes)
        return fail(QStringLiteral("the request is larger than %1 bytes").arg(SystemProbeRequest::kMaxEncodedBytes));
    const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return fail(QStringLiteral("the request is not base64url"));
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(decoded.decoded, &parseError);
    if (!document.isObject())
        return fail(QStringLiteral("the request is not a JSON object"));
    const QJsonObject object = document.object();
    SystemProbeRequest request;
    qint64 timeout = 0;
    if (!integer(object, "stageTimeoutMs", 100, 120000, timeout) || !text(object, "proxy", request.proxy))
        return fail(QStringLiteral("the request's timeout or proxy is not valid"));
    request.stageTimeoutMs = int(timeout);
    const QJsonArray probes = object.value(QLatin1String("probes")).toArray();
    if (probes.isEmpty() || probes.size() > SystemProbeRequest::kMaxProbes)
        return fail(QStringLiteral("the request names no probes, or more than %1").arg(SystemProbeRequest::kMaxProbes));
    for (const QJsonValue& value : probes) {
        const auto probe = probeFrom(value);
        if (!probe)
            return fail(QStringLiteral("the request holds a probe that is not valid"));
        request.probes << *probe;
    }
    return request;
}

QByteArray answerJson(const SystemProbeAnswer& answer)
{
    QJsonArray outcomes;
    for (const ProbeOutcome& outcome : answer.outcomes)
        outcomes << outcomeJson(outcome);
    const QJsonObject object{{QStringLiteral("format"), kFormat},       {QStringLiteral("version"), kVersion},
                             {QStringLiteral("account"), answer.accountSid}, {QStringLiteral("routeReason"), answer.routeReason},
                             {QStringLiteral("setting"), settingJson(answer.setting)}, {QStringLiteral("outcomes"), outcomes}};
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

std::optional<SystemProbeAnswer> parseAnswer(const QByteArray& json, const SystemProbeRequest& request, const QString& expectedSid, QString* error)
{
    const auto fail = [error](const QString& why) {
        *error = why;
        return std::nullopt;
    };
    if (json.size() > qsizetype(platform::SystemAccount::kMaxOutputBytes))
        return fail(QStringLiteral("its answer is larger than %1 bytes").arg(platform::SystemAccount::kMaxOutputBytes));
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return fail(QStringLiteral("its answer is not JSON (%1)").arg(parseError.errorString()));
    const QJsonObject object = document.object();
    if (object.value(QLatin1String("format")).toString() != kFormat || object.value(QLatin1String("version")).toInt() != kVersion)
        return fail(QStringLiteral("its answer is not a version %1 %2 answer").arg(kVersion).arg(kFormat));
    SystemProbeAnswer answer;
    if (!text(object, "account", answer.accountSid) || !text(object, "routeReason", answer.routeReason) ||
        !settingFrom(object.value(QLatin1String("setting")).toObject(), answer.setting))
        return fail(QStringLiteral("its answer's account or route is not valid"));
    if (answer.accountSid != expectedSid)
        return fail(QStringLiteral("it ran as %1, not as %2").arg(escapeControl(answer.accountSid.left(80)), expectedSid));
    const QJsonArray outcomes = object.value(QLatin1String("outcomes")).toArray();
    if (outcomes.size() != request.probes.size())
        return fail(QStringLiteral("its answer holds %1 outcomes for %2 probes").arg(outcomes.size()).arg(request.probes.size()));
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const auto outcome = outcomeFrom(outcomes[i], request.probes[i]);
        if (!outcome)
            return fail(QStringLiteral("its answer's outcome %1 is not valid").arg(i + 1));
        answer.outcomes << *outcome;
    }
    return answer;
}

int systemProbeTimeoutMs(int stageTimeoutMs)
{
    // PAC evaluation (one timeout), the probes (one stage timeout each, a second proxy of a PAC answer at most
    // another), and up to 3 s for Task Scheduler to start the copy and for the copy to load.
    return 3 * stageTimeoutMs + 3000;
}

QStringList systemProbeArguments()
{
    return {QStringLiteral("--%1").arg(QLatin1String(kProbeAsSystemOption)), QString::fromLatin1(platform::SystemAccount::kResultPlaceholder),
            QStringLiteral("--%1").arg(QLatin1String(kProbeRequestOption)), QString::fromLatin1(platform::SystemAccount::kInputPlaceholder)};
}

SystemProbeRun probeAsSystem(platform::SystemAccount& account, const platform::ProbeProgram& program, const SystemProbeRequest& request)
{
    SystemProbeRun result;
    std::vector<std::string> arguments;
    for (const QString& argument : systemProbeArguments())
        arguments.push_back(argument.toStdString());
    result.run = account.runAsSystem(program, arguments, encodeRequest(request).toStdString(), systemProbeTimeoutMs(request.stageTimeoutMs));
    if (result.run.state != platform::SystemRun::State::Ran) {
        result.error = QString::fromStdString(result.run.error);
        return result;
    }
    result.answer = parseAnswer(QByteArray::fromStdString(result.run.output), request, QString::fromStdString(account.expectedSid()), &result.error);
    return result;
}

}  // namespace mars
