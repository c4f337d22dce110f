#include "HostProbe.h"

#include "HttpClassify.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace mars {

QString stageName(ProbeStage stage)
{
    switch (stage) {
    case ProbeStage::Dns: return QStringLiteral("DNS");
    case ProbeStage::Tcp: return QStringLiteral("TCP");
    case ProbeStage::Tls: return QStringLiteral("TLS");
    case ProbeStage::Http: return QStringLiteral("HTTP");
    case ProbeStage::Done: return QStringLiteral("done");
    }
    return {};
}

HostProbe::HostProbe(const EndpointProbe& probe, const QNetworkProxy& proxy, int stageTimeoutMs, QObject* parent)
    : QObject(parent), m_proxy(proxy), m_timeoutMs(stageTimeoutMs), m_timer(new QTimer(this))
{
    m_outcome.probe = probe;
    m_outcome.failedAt = ProbeStage::Dns;  // until a stage says otherwise, nothing was reached
    m_outcome.error = QStringLiteral("did not finish");
    m_outcome.via = proxy.type() == QNetworkProxy::NoProxy ? QStringLiteral("direct")
                                                           : QStringLiteral("proxy %1:%2").arg(proxy.hostName()).arg(proxy.port());
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);  // a coarse timer fires up to 5% early: "after 4815 ms ... within 5000 ms"
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_tunnelDone) {  // the proxy answered; only this computer's own look-up is still out
            m_outcome.localDns = QStringLiteral("no answer within %1 ms").arg(m_timeoutMs);
            return succeed();
        }
        fail(QStringLiteral("no answer within %1 ms").arg(m_timeoutMs));
    });
}

void HostProbe::start()
{
    m_clock.start();
    if (m_proxy.type() != QNetworkProxy::NoProxy && m_outcome.probe.kind == QLatin1String("ncsi"))
        fetchNcsi();  // the proxy resolves the name: there is no DNS stage of ours
    else if (m_proxy.type() != QNetworkProxy::NoProxy && m_outcome.probe.kind == QLatin1String("https"))
        connectSocket();
    else if (m_proxy.type() == QNetworkProxy::HttpProxy && m_outcome.probe.kind == QLatin1String("dns")) {
        // The agent leaves names to its proxy: CONNECT to the name, and the proxy's answer is the result.
        lookUpLocallyToo();
        connectSocket();
    }
    else
        lookUp();  // direct NCSI too: a DNS server that never answers must show as DNS, not as an HTTP time-out
}

void HostProbe::enter(ProbeStage stage)
{
    m_stage = stage;
    m_timer->start(m_timeoutMs);
}

void HostProbe::fail(const QString& error)
{
    if (m_done)
        return;
    m_outcome.failedAt = m_stage;
    m_outcome.error = error;
    m_done = true;
    m_timer->stop();
    m_outcome.elapsedMs = m_clock.elapsed();
    if (m_socket)
        m_socket->abort();
    emit finished();
}

void HostProbe::succeed()
{
    if (m_done)
        return;
    m_done = true;
    m_timer->stop();
    m_outcome.failedAt = ProbeStage::Done;
    m_outcome.elapsedMs = m_tunnelDone ? m_tunnelMs : m_clock.elapsed();
    if (m_socket)
        m_socket->abort();
    emit finished();
}

void HostProbe::lookUp()
{
    enter(ProbeStage::Dns);
    const QString host = m_outcome.probe.host.isEmpty() ? QUrl(m_outcome.probe.url).host() : m_outcome.probe.host;
    // The look-up cannot be cancelled: a stage time-out leaves it running on Qt's look-up threads, which is why
    // the process ends through platform::endProcess and never waits for them (ProcessExit.h).
    QHostInfo::lookupHost(host, this, [this](const QHostInfo& info) {
        if (m_done)
            return;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty())
            return fail(info.errorString());
        if (m_outcome.probe.kind == QLatin1String("dns"))
            return succeed();
        if (m_outcome.probe.kind == QLatin1String("ncsi"))
            return fetchNcsi();  // QNetworkAccessManager finds the name in QHostInfo's cache
        connectSocket();
    });
}

