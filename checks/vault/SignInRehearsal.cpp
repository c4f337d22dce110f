#include "SignInRehearsal.h"

#include "VaultClouds.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <chrono>

namespace mars {

namespace {

constexpr int kDefaultTimeoutMs = 5000;
constexpr qint64 kMaxAnswerBytes = 256 * 1024;

QByteArray base64Url(const QByteArray& bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// The same proxy the endpoint probes use (EndpointsCheck / EndpointProber): --proxy when given, else the system's
// for this URL.
QNetworkProxy proxyFor(const QUrl& url, const QString& forced)
{
    if (!forced.isEmpty()) {
        const int colon = forced.lastIndexOf(QLatin1Char(':'));
        return QNetworkProxy(QNetworkProxy::HttpProxy, forced.left(colon), quint16(forced.mid(colon + 1).toUInt()));
    }
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
    QNetworkProxy proxy = proxies.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : proxies.first();
    if (proxy.type() == QNetworkProxy::DefaultProxy)
        proxy = QNetworkProxy(QNetworkProxy::NoProxy);
    return proxy;
}

QString viaText(const QNetworkProxy& proxy)
{
    return proxy.type() == QNetworkProxy::NoProxy ? QStringLiteral("direct") : QStringLiteral("proxy %1:%2").arg(proxy.hostName()).arg(proxy.port());
}

QString stageOf(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::HostNotFoundError: return QStringLiteral("dns");
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError: return QStringLiteral("tcp");
    case QNetworkReply::SslHandshakeFailedError: return QStringLiteral("tls");  // the stage, not a check id
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError: return QStringLiteral("proxy");
    default: return QStringLiteral("http");
    }
}

}  // namespace

QString SignInRehearsal::tokenEndpoint(const QString& authorityHost, const QString& tenant)
{
    // The v1 token endpoint with `resource`, as Microsoft's connectivity script for this agent asks (vault-credentials.md).
    return QStringLiteral("https://%1/%2/oauth2/token").arg(authorityHost, QString::fromLatin1(QUrl::toPercentEncoding(tenant)));
}

QByteArray SignInRehearsal::makeAssertion(const platform::ImportedCertificate& certificate, const QString& clientId, const QString& audience,
                                          qint64 nowUnix, std::string& error)
{
    // Header and claims per learn.microsoft.com "Microsoft identity platform application authentication certificate
    // credentials" (the RS256 form the agent family uses): alg RS256, typ JWT, x5t = base64url of the SHA-1 hash
    // BYTES of the certificate's DER (not of its hex string); aud = the token endpoint, iss = sub = the client id,
    // a unique jti, nbf now and exp at most 10 minutes later.
    const QByteArray der(reinterpret_cast<const char*>(certificate.facts().der.data()), qsizetype(certificate.facts().der.size()));
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("x5t"), QString::fromLatin1(base64Url(QCryptographicHash::hash(der, QCryptographicHash::Sha1)))}};
    const QJsonObject claims{{QStringLiteral("aud"), audience},
                             {QStringLiteral("iss"), clientId},
                             {QStringLiteral("sub"), clientId},
                             {QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                             {QStringLiteral("nbf"), nowUnix},
                             {QStringLiteral("iat"), nowUnix},
                             {QStringLiteral("exp"), nowUnix + kAssertionLifetimeSeconds}};
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                                    base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const std::vector<std::uint8_t> signature = certificate.signRs256(std::string_view(signingInput.constData(), std::size_t(signingInput.size())), error);
    if (signature.empty())
        return {};
    return signingInput + '.' + base64Url(QByteArray(reinterpret_cast<const char*>(signature.data()), qsizetype(signature.size())));
}

