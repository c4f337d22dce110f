#pragma once
// A loopback TLS-inspecting proxy (tests/support/intercepting_proxy.py) presenting a TestChain's forged leaf and
// answering the request inside TLS with the given bytes. Works both as a CONNECT proxy and as a transparent one.
#include "Skip.h"
#include "TempFolderQt.h"
#include "TestCertificates.h"

#include <QFile>
#include <QProcess>

#include <stdexcept>
#include <string>

namespace mars::test {

class InterceptingProxy {
public:
    InterceptingProxy(const TestChain& chain, const std::string& answer)
    {
        const QString answerFile = m_folder.file(QStringLiteral("answer.http"));
        QFile file(answerFile);
        if (file.open(QIODevice::WriteOnly))
            file.write(answer.data(), qint64(answer.size()));
        file.close();
        // /usr/bin/python3: the system's, whose ssl module is the one this machine's packages provide.
        m_server.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(MARS_SOURCE_DIR "/tests/support/intercepting_proxy.py"), "--cert",
                                                            chain.sentChainPem(), "--key", chain.leafKey(), "--answer", answerFile});
        if (!m_server.waitForReadyRead(20000))
            throw std::runtime_error("the intercepting proxy did not start: " + m_server.readAllStandardError().toStdString());
        m_port = quint16(m_server.readLine().trimmed().toUInt());
    }
    ~InterceptingProxy()
    {
        m_server.kill();
        m_server.waitForFinished(2000);
    }
    quint16 port() const { return m_port; }
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }

private:
    TempFolderQt m_folder;
    QProcess m_server;
    quint16 m_port = 0;
};

}  // namespace mars::test
