#pragma once
// A TLS endpoint on 127.0.0.1: `openssl s_server` with a certificate made for the run (valid for 127.0.0.1).
// Untrusted by default (self-signed); trust() adds it to Qt's default CA list so a probe can get past TLS.
#include "TempFolderQt.h"

#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace mars::test {

class LoopbackTlsServer {
public:
    LoopbackTlsServer()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
        probe.close();
        const QString key = m_folder.file("key.pem"), cert = m_folder.file("cert.pem");
        QProcess make;
        make.setStandardOutputFile(QProcess::nullDevice());
        make.setStandardErrorFile(QProcess::nullDevice());
        make.start(QStringLiteral("openssl"), {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "2",
                                               "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"});
        make.waitForFinished(30000);
        m_certificate = cert;
        m_server.setProcessChannelMode(QProcess::MergedChannels);
        m_server.start(QStringLiteral("openssl"), {"s_server", "-quiet", "-accept", QStringLiteral("127.0.0.1:%1").arg(m_port), "-cert", cert,
                                                   "-key", key, "-www"});
        for (int i = 0; i < 50; ++i) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (socket.waitForConnected(100))
                break;
            QThread::msleep(50);
        }
    }
    ~LoopbackTlsServer()
    {
        m_server.kill();
        m_server.waitForFinished(2000);
    }
    quint16 port() const { return m_port; }
    void trust() const
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.addCaCertificates(m_certificate, QSsl::Pem);
        QSslConfiguration::setDefaultConfiguration(configuration);
    }

private:
    TempFolderQt m_folder;
    quint16 m_port = 0;
    QString m_certificate;
    QProcess m_server;
};

}  // namespace mars::test
