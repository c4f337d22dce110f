#pragma once
// Debian's real squid on a free loopback port, in the foreground (-N), with its configuration, pid file, logs and
// certificate database in a folder of its own, and no disk cache. What our own stand-ins cannot play: squid's own
// error pages and headers (X-Squid-Error, Via), its access rules, its proxy authentication and its ssl-bump.
// Names squid is asked for resolve through a hosts file (to 127.0.0.1) and, for the rest, through a resolver of the
// test's that answers "no such name" (nxdomain_dns.py): inside the test's loopback-only namespace there is no other.
// Nothing here passes a test that could not run: a test asks available() and reports skipped with the reason.
#include "TestCertificates.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

namespace mars::test {

struct SquidOptions {
    QStringList names;            // resolved by squid to 127.0.0.1 (its hosts file); every other name is NXDOMAIN
    QStringList deniedDomains;    // http_access deny for these (ERR_ACCESS_DENIED, 403)
    QString user, password;       // proxy authentication (basic_ncsa_auth) when a user is given
    const TestChain* bumpCa = nullptr;  // ssl-bump every CONNECT, signing leaves with this chain's root
};

class SquidProxy {
public:
    static constexpr const char* kSquid = "/usr/sbin/squid";
    static constexpr const char* kHelpers = "/usr/lib/squid";

    explicit SquidProxy(const SquidOptions& options)
    {
        if (!QFileInfo::exists(QLatin1String(kSquid))) {
            m_why = QStringLiteral("squid is not installed (Debian package squid-openssl or squid; scripts/deps.sh)");
            return;
        }
        if (options.bumpCa && !bumpSupported()) {
            m_why = QStringLiteral("this squid has no ssl-bump (Debian package squid-openssl)");
            return;
        }
        if (geteuid() != 0) {
            m_why = QStringLiteral("squid's resolver stand-in needs port 53 on loopback: run the tests as root in a network namespace (scripts/test.sh)");
            return;
        }
        m_dir.setAutoRemove(true);
        // squid started as root runs as its own user: the folder must be that user's.
        const passwd* proxyUser = getpwnam("proxy");
        if (!proxyUser) {
            m_why = QStringLiteral("this system has no \"proxy\" user for squid to run as");
            return;
        }
        m_port = freePort();
        m_dnsAddress = QStringLiteral("127.%1.%2.53").arg(QRandomGenerator::global()->bounded(1, 250)).arg(QRandomGenerator::global()->bounded(1, 250));
        if (!startResolver())
            return;
        QString conf = QStringLiteral(
                           "http_port 127.0.0.1:%1%2\n"
                           "pid_filename %3/squid.pid\ncache_log %3/cache.log\naccess_log stdio:%3/access.log\ncache_store_log none\n"
                           "cache deny all\ncache_mem 8 MB\ncoredump_dir %3\ncache_effective_user proxy\n"
                           "hosts_file %3/hosts\ndns_nameservers %4\ndns_timeout 2 seconds\nvisible_hostname squid.test\n"
                           "shutdown_lifetime 0 seconds\nforwarded_for delete\n")
                           .arg(m_port)
                           .arg(options.bumpCa ? QStringLiteral(" ssl-bump tls-cert=%1/ca.pem tls-key=%1/ca.key generate-host-certificates=on "
                                                                "dynamic_cert_mem_cache_size=4MB")
                                                     .arg(m_dir.path())
                                               : QString())
                           .arg(m_dir.path(), m_dnsAddress);
        if (options.bumpCa) {
            QFile::copy(options.bumpCa->rootPem(), file("ca.pem"));
            QFile::copy(options.bumpCa->rootKey(), file("ca.key"));
            if (!run(QStringLiteral("%1/security_file_certgen").arg(QLatin1String(kHelpers)), {"-c", "-s", file("ssl_db"), "-M", "4MB"})) {
                m_why = QStringLiteral("squid's security_file_certgen could not make its certificate database");
                return;
            }
            conf += QStringLiteral("sslcrtd_program %1/security_file_certgen -s %2 -M 4MB\nsslcrtd_children 2 startup=1 idle=1\n"
                                   "ssl_bump bump all\nsslproxy_cert_error allow all\ntls_outgoing_options flags=DONT_VERIFY_PEER\n")
                        .arg(QLatin1String(kHelpers), file("ssl_db"));
        }
        if (!options.user.isEmpty()) {
            QProcess hash;
            hash.start(QStringLiteral("openssl"), {"passwd", "-1", options.password});
            hash.waitForFinished(10000);
            write("passwords", options.user.toUtf8() + ':' + hash.readAllStandardOutput().trimmed() + '\n');
            conf += QStringLiteral("auth_param basic program %1/basic_ncsa_auth %2\nauth_param basic realm squid.test\n"
                                   "acl users proxy_auth REQUIRED\nhttp_access deny !users\n")
                        .arg(QLatin1String(kHelpers), file("passwords"));
        }
        if (!options.deniedDomains.isEmpty())
            conf += QStringLiteral("acl denied dstdomain %1\nhttp_access deny denied\n").arg(options.deniedDomains.join(QLatin1Char(' ')));
        conf += QStringLiteral("http_access allow all\n");
        write("squid.conf", conf.toUtf8());
        write("hosts", "127.0.0.1 localhost " + options.names.join(QLatin1Char(' ')).toUtf8() + '\n');
        chownAll(proxyUser->pw_uid, proxyUser->pw_gid);
        m_squid.setProcessChannelMode(QProcess::MergedChannels);
        m_squid.start(QLatin1String(kSquid), {"-N", "-f", file("squid.conf")});
        for (int i = 0; i < 200 && m_squid.state() != QProcess::NotRunning; ++i) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (socket.waitForConnected(100)) {
                m_ready = true;
                return;
            }
            QThread::msleep(50);
        }
        m_why = QStringLiteral("squid did not start: %1 %2").arg(QString::fromLocal8Bit(m_squid.readAll().right(400)), log().right(600));
    }
    ~SquidProxy()
    {
        for (QProcess* process : {&m_squid, &m_resolver}) {
            if (process->state() == QProcess::NotRunning)
                continue;
            process->terminate();  // squid: SIGTERM, shutdown_lifetime 0
            if (!process->waitForFinished(5000)) {
                process->kill();
                process->waitForFinished(2000);
            }
        }
    }
    bool available() const { return m_ready; }
    QString whyNot() const { return m_why; }
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }
    QString log() const { return read("cache.log") + read("access.log"); }
    static bool bumpSupported()
    {
        QProcess version;
        version.start(QLatin1String(kSquid), {"-v"});
        version.waitForFinished(10000);
        return version.readAllStandardOutput().contains("--with-openssl") &&
               QFileInfo::exists(QStringLiteral("%1/security_file_certgen").arg(QLatin1String(kHelpers)));
    }