void HostProbe::lookUpLocallyToo()
{
    QHostInfo::lookupHost(m_outcome.probe.host, this, [this](const QHostInfo& info) {
        m_outcome.localDns = info.error() == QHostInfo::NoError && !info.addresses().isEmpty() ? QStringLiteral("ok") : info.errorString();
        if (m_tunnelDone)
            succeed();
    });
}

void HostProbe::finishTunnelOnly()
{
    m_tunnelDone = true;
    m_tunnelMs = m_clock.elapsed();  // the proxy's answer is the result: its time, not the local look-up's
    disconnect(m_socket, nullptr, this, nullptr);  // the tunnel is not used: its closing is no failure
    m_socket->abort();
    if (!m_outcome.localDns.isEmpty())
        return succeed();
    enter(ProbeStage::Dns);  // the proxy resolved it; this computer's own look-up gets a stage's time to report
}

void HostProbe::connectSocket()
{
    enter(ProbeStage::Tcp);
    m_socket = new QSslSocket(this);
    // An HTTP proxy is spoken to here rather than by Qt, so that its refusal of the tunnel comes back with its
    // status and headers (Qt keeps only an error code): a proxy's block page must not read as "unreachable".
    const bool tunnel = m_proxy.type() == QNetworkProxy::HttpProxy;
    m_socket->setProxy(tunnel ? QNetworkProxy(QNetworkProxy::NoProxy) : m_proxy);
    m_socket->setReadBufferSize(HttpHead::kMaxBytes + 1);  // only a head is ever read: Qt holds no more than that
    m_socket->setPeerVerifyName(m_outcome.probe.host);
    connect(m_socket, &QAbstractSocket::connected, this, [this, tunnel] { tunnel ? openTunnel() : startTls(); });
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        recordChain();
        sendRequest();
    });
    connect(m_socket, &QSslSocket::sslErrors, this, &HostProbe::onSslErrors);
    connect(m_socket, &QAbstractSocket::readyRead, this, [this] { m_tunnelling ? readTunnelAnswer() : readStatus(); });
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::ProxyAuthenticationRequiredError)
            m_outcome.proxyAuthentication = true;
        if (error == QAbstractSocket::RemoteHostClosedError && m_tunnelling)
            readTunnelAnswer();  // a proxy that closes after refusing: its answer is the news, not the close
        if (error == QAbstractSocket::RemoteHostClosedError && m_stage == ProbeStage::Http && !m_answer.isEmpty())
            readStatus();
        fail(m_socket->errorString());
    });
    if (tunnel)
        m_socket->connectToHost(m_proxy.hostName(), m_proxy.port());
    else
        m_socket->connectToHost(m_outcome.probe.host, m_outcome.probe.port);
}

void HostProbe::openTunnel()
{
    m_tunnelling = true;
    const QByteArray target = m_outcome.probe.host.toLatin1() + ':' + QByteArray::number(m_outcome.probe.port);
    QByteArray request = "CONNECT " + target + " HTTP/1.1\r\nHost: " + target + "\r\nUser-Agent: MARS-Setup-Doctor\r\n";
    if (!m_proxy.user().isEmpty())
        request += "Proxy-Authorization: Basic " + (m_proxy.user() + QLatin1Char(':') + m_proxy.password()).toUtf8().toBase64() + "\r\n";
    m_socket->write(request + "\r\n");
}

