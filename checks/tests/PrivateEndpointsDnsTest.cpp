// The private-endpoint check through the operating system's own resolver (getaddrinfo, via QHostInfo), answered by
// Debian's dnsmasq on loopback. The process isolates itself before anything else runs: a network namespace of its
// own (loopback only) and a mount namespace whose /etc/resolv.conf names that dnsmasq, so neither the machine's DNS
// nor its files are touched. Without root, unshare or dnsmasq, every case reports skipped with the reason.
#define CATCH_CONFIG_RUNNER
#include "checks/network/NameResolver.h"
#include "checks/registration/PrivateEndpointsCheck.h"
#include "checks/TypedIds.h"

#include "tests/support/CatchQt.h"
#include "tests/support/Skip.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include <net/if.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace mars;

namespace {

constexpr const char* kDnsmasq = "/usr/sbin/dnsmasq";
std::string g_notIsolated;  // why the process could not isolate itself; empty: it did
std::string g_resolvConf, g_hosts;

std::string failed(const char* step)
{
    return std::string(step) + ": " + std::strerror(errno);
}

bool writeFile(std::string& path, const char* text)
{
    char name[] = "/tmp/mars-pe-XXXXXX";
    const int fd = mkstemp(name);
    if (fd < 0)
        return false;
    const bool ok = write(fd, text, std::strlen(text)) == ssize_t(std::strlen(text));
    close(fd);
    path = name;
    return ok;
}

// Single-threaded still (before Qt and Catch start): unshare refuses a process with threads.
std::string isolate()
{
    if (geteuid() != 0)
        return "needs root for its own network and mount namespaces (scripts/test.sh runs the tests as root)";
    if (unshare(CLONE_NEWNS | CLONE_NEWNET) != 0)
        return failed("unshare(CLONE_NEWNS | CLONE_NEWNET)");
    if (mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        return failed("making the mounts private");
    const int sock = socket(AF_INET, SOCK_DGRAM, 0);
    ifreq loopback{};
    std::strncpy(loopback.ifr_name, "lo", IFNAMSIZ - 1);
    const bool up = sock >= 0 && ioctl(sock, SIOCGIFFLAGS, &loopback) == 0 && ((loopback.ifr_flags |= IFF_UP), ioctl(sock, SIOCSIFFLAGS, &loopback) == 0);
    if (sock >= 0)
        close(sock);
    if (!up)
        return failed("bringing loopback up");
    if (!writeFile(g_resolvConf, "nameserver 127.0.0.1\noptions attempts:1 timeout:2\n") || !writeFile(g_hosts, "127.0.0.1 localhost\n::1 localhost\n"))
        return failed("writing resolv.conf and hosts");
    if (mount(g_resolvConf.c_str(), "/etc/resolv.conf", nullptr, MS_BIND, nullptr) != 0)
        return failed("bind-mounting /etc/resolv.conf");
    if (mount(g_hosts.c_str(), "/etc/hosts", nullptr, MS_BIND, nullptr) != 0)
        return failed("bind-mounting /etc/hosts");
    return {};
}

// dnsmasq in the foreground on 127.0.0.1:53, answering from these records only (no upstream, no files of the system's).
class LoopbackDns {
public:
    explicit LoopbackDns(const QStringList& records)
    {
        QStringList arguments = {"-k", "-C", "/dev/null", "--no-resolv", "--no-hosts", "--no-poll", "--listen-address=127.0.0.1",
                                 "--bind-interfaces", "--port=53", "--user=root", "--pid-file", "--log-facility=-"};
        arguments += records;
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QString::fromLatin1(kDnsmasq), arguments);
        QByteArray said;
        while (m_process.waitForReadyRead(5000)) {
            said += m_process.readAll();
            if (said.contains("started,"))
                return;
        }
        m_why = QStringLiteral("dnsmasq did not start: ") + QString::fromUtf8(said + m_process.readAll()).left(400);
    }
    ~LoopbackDns()
    {
        m_process.terminate();
        m_process.waitForFinished(3000);
    }
    QString why() const { return m_why; }

private:
    QProcess m_process;
    QString m_why;
};

const QString kBackup = QStringLiteral("4418317637183488124-ab-pod01-fc1.ne.backup.windowsazure.com");
const QString kBlob = QStringLiteral("ab12ecsdata.blob.core.windows.net");
const QString kQueue = QStringLiteral("ab12ecsdata.queue.core.windows.net");

// As Azure's public DNS does it: the service's name is a CNAME into its privatelink zone; the private zone (here,
// dnsmasq's records) answers with the endpoint's address, or, where it has no record, the public one comes back.
QStringList records(const QString& queueAddress)
{
    auto cname = [](const QString& name) {
        QString privateName = name;
        privateName.replace(QStringLiteral(".blob."), QStringLiteral(".privatelink.blob."))
            .replace(QStringLiteral(".queue."), QStringLiteral(".privatelink.queue."))
            .replace(QStringLiteral(".ne.backup."), QStringLiteral(".privatelink.ne.backup."));
        return std::pair{privateName, QStringLiteral("--cname=%1,%2").arg(name, privateName)};
    };
    const auto [backupPrivate, backupAlias] = cname(kBackup);
    const auto [blobPrivate, blobAlias] = cname(kBlob);
    const auto [queuePrivate, queueAlias] = cname(kQueue);
    return {QStringLiteral("--host-record=%1,10.10.0.4").arg(backupPrivate), backupAlias,
            QStringLiteral("--host-record=%1,10.10.0.5").arg(blobPrivate), blobAlias,
            QStringLiteral("--host-record=%1,%2").arg(queuePrivate, queueAddress), queueAlias,
            QStringLiteral("--host-record=login.microsoftonline.com,20.190.151.7")};
}

CheckContext privateContext(const QList<PrivateEndpointName>& names)
{
    CloudProfile profile = *CloudProfiles::find(QStringLiteral("public"));
    profile.id = QStringLiteral("contoso-private");
    profile.privateEndpoints.used = true;
    profile.privateEndpoints.names = names;
    CheckContext context;
    context.inputs.cloudId = profile.id;
    context.inputs.customProfile = profile;
    context.inputs.network.stageTimeoutMs = 8000;
    return context;
}

#define REQUIRE_ISOLATED_DNS(dns)                                  \
    if (!g_notIsolated.empty())                                    \
        MARS_SKIP(g_notIsolated);                                  \
    if (!QFileInfo::exists(QLatin1String(kDnsmasq)))               \
        MARS_SKIP("dnsmasq is not installed (Debian package dnsmasq-base; scripts/deps.sh)"); \
    if (!(dns).why().isEmpty())                                    \
        MARS_SKIP((dns).why().toStdString())

}  // namespace