SignInOutcome SignInRehearsal::explain(const QString& aadsts, const QString& errorCode)
{
    // The codes Entra ID documents for a client-assertion token request (learn.microsoft.com, "Microsoft Entra
    // authentication and authorization error codes"), and what each means for a vault credentials file.
    SignInOutcome outcome;
    outcome.kind = SignInOutcome::Kind::Refused;
    outcome.aadsts = aadsts;
    const QString code = aadsts.mid(6);
    if (code == QLatin1String("700024")) {
        outcome.cause = QStringLiteral("clock");  // the cause's key, not a check id
        outcome.summary = msg("Entra ID refused the sign-in (%1): the assertion is outside its valid time, so this computer's clock is wrong.").arg(aadsts);
        outcome.evidence << msg("Correct the clock (the System clock check shows by how much), then test again.");
    } else if (code == QLatin1String("700027") || code == QLatin1String("50012")) {
        outcome.cause = QStringLiteral("newer-file");
        outcome.summary = msg("Entra ID does not know this file's certificate (%1): a newer file was downloaded since, or this one is damaged.").arg(aadsts);
        outcome.evidence << msg("Only the newest downloaded file is valid. Download a new one from the vault (Properties > Backup credentials) and use that.");
    } else if (code == QLatin1String("700016") || code == QLatin1String("7000112")) {
        outcome.cause = QStringLiteral("application-not-found");
        outcome.summary = msg("Entra ID does not know the vault's application (%1): the vault was deleted, or the file is for another cloud.").arg(aadsts);
        outcome.evidence << msg("Check that the vault still exists in the portal and download a new file from it.");
    } else if (code == QLatin1String("90002") || code == QLatin1String("900023") || code == QLatin1String("5000224") ||
               code == QLatin1String("50049")) {
        outcome.cause = QStringLiteral("wrong-cloud");
        outcome.summary = msg("Entra ID does not know the file's tenant (%1): the file is for another cloud, or its tenant was deleted.").arg(aadsts);
        outcome.evidence << msg("Download the file again from the portal of the vault's own cloud.");
    } else if (code == QLatin1String("500011")) {
        outcome.cause = QStringLiteral("wrong-cloud");
        outcome.summary = msg("Entra ID does not know the cloud's management service in this tenant (%1): the file is for another cloud.").arg(aadsts);
    } else if (code == QLatin1String("500021") || code == QLatin1String("53003")) {
        outcome.cause = QStringLiteral("policy");
        outcome.summary = msg("A policy blocks the sign-in (%1): tenant restrictions or Conditional Access.").arg(aadsts);
        outcome.evidence << msg("Where tenant restrictions are in force, the file's AadTenantId must be allowed; ask whoever runs the proxy or the tenant.");
    } else if (code == QLatin1String("50027") || code == QLatin1String("700023") || code == QLatin1String("700021") ||
               code == QLatin1String("90014") || code == QLatin1String("700025")) {
        outcome.cause = QStringLiteral("our-bug");
        outcome.summary = msg("Entra ID refused the test's own request (%1): this is a fault of this program, not of the file.").arg(aadsts);
        outcome.evidence << msg("Please report it with this report; the agent's own sign-in may still work.");
    } else {
        outcome.cause = QStringLiteral("other");
        outcome.summary = aadsts.isEmpty() ? msg("Entra ID refused the sign-in (%1).").arg(errorCode)
                                           : msg("Entra ID refused the sign-in (%1).").arg(aadsts);
        outcome.evidence << msg("Look the code up at the cloud's sign-in error page (https://login.microsoftonline.com/error).");
    }
    return outcome;
}

