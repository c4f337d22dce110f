#pragma once
// A loopback HTTPS stand-in for Entra ID's token endpoint (tests/support/token_endpoint.py), with a TLS certificate
// made for the run by the openssl CLI and trusted by Qt for this process. It verifies each assertion and answers
// each AADSTS case; `requests()` says how many requests reached it.
#include "Skip.h"
#include "TempFolderQt.h"

#include <QFile>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslCertificate>

namespace mars::test {

class LoopbackTokenEndpoint {
public:
    struct Options {
        QByteArray registeredCertPem;
        QString tenant;
        QString clientId;
        QString audience;
        double clockOffset = 0;
    };

    explicit LoopbackTokenEndpoint(const Options& options)
    {
        const QString python = QStringLiteral("/usr/bin/python3");  // Debian's, with python3-cryptography
        QProcess probe;
        probe.start(python, {QStringLiteral("-c"), QStringLiteral("import cryptography")});
        if (!probe.waitForFinished(20000) || probe.exitCode() != 0)
            skipTest("python3-cryptography is not installed (scripts/deps.sh installs it)");
        const QString key = m_folder.file(QStringLiteral("tls-key.pem")), cert = m_folder.file(QStringLiteral("tls-cert.pem"));
        QProcess make;
        make.setStandardOutputFile(QProcess::nullDevice());
        make.setStandardErrorFile(QProcess::nullDevice());
        make.start(QStringLiteral("openssl"), {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "2",
                                               "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"});
        make.waitForFinished(30000);
        const QString registered = m_folder.file(QStringLiteral("registered.pem"));
        QFile file(registered);
        file.open(QIODevice::WriteOnly);
        file.write(options.registeredCertPem);
        file.close();
        m_log = m_folder.file(QStringLiteral("requests.log"));
        QFile(m_log).open(QIODevice::WriteOnly);
        m_server.start(python, {QStringLiteral(MARS_SOURCE_DIR "/tests/support/token_endpoint.py"), "--tls-cert", cert, "--tls-key", key,
                                "--registered-cert", registered, "--tenant", options.tenant, "--client-id", options.clientId,
                                "--audience", options.audience, "--offset", QString::number(options.clockOffset), "--log", m_log});
        if (!m_server.waitForReadyRead(20000))
            throw std::runtime_error("the token endpoint did not start: " + m_server.readAllStandardError().toStdString());
        m_port = quint16(m_server.readLine().trimmed().toUInt());
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.addCaCertificates(cert, QSsl::Pem);
        QSslConfiguration::setDefaultConfiguration(configuration);
    }
    ~LoopbackTokenEndpoint()
    {
        m_server.kill();
        m_server.waitForFinished(2000);
    }
    QString url(const QString& tenant) const { return QStringLiteral("https://127.0.0.1:%1/%2/oauth2/token").arg(m_port).arg(tenant); }
    int requests() const
    {
        QFile file(m_log);
        file.open(QIODevice::ReadOnly);
        return int(file.readAll().count('\n'));
    }

private:
    TempFolderQt m_folder;
    QProcess m_server;
    QString m_log;
    quint16 m_port = 0;
};

}  // namespace mars::test