TEST_CASE("through the OS resolver: a name whose privatelink record is public fails, naming its zone", "[private-endpoints][dns]")
{
    LoopbackDns dns(records(QStringLiteral("20.60.40.4")));
    REQUIRE_ISOLATED_DNS(dns);
    const CheckResult result = PrivateEndpointsCheck(systemNameResolver())
                                   .run(privateContext({{"backup-service", kBackup}, {"blob", kBlob}, {"queue", kQueue}}));
    INFO(renderAll(result.evidence).join('\n').toStdString());
    CHECK(result.status == Status::Fail);
    CHECK(result.finding == findingOf<PrivateEndpointsCheck>(PrivateEndpointsCheck::Code::PublicAddress));
    CHECK(result.summary.render().contains("privatelink.queue.core.windows.net"));
    CHECK_FALSE(result.summary.render().contains("privatelink.blob"));
    const QString evidence = renderAll(result.evidence).join('\n');
    CHECK(evidence.contains(kBackup + " (backup-service): resolved to 10.10.0.4: private."));
    CHECK(evidence.contains(kBlob + " (blob): resolved to 10.10.0.5: private."));
    CHECK(evidence.contains(kQueue + " (queue): resolved to 20.60.40.4, not a private address"));
    CHECK(evidence.contains("login.microsoftonline.com (Entra ID sign-in): resolved to 20.190.151.7: public"));
}

TEST_CASE("through the OS resolver: every name private passes", "[private-endpoints][dns]")
{
    LoopbackDns dns(records(QStringLiteral("10.10.0.6")));
    REQUIRE_ISOLATED_DNS(dns);
    const CheckResult result = PrivateEndpointsCheck(systemNameResolver())
                                   .run(privateContext({{"backup-service", kBackup}, {"blob", kBlob}, {"queue", kQueue}}));
    INFO(renderAll(result.evidence).join('\n').toStdString());
    CHECK(result.status == Status::Pass);
    CHECK(result.finding == findingOf<PrivateEndpointsCheck>(PrivateEndpointsCheck::Code::AllPrivate));
    CHECK(result.facts.value("names").toArray()[2].toObject().value("addresses").toArray() == QJsonArray{"10.10.0.6"});
}

TEST_CASE("through the OS resolver: a name the DNS server does not know fails as DNS, naming its zone", "[private-endpoints][dns]")
{
    LoopbackDns dns(records(QStringLiteral("10.10.0.6")));
    REQUIRE_ISOLATED_DNS(dns);
    const QString unknown = QStringLiteral("cd34protdata.blob.core.windows.net");
    const CheckResult result = PrivateEndpointsCheck(systemNameResolver()).run(privateContext({{"backup-service", kBackup}, {"blob", unknown}}));
    INFO(renderAll(result.evidence).join('\n').toStdString());
    CHECK(result.status == Status::Fail);
    CHECK(result.finding == findingOf<PrivateEndpointsCheck>(PrivateEndpointsCheck::Code::NotResolved));
    CHECK(result.summary.render().contains("DNS"));
    CHECK(result.summary.render().contains("privatelink.blob.core.windows.net"));
    CHECK(renderAll(result.evidence).join('\n').contains(unknown + " (blob): not resolved: this computer's DNS gives no address for it"));
}

int main(int argc, char* argv[])
{
    bool listing = false;
    for (int i = 1; i < argc; ++i)
        listing = listing || std::strncmp(argv[i], "--list", 6) == 0;
    if (!listing)
        g_notIsolated = isolate();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    const int result = mars::test::runResult(Catch::Session().run(argc, argv));
    for (const std::string& path : {g_resolvConf, g_hosts})
        if (!path.empty())
            unlink(path.c_str());
    return result;
}
