#pragma once
// Certificate chains made for one test run with the openssl command: a root, optionally an intermediate, and a leaf
// for the names a loopback server answers as. Nothing here is trusted until a test says so (TrustedCa).
#include "TempFolderQt.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace mars::test {

class TestChain {
public:
    // rootSubject/intermediateSubject: "/O=.../CN=..."; no intermediate when empty. leafNames: the subjectAltName list.
    TestChain(const QString& rootSubject, const QString& intermediateSubject, const QString& leafNames = QStringLiteral("IP:127.0.0.1"))
    {
        ok = run({"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", file("root.key"), "-out",
                  file("root.pem"), "-days", "2", "-subj", rootSubject, "-addext", "basicConstraints=critical,CA:TRUE", "-addext",
                  "keyUsage=critical,keyCertSign,cRLSign"});
        QString issuer = QStringLiteral("root");
        if (!intermediateSubject.isEmpty()) {
            writeFile("ca.ext", "basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n");
            ok = ok && sign("intermediate", intermediateSubject, issuer, file("ca.ext"));
            issuer = QStringLiteral("intermediate");
        }
        writeFile("leaf.ext", "basicConstraints=CA:FALSE\nsubjectAltName=" + leafNames.toLatin1() + "\n");
        ok = ok && sign("leaf", QStringLiteral("/O=Loopback Service/CN=loopback"), issuer, file("leaf.ext"));
        // What the server sends: the leaf, then the intermediate (never the root, as real servers do).
        QByteArray sent = readFile("leaf.pem");
        if (!intermediateSubject.isEmpty())
            sent += readFile("intermediate.pem");
        writeFile("sent.pem", sent);
    }
    bool ok = false;
    QString rootPem() const { return file("root.pem"); }
    QString sentChainPem() const { return file("sent.pem"); }
    QString leafKey() const { return file("leaf.key"); }
    QString rootKey() const { return file("root.key"); }  // for a test proxy that signs its own leaves (squid's ssl-bump)
    QSslCertificate root() const { return QSslCertificate::fromPath(rootPem()).value(0); }

private:
    QString file(const char* name) const { return m_folder.file(name); }
    bool run(const QStringList& arguments) const
    {
        QProcess openssl;
        openssl.setStandardOutputFile(QProcess::nullDevice());
        openssl.setStandardErrorFile(QProcess::nullDevice());
        openssl.start(QStringLiteral("openssl"), arguments);
        return openssl.waitForFinished(30000) && openssl.exitCode() == 0;
    }
    bool sign(const QString& name, const QString& subject, const QString& issuer, const QString& extensions) const
    {
        const QString key = m_folder.file(name + ".key"), csr = m_folder.file(name + ".csr"), pem = m_folder.file(name + ".pem");
        return run({"req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", key, "-out", csr, "-subj",
                    subject}) &&
               run({"x509", "-req", "-in", csr, "-CA", m_folder.file(issuer + ".pem"), "-CAkey", m_folder.file(issuer + ".key"),
                    "-CAcreateserial", "-out", pem, "-days", "2", "-extfile", extensions});
    }
    void writeFile(const char* name, const QByteArray& bytes) const
    {
        QFile out(file(name));
        if (out.open(QIODevice::WriteOnly))
            out.write(bytes);
    }
    QByteArray readFile(const char* name) const
    {
        QFile in(file(name));
        return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
    }
    TempFolderQt m_folder;
};

// Adds a root to Qt's default CA list for one scope (a test's CA configuration), and takes it away again after.
class TrustedCa {
public:
    explicit TrustedCa(const QSslCertificate& root) : m_saved(QSslConfiguration::defaultConfiguration())
    {
        QSslConfiguration configuration = m_saved;
        configuration.addCaCertificate(root);
        QSslConfiguration::setDefaultConfiguration(configuration);
    }
    ~TrustedCa() { QSslConfiguration::setDefaultConfiguration(m_saved); }

private:
    QSslConfiguration m_saved;
};

}  // namespace mars::test
