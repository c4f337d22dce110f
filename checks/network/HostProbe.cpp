#include "HostProbe.h"

#include "HttpClassify.h"

#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
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
    connect(m_timer, &QTimer::timeout, this, [this] {
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
    m_outcome.elapsedMs = m_clock.elapsed();
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

void HostProbe::connectSocket()
{
    enter(ProbeStage::Tcp);
    m_socket = new QSslSocket(this);
    m_socket->setProxy(m_proxy);
    m_socket->setPeerVerifyName(m_outcome.probe.host);
    connect(m_socket, &QAbstractSocket::connected, this, [this] {
        enter(ProbeStage::Tls);
        m_socket->startClientEncryption();
    });
    connect(m_socket, &QSslSocket::encrypted, this, &HostProbe::sendRequest);
    connect(m_socket, &QSslSocket::sslErrors, this, &HostProbe::onSslErrors);
    connect(m_socket, &QAbstractSocket::readyRead, this, &HostProbe::readStatus);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::ProxyAuthenticationRequiredError)
            m_outcome.proxyAuthentication = true;
        if (error == QAbstractSocket::RemoteHostClosedError && m_stage == ProbeStage::Http && !m_answer.isEmpty())
            return readStatus();
        fail(m_socket->errorString());
    });
    m_socket->connectToHost(m_outcome.probe.host, m_outcome.probe.port);
}

void HostProbe::onSslErrors(const QList<QSslError>& errors)
{
    QStringList texts;
    for (const QSslError& error : errors) {
        texts << error.errorString();
        if (error.error() == QSslError::CertificateNotYetValid || error.error() == QSslError::CertificateExpired)
            m_outcome.certificateTimeProblem = true;
        if (error.error() == QSslError::SelfSignedCertificate || error.error() == QSslError::SelfSignedCertificateInChain ||
            error.error() == QSslError::UnableToGetLocalIssuerCertificate || error.error() == QSslError::HostNameMismatch)
            m_outcome.interception = true;
    }
    fail(texts.join(QStringLiteral("; ")));
}

void HostProbe::sendRequest()
{
    enter(ProbeStage::Http);
    // GET, not HEAD: some front ends only answer GET; the body is never read, the status line is enough.
    const QByteArray request = "GET / HTTP/1.1\r\nHost: " + m_outcome.probe.host.toLatin1() +
                               "\r\nUser-Agent: MARS-Setup-Doctor\r\nConnection: close\r\n\r\n";
    m_socket->write(request);
}

void HostProbe::readStatus()
{
    if (m_stage != ProbeStage::Http || m_done)
        return;
    m_answer += m_socket->readAll();
    const int end = m_answer.indexOf("\r\n");
    if (end < 0) {
        if (m_answer.size() > 4096)
            fail(QStringLiteral("not an HTTP answer"));
        return;
    }
    // Any HTTP status proves the service answered: 401 or 404 on "/" is normal for these endpoints.
    if (parseStatusLine(m_answer.left(end)))
        succeed();
    else
        fail(QStringLiteral("not an HTTP answer"));
}

void HostProbe::fetchNcsi()
{
    // Plain HTTP through QNetworkAccessManager: it follows the system proxy like Windows' own probe does.
    enter(ProbeStage::Http);
    m_manager = new QNetworkAccessManager(this);
    m_manager->setProxy(m_proxy);
    QNetworkRequest request{QUrl(m_outcome.probe.url)};
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply* reply = m_manager->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->read(4096);
        if (reply->error() == QNetworkReply::ProxyAuthenticationRequiredError) {
            m_outcome.proxyAuthentication = true;
            return fail(QStringLiteral("the proxy asks for credentials (407)"));
        }
        if (status == 0 && reply->error() == QNetworkReply::HostNotFoundError) {
            m_stage = ProbeStage::Dns;
            return fail(reply->errorString());
        }
        if (status == 0 && reply->error() != QNetworkReply::NoError) {
            m_stage = reply->error() == QNetworkReply::ConnectionRefusedError || reply->error() == QNetworkReply::TimeoutError ||
                              reply->error() == QNetworkReply::OperationCanceledError
                          ? ProbeStage::Tcp
                          : ProbeStage::Http;
            return fail(reply->errorString());
        }
        const NcsiVerdict verdict =
            classifyNcsi(status, reply->header(QNetworkRequest::LocationHeader).toString(), body, m_outcome.probe.expect);
        m_outcome.interception = verdict.interception;
        m_outcome.proxyAuthentication = verdict.proxyAuthentication;
        if (!verdict.ok)
            return fail(verdict.error);
        succeed();
    });
}

}  // namespace mars
