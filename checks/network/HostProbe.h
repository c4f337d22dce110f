#pragma once
#include "../CloudProfile.h"
#include "HttpClassify.h"
#include "TlsChain.h"

#include <QElapsedTimer>
#include <QNetworkProxy>
#include <QObject>
#include <QSslError>

class QSslSocket;
class QTimer;
class QNetworkAccessManager;
class QNetworkReply;
class QNetworkReply;

namespace mars {

enum class ProbeStage { Dns, Tcp, Tls, Http, Done };
QString stageName(ProbeStage stage);

struct ProbeOutcome {
    EndpointProbe probe;
    ProbeStage failedAt = ProbeStage::Done;  // Done: every stage passed
    QString error;
    QString via;              // "direct" or "proxy host:port"
    qint64 elapsedMs = 0;
    bool certificateTimeProblem = false;  // expired / not yet valid: points at the clock, not the firewall
    bool interception = false;            // an answer, but not the service's: captive portal or inspecting proxy
    bool proxyAuthentication = false;     // 407
    CertificateChain chain;               // HTTPS: what the server (or whatever answered in its place) presented
    ProxyBlock block;                     // a proxy's refusal or block page instead of the service
    // A DNS-only probe through a proxy: the proxy resolves the name (CONNECT); this computer's own look-up is kept
    // as a fact beside it. localDns: "" not tried, "ok", or why it failed.
    QString localDns;
    HttpHead answer;                      // HTTPS: the head of the answer to GET /, when one came
    QByteArray bodyStart;                 // and the first bytes of its body that came with it (at most 512)
    bool ok() const { return failedAt == ProbeStage::Done; }
};

// Probes one endpoint in stages and reports the first that fails. Lives in the thread whose event loop runs it.
class HostProbe : public QObject {
    Q_OBJECT
public:
    HostProbe(const EndpointProbe& probe, const QNetworkProxy& proxy, int stageTimeoutMs, QObject* parent = nullptr);
    void start();
    const ProbeOutcome& outcome() const { return m_outcome; }

signals:
    void finished();

private:
    void enter(ProbeStage stage);
    void fail(const QString& error);
    void succeed();
    void lookUp();
    void lookUpLocallyToo();
    void finishTunnelOnly();
    void connectSocket();
    void openTunnel();
    void readTunnelAnswer();
    void startTls();
    void recordChain();
    void onSslErrors(const QList<QSslError>& errors);
    void sendRequest();
    void readStatus();
    void fetchNcsi();
    void ncsiAnswered(QNetworkReply* reply);
    // The NCSI text is a few bytes: what decides is its first 4 KB, and Qt may hold 64 KB of the answer at most.
    static constexpr qint64 kNcsiBodyBytes = 4096;
    static constexpr qint64 kNcsiReadBuffer = 64 * 1024;

    ProbeOutcome m_outcome;
    QNetworkProxy m_proxy;
    int m_timeoutMs;
    ProbeStage m_stage = ProbeStage::Dns;
    QTimer* m_timer;
    QElapsedTimer m_clock;
    QSslSocket* m_socket = nullptr;
    QNetworkAccessManager* m_manager = nullptr;
    QByteArray m_answer;
    bool m_done = false;
    bool m_tunnelling = false;  // waiting for the proxy's answer to CONNECT
    bool m_tunnelDone = false;  // a DNS-only probe's tunnel stood; finished once the local look-up is in too
    qint64 m_tunnelMs = 0;
};

}  // namespace mars