void HostProbe::readTunnelAnswer()
{
    if (m_done)
        return;
    m_answer += m_socket->read(HttpHead::kMaxBytes + 1 - m_answer.size());
    HttpHead head;
    qsizetype length = 0;
    const HeadParse parsed = parseHttpHead(m_answer, &head, &length);
    if (parsed == HeadParse::NeedMore)
        return;
    if (parsed == HeadParse::Invalid)
        return fail(QStringLiteral("the proxy's answer to CONNECT is not HTTP"));
    m_tunnelling = false;
    m_outcome.answer = head;
    const ProxyBlock block = classifyTunnelAnswer(head, QStringLiteral("%1:%2").arg(m_proxy.hostName()).arg(m_proxy.port()));
    if (block.credentials) {
        m_outcome.proxyAuthentication = true;
        return fail(block.reason);
    }
    if (block.blocked) {
        m_outcome.block = block;
        if (block.cause == ProxyCause::CannotResolve)
            m_stage = ProbeStage::Dns;  // the proxy's DNS: the stage words agree with its answer
        m_outcome.bodyStart = m_answer.mid(length, 512);
        return fail(block.reason);
    }
    m_answer.clear();
    m_outcome.answer = HttpHead();
    if (m_outcome.probe.kind == QLatin1String("dns"))
        return finishTunnelOnly();
    startTls();
}

void HostProbe::startTls()
{
    enter(ProbeStage::Tls);
    m_socket->startClientEncryption();
}

void HostProbe::recordChain()
{
    // Qt's own CA list first (a test's CA, an application's additions), then the system's: the root the chain ends at.
    static const QList<QSslCertificate> systemCas = QSslConfiguration::systemCaCertificates();
    QList<QSslCertificate> cas = m_socket->sslConfiguration().caCertificates();
    cas += systemCas;
    const bool missingIssuer = m_outcome.chain.missingIssuer;
    m_outcome.chain = describeChain(m_socket->peerCertificateChain(), cas);
    m_outcome.chain.missingIssuer = missingIssuer;
    if (missingIssuer && m_outcome.chain.rootFound) {
        // OpenSSL found no issuer here: a CA of the same name is not the one that signed (only a name matched).
        m_outcome.chain.rootFound = false;
        m_outcome.chain.rootSubject.clear();
        m_outcome.chain.rootSha1.clear();
        m_outcome.chain.rootSha256.clear();
    }
}

void HostProbe::onSslErrors(const QList<QSslError>& errors)
{
    QStringList texts;
    for (const QSslError& error : errors) {
        texts << error.errorString();
        if (error.error() == QSslError::CertificateNotYetValid || error.error() == QSslError::CertificateExpired)
            m_outcome.certificateTimeProblem = true;
        if (error.error() == QSslError::UnableToGetLocalIssuerCertificate || error.error() == QSslError::UnableToGetIssuerCertificate)
            m_outcome.chain.missingIssuer = true;
        if (error.error() == QSslError::SelfSignedCertificate || error.error() == QSslError::SelfSignedCertificateInChain ||
            error.error() == QSslError::UnableToGetLocalIssuerCertificate || error.error() == QSslError::HostNameMismatch)
            m_outcome.interception = true;
    }
    recordChain();
    fail(texts.join(QStringLiteral("; ")));
}

void HostProbe::sendRequest()
{
    enter(ProbeStage::Http);
    // GET, not HEAD: some front ends only answer GET; the body is never read, the status line is enough.
    // The port belongs in Host when it is not 443 (RFC 9110, 7.2): an inspecting proxy forwards to what Host names.
    const QByteArray hostHeader = m_outcome.probe.host.toLatin1() + (m_outcome.probe.port == 443 ? QByteArray() : ':' + QByteArray::number(m_outcome.probe.port));
    const QByteArray request = "GET / HTTP/1.1\r\nHost: " + hostHeader +
                               "\r\nUser-Agent: MARS-Setup-Doctor\r\nConnection: close\r\n\r\n";
    m_socket->write(request);
}