SignInOutcome SignInRehearsal::run(const VaultCredentials& file, const platform::ImportedCertificate& certificate, const CheckContext& context)
{
    SignInOutcome outcome;
    const QUrl authority(file.aadAuthority);
    const QString host = authority.host().toLower();
    const auto cloud = VaultClouds::byAuthorityHost(host);
    // Only a known Entra ID host of the file's cloud ever receives an assertion; the test seam changes where the
    // request goes, never which authorities are accepted.
    if (!cloud || authority.scheme() != QLatin1String("https") || (authority.port() != -1 && authority.port() != 443)) {
        outcome.kind = SignInOutcome::Kind::AuthorityRefused;
        outcome.cause = QStringLiteral("unknown-authority");
        outcome.summary = msg("The file names %1 as its sign-in authority, which is not a Microsoft Entra ID host: nothing was sent to it.")
                              .arg(file.aadAuthority.left(200));
        outcome.evidence << msg("A vault credentials file from the Azure portal names login.partner.microsoftonline.cn, "
                               "login.microsoftonline.com or login.microsoftonline.us. Download a new file from the vault.");
        return outcome;
    }
    const QString endpoint = tokenEndpoint(host, file.aadTenantId);
    const QUrl url(context.inputs.network.tokenEndpoint.isEmpty() ? endpoint : context.inputs.network.tokenEndpoint);
    const qint64 now = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
    std::string signError;
    QByteArray assertion = makeAssertion(certificate, file.servicePrincipalClientId, endpoint, now, signError);
    if (assertion.isEmpty()) {
        outcome.kind = SignInOutcome::Kind::CannotSign;
        outcome.cause = QStringLiteral("cannot-sign");
        // A key provider that cannot sign (NTE_BAD_ALGID) is this computer's limit: a new file would fail alike.
        outcome.summary = certificate.failedForThisSystem()
                              ? msg("This computer's key provider could not sign the sign-in request with the file's key: the file is not "
                                    "at fault, and a new one would fail alike.")
                              : msg("The file's key could not sign the sign-in request: the file is damaged. Download a new one.");
        outcome.evidence << Message::plain(QString::fromStdString(signError));
        return outcome;
    }
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), file.servicePrincipalClientId);
    form.addQueryItem(QStringLiteral("client_assertion_type"), QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"));
    form.addQueryItem(QStringLiteral("client_assertion"), QString::fromLatin1(assertion));
    form.addQueryItem(QStringLiteral("resource"), cloud->managementResource);
    QByteArray body = form.toString(QUrl::FullyEncoded).toUtf8();
    wipeMemory(assertion.data(), std::size_t(assertion.size()));

    const int timeoutMs = context.inputs.network.stageTimeoutMs > 0 ? context.inputs.network.stageTimeoutMs : kDefaultTimeoutMs;
    QNetworkAccessManager manager;
    const QNetworkProxy proxy = proxyFor(url, context.inputs.proxy);
    manager.setProxy(proxy);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(timeoutMs);
    QEventLoop loop;
    QNetworkReply* reply = manager.post(request, body);
    wipeMemory(body.data(), std::size_t(body.size()));
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    bool encrypted = false;  // TLS done: a failure after it is the HTTP stage's
    QObject::connect(reply, &QNetworkReply::encrypted, &loop, [&encrypted] { encrypted = true; });
    // A token answer is a few KB: Qt holds no more than kMaxAnswerBytes, and an answer that fills them is cut off.
    reply->setReadBufferSize(kMaxAnswerBytes);
    bool tooLong = false;
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        if (reply->bytesAvailable() >= kMaxAnswerBytes) {
            tooLong = true;
            loop.quit();
        }
    });
    QTimer::singleShot(timeoutMs * 2, &loop, &QEventLoop::quit);  // a backstop: the transfer timeout ends it first
    loop.exec();
    if (!reply->isFinished())
        reply->abort();
    QByteArray answer = reply->isOpen() ? reply->readAll() : QByteArray();
    outcome.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorText = reply->errorString();
    delete reply;

    const QJsonObject json = QJsonDocument::fromJson(answer).object();
    wipeMemory(answer.data(), std::size_t(answer.size()));  // it may hold the token
    outcome.evidence << msg("Asked %1 for a token as the vault's application %2, %3.").arg(endpoint, file.servicePrincipalClientId, viaText(proxy));
    if (outcome.httpStatus == 200 && json.contains(QStringLiteral("access_token"))) {
        outcome.kind = SignInOutcome::Kind::TokenIssued;
        outcome.cause = QStringLiteral("none");
        outcome.tokenLifetimeSeconds = json.value(QStringLiteral("expires_in")).toVariant().toLongLong();
        outcome.summary = msg("Entra ID signed the vault's application in with this file's certificate: the agent's first step will work.");
        outcome.evidence << msg("A token came back, valid for %1 minutes; it was discarded unseen.").arg(outcome.tokenLifetimeSeconds / 60);
        return outcome;
    }
    if (outcome.httpStatus >= 400 && json.contains(QStringLiteral("error"))) {
        QString aadsts;
        const QJsonArray codes = json.value(QStringLiteral("error_codes")).toArray();
        if (!codes.isEmpty())
            aadsts = QStringLiteral("AADSTS%1").arg(codes.first().toVariant().toLongLong());
        else if (const QString description = json.value(QStringLiteral("error_description")).toString(); description.startsWith(QLatin1String("AADSTS")))
            aadsts = description.section(QLatin1Char(':'), 0, 0);
        SignInOutcome refused = explain(aadsts, json.value(QStringLiteral("error")).toString());
        refused.httpStatus = outcome.httpStatus;
        refused.evidence = outcome.evidence + refused.evidence;
        // Entra ID's own words: the first line of error_description (no secret: it quotes codes and trace ids).
        refused.evidence << Message::plain(json.value(QStringLiteral("error_description")).toString().section(QLatin1Char('\n'), 0, 0).left(300));
        return refused;
    }
    outcome.kind = SignInOutcome::Kind::Network;
    outcome.stage = tooLong || error == QNetworkReply::NoError || (encrypted && stageOf(error) != QLatin1String("proxy")) ? QStringLiteral("http") : stageOf(error);
    outcome.cause = QStringLiteral("network");
    outcome.summary = msg("The sign-in test got no answer from Entra ID (stage: %1): the firewall or proxy check shows why.").arg(outcome.stage);
    if (tooLong)
        outcome.evidence << msg("The answer was longer than any Entra ID answer (more than %1); it was cut off unread.").argBytes(quint64(kMaxAnswerBytes));
    else
        outcome.evidence << (error == QNetworkReply::NoError ? msg("HTTP %1 without an Entra ID answer.").arg(outcome.httpStatus)
                                                             : Message::plain(errorText.left(300)));
    return outcome;
}

}  // namespace mars