private:
    QString file(const QString& name) const { return m_dir.filePath(name); }
    void write(const QString& name, const QByteArray& bytes) const
    {
        QFile out(file(name));
        if (out.open(QIODevice::WriteOnly))
            out.write(bytes);
    }
    QString read(const QString& name) const
    {
        QFile in(file(name));
        return in.open(QIODevice::ReadOnly) ? QString::fromUtf8(in.readAll()) : QString();
    }
    static bool run(const QString& program, const QStringList& arguments)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments);
        return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }
    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }
    bool startResolver()
    {
        m_resolver.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(MARS_SOURCE_DIR "/tests/support/nxdomain_dns.py"), m_dnsAddress});
        if (m_resolver.waitForReadyRead(10000) && m_resolver.readLine().trimmed() == "ready")
            return true;
        m_why = QStringLiteral("the test's resolver for squid did not start: %1").arg(QString::fromLocal8Bit(m_resolver.readAllStandardError().left(300)));
        return false;
    }
    void chownAll(uid_t uid, gid_t gid) const
    {
        const QByteArray top = QFile::encodeName(m_dir.path());
        [[maybe_unused]] const int ignored = chown(top.constData(), uid, gid);
        QDir dir(m_dir.path());
        for (const QFileInfo& entry : dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
            const QByteArray path = QFile::encodeName(entry.filePath());
            [[maybe_unused]] const int result = chown(path.constData(), uid, gid);
            if (entry.isDir())
                for (const QFileInfo& inner : QDir(entry.filePath()).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
                    const QByteArray innerPath = QFile::encodeName(inner.filePath());
                    [[maybe_unused]] const int innerResult = chown(innerPath.constData(), uid, gid);
                }
        }
    }

    QTemporaryDir m_dir;
    QProcess m_squid;
    QProcess m_resolver;
    QString m_dnsAddress;
    quint16 m_port = 0;
    bool m_ready = false;
    QString m_why;
};

}  // namespace mars::test