void HostProbe::readStatus()
{
    if (m_stage != ProbeStage::Http || m_done)
        return;
    m_answer += m_socket->read(HttpHead::kMaxBytes + 1 - m_answer.size());
    const bool closed = m_socket->state() != QAbstractSocket::ConnectedState;
    HttpHead head;
    qsizetype length = 0;
    HeadParse parsed = parseHttpHead(m_answer, &head, &length);
    if (parsed == HeadParse::NeedMore && closed && parseStatusLine(m_answer.left(m_answer.indexOf("\r\n")))) {
        head.status = *parseStatusLine(m_answer.left(m_answer.indexOf("\r\n")));  // closed after the status line
        parsed = HeadParse::Complete;
        length = m_answer.size();
    }
    if (parsed == HeadParse::NeedMore && closed)
        return fail(QStringLiteral("the answer ended before its headers did"));
    if (parsed == HeadParse::NeedMore)
        return;
    if (parsed == HeadParse::Invalid)
        return fail(QStringLiteral("not an HTTP answer"));
    // Any HTTP status proves something answered: 401 or 404 on "/" is normal for these endpoints. Whether it was
    // the service is the check's to judge, from the certificate chain and this head (a proxy's block page).
    m_outcome.answer = head;
    m_outcome.bodyStart = m_answer.mid(length, 512);
    succeed();
}

void HostProbe::fetchNcsi()
{
    // Plain HTTP through QNetworkAccessManager: it follows the system proxy like Windows' own probe does.
    enter(ProbeStage::Http);
    m_manager = new QNetworkAccessManager(this);
    m_manager->setProxy(m_proxy);
    QNetworkRequest request{QUrl(m_outcome.probe.url)};
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs + 500);  // a backstop: the stage's own timer decides, and says so
    QNetworkReply* reply = m_manager->get(request);
    // Qt would otherwise hold the whole answer: an endless body through a proxy grew to gigabytes. The buffer is
    // capped, and once the first kNcsiBodyBytes are in, they decide and the rest is never read.
    reply->setReadBufferSize(kNcsiReadBuffer);
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        if (reply->bytesAvailable() >= kNcsiBodyBytes)
            ncsiAnswered(reply);
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { ncsiAnswered(reply); });
}

void HostProbe::ncsiAnswered(QNetworkReply* reply)
{
    disconnect(reply, nullptr, this, nullptr);
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->read(kNcsiBodyBytes);
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorText = reply->errorString();
    if (!reply->isFinished())
        reply->abort();  // a longer answer than any NCSI text: what came decides
    if (error == QNetworkReply::ProxyAuthenticationRequiredError) {
        m_outcome.proxyAuthentication = true;
        return fail(QStringLiteral("the proxy asks for credentials (407)"));
    }
    if (status == 0 && error == QNetworkReply::HostNotFoundError) {
        m_stage = ProbeStage::Dns;
        return fail(errorText);
    }
    if (status == 0 && error != QNetworkReply::NoError) {
        m_stage = error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::TimeoutError ||
                          error == QNetworkReply::OperationCanceledError
                      ? ProbeStage::Tcp
                      : ProbeStage::Http;
        return fail(errorText);
    }
    // A proxy's refusal (403/407/502/503 with its headers) names the proxy rather than a captive portal.
    HttpHead head;
    head.status = status;
    for (const auto& [name, value] : reply->rawHeaderPairs().mid(0, HttpHead::kMaxHeaders))
        head.headers.append({name.toLower().left(200), value.left(2000)});
    const QString proxyAt = m_proxy.type() == QNetworkProxy::NoProxy ? QString() : QStringLiteral("%1:%2").arg(m_proxy.hostName()).arg(m_proxy.port());
    const ProxyBlock block = classifyInspectedAnswer(head, body, QUrl(m_outcome.probe.url).host(), true, proxyAt);
    if (block.blocked && carriesProxyHeaders(head) && status != 407) {
        m_outcome.block = block;
        return fail(block.reason);
    }
    const NcsiVerdict verdict =
        classifyNcsi(status, reply->header(QNetworkRequest::LocationHeader).toString(), body, m_outcome.probe.expect);
    m_outcome.interception = verdict.interception;
    m_outcome.proxyAuthentication = verdict.proxyAuthentication;
    if (!verdict.ok)
        return fail(verdict.error);
    succeed();
}

}  // namespace mars
