// The vault credentials file is read and parsed once for the three checks of a run that use it (vault/VaultFileSource.h),
// again when the opened file is another version, never through a link; its certificate lives no longer than the
// checks that read it.
#include "checks/Catalog.h"
#include "checks/CheckSession.h"
#include "checks/registration/EndpointsCheck.h"
#include "checks/registration/PrivateEndpointsCheck.h"
#include "checks/registration/VaultCredentialsCheck.h"
#include "checks/secret/PassphraseStore.h"
#include "checks/vault/VaultFileSource.h"
#include "tests/support/CatchQt.h"
#include "tests/support/FakeNameResolver.h"
#include "tests/support/FakePlatform.h"
#include "tests/support/FakeVaultEnvironment.h"
#include "tests/support/LoopbackHttpServer.h"
#include "tests/support/Probes.h"
#include "tests/support/Skip.h"
#include "tests/support/TempFolderQt.h"
#include "tests/support/VaultFiles.h"

#include <QFile>
#include <QTest>

#include <chrono>
#include <filesystem>
#include <thread>

#ifndef _WIN32
#include <unistd.h>
#endif

using namespace mars;
using namespace mars::test;

namespace {

const QString kPrivateBackup = QStringLiteral("123-ab-pod01-fc1.privatelink.bjb2.backup.windowsazure.cn");

void write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray vaultIn(const QString& location)
{
    VaultFileFields fields;
    fields.location = location;
    return vaultFileXml(fields);
}

// The built-in China profile with its probes on loopback (no backup-service probe: the regional host would be
// looked up in real DNS) and private endpoints in use: all three checks read the vault file.
CheckContext contextFor(const QString& vaultPath, const LoopbackHttpServer& ncsi)
{
    CloudProfile profile = *CloudProfiles::find(QStringLiteral("china"));
    profile.probes = {ncsiProbe(ncsi.url("/ncsi.txt"))};
    profile.privateEndpoints.used = true;
    profile.privateEndpoints.names = {{"backup-service", kPrivateBackup}};
    CheckContext context;
    context.inputs.customProfile = profile;  // the same id as the built-in: profileFor takes it while chosen
    context.inputs.vaultCredentials = vaultPath;
    context.inputs.network.stageTimeoutMs = 2000;
    return context;
}

const CheckSpec& specOf(const char* id)
{
    const auto& catalog = checkCatalog();
    const auto entry = std::find_if(catalog.begin(), catalog.end(), [id](const CheckSpec& spec) { return QLatin1String(spec.id) == QLatin1String(id); });
    REQUIRE(entry != catalog.end());
    return *entry;
}

}  // namespace

TEST_CASE("the three checks of a run parse the vault file once and name the same version, and its certificate goes with them", "[vault][vault-source][session]")
{
    TempFolderQt folder;
    const QString path = folder.file(QStringLiteral("contoso.VaultCredentials"));
    write(path, vaultFileXml());
    LoopbackHttpServer ncsi([](const std::string&) { return LoopbackHttpServer::reply(200, "OK", "Microsoft NCSI"); });

    auto source = std::make_shared<VaultFileSource>();
    auto resolver = std::make_shared<FakeNameResolver>();
    resolver->answers = {{kPrivateBackup, {"10.10.0.4"}}};
    CheckServices services{std::make_shared<FakePlatform>(), std::make_shared<PassphraseStore>(), nullptr, std::make_shared<FakeVaultEnvironment>()};
    services.nameResolver = resolver;
    services.vaultFile = source;
    CheckSession session;
    session.setContext(contextFor(path, ncsi));
    holdVaultFileWhileRunning(session, source);  // as addAllChecks does
    const char* ids[] = {EndpointsCheck::kId, PrivateEndpointsCheck::kId, VaultCredentialsCheck::kId};
    for (const char* id : ids)
        session.addCheck(specOf(id), specOf(id).make(services));
    const QString vault = QString::fromLatin1(VaultCredentialsCheck::kId);
    session.runAll();
    REQUIRE(QTest::qWaitFor([&] { return !session.isBusy(); }, 30000));

    CHECK(source->parses() == 1);
    const CheckResult vaultResult = session.result(vault);
    INFO(vaultResult.summary.render().toStdString());
    CHECK(vaultResult.status == Status::Pass);  // the certificate it shared was imported and judged
    const QString version = vaultResult.facts[QStringLiteral("fileVersion")].toString();
    CHECK(version.size() == 12);
    CHECK(session.result(QString::fromLatin1(EndpointsCheck::kId)).facts[QStringLiteral("vaultFileVersion")].toString() == version);
    CHECK(session.result(QString::fromLatin1(PrivateEndpointsCheck::kId)).facts[QStringLiteral("vaultFileVersion")].toString() == version);
    // No check runs: the certificate and its private key are wiped.
    CHECK_FALSE(source->holdsCertificate());
}

TEST_CASE("the certificate is not kept after the checks that read the file or their run end: a vault check alone later reads it again", "[vault][vault-source]")
{
    TempFolderQt folder;
    const QString path = folder.file(QStringLiteral("contoso.VaultCredentials"));
    write(path, vaultFileXml());
    LoopbackHttpServer ncsi([](const std::string&) { return LoopbackHttpServer::reply(200, "OK", "Microsoft NCSI"); });
    const CheckContext context = contextFor(path, ncsi);
    auto source = std::make_shared<VaultFileSource>();
    auto resolver = std::make_shared<FakeNameResolver>();
    resolver->answers = {{kPrivateBackup, {"10.10.0.4"}}};

    const CheckResult endpoints = EndpointsCheck(std::make_shared<FakePlatform>(), std::nullopt, source).run(context);
    const CheckResult privateEndpoints = PrivateEndpointsCheck(resolver, source).run(context);
    CHECK(source->parses() == 1);  // the second check took the first one's parse
    CHECK(endpoints.facts[QStringLiteral("vaultFileVersion")] == privateEndpoints.facts[QStringLiteral("vaultFileVersion")]);
    CHECK_FALSE(source->holdsCertificate());

    const CheckResult vault = VaultCredentialsCheck(std::make_shared<FakePlatform>(), nullptr, std::make_shared<FakeVaultEnvironment>(), source).run(context);
    CHECK(vault.status == Status::Pass);
    CHECK(source->parses() == 2);  // for the certificate, which nothing held any more
    CHECK(vault.facts[QStringLiteral("fileVersion")] == endpoints.facts[QStringLiteral("vaultFileVersion")]);  // the same version
    CHECK_FALSE(source->holdsCertificate());

    // The vault check first: the others share its parse, as in a run.
    const CheckResult again = EndpointsCheck(std::make_shared<FakePlatform>(), std::nullopt, source).run(context);
    CHECK(source->parses() == 2);
    CHECK(again.facts[QStringLiteral("vaultFileVersion")] == vault.facts[QStringLiteral("fileVersion")]);

    // While a session runs checks, the certificate stays for the vault check of that run, then goes. A new version,
    // so that the endpoint check reads it first.
    write(path, vaultIn(QStringLiteral("chinaeast2")));
    source->holdCertificateForRun(true);
    CHECK(EndpointsCheck(std::make_shared<FakePlatform>(), std::nullopt, source).run(context).status == Status::Pass);
    CHECK(source->parses() == 3);  // the endpoint check of the run read it first, the certificate with it
    CHECK(source->holdsCertificate());
    CHECK(VaultCredentialsCheck(std::make_shared<FakePlatform>(), nullptr, std::make_shared<FakeVaultEnvironment>(), source).run(context).status ==
          Status::Pass);
    CHECK(source->parses() == 3);
    source->holdCertificateForRun(false);
    CHECK_FALSE(source->holdsCertificate());
}

TEST_CASE("a vault file changed between two runs is parsed again: rewritten under the same name, or another file renamed over it with the same size and write time", "[vault][vault-source]")
{
    namespace fs = std::filesystem;
    TempFolderQt folder;
    const QString path = folder.file(QStringLiteral("contoso.VaultCredentials"));
    VaultFileSource source;
    write(path, vaultIn(QStringLiteral("chinanorth2")));
    const VaultFileRead first = source.read(path);
    REQUIRE(first.credentials());
    CHECK(source.read(path).version == first.version);  // unchanged: the same parse
    CHECK(source.parses() == 1);

    write(path, vaultIn(QStringLiteral("chinaeast2")));  // other content, same name
    const VaultFileRead rewritten = source.read(path);
    CHECK(source.parses() == 2);
    REQUIRE(rewritten.credentials());
    CHECK(rewritten.credentials()->location == QStringLiteral("chinaeast2"));
    CHECK(rewritten.version->fingerprint != first.version->fingerprint);

    // Another file, of the same size and the same write time, renamed over it: only its inode (file index) tells it
    // apart. A whole second: MinGW's standard library sets write times to the second.
    const auto second = std::chrono::file_clock::from_sys(std::chrono::sys_seconds(std::chrono::seconds(1796634840)));
    fs::last_write_time(fs::path(path.toStdString()), second);
    const VaultFileRead timed = source.read(path);  // its write time changed: another version
    CHECK(source.parses() == 3);
    const QString other = folder.file(QStringLiteral("other.tmp"));
    write(other, vaultIn(QStringLiteral("chinaeast3")));
    REQUIRE(QFileInfo(other).size() == QFileInfo(path).size());
    fs::last_write_time(fs::path(other.toStdString()), second);
    fs::rename(fs::path(other.toStdString()), fs::path(path.toStdString()));
    const VaultFileRead replaced = source.read(path);
    CHECK(source.parses() == 4);
    REQUIRE(replaced.credentials());
    CHECK(replaced.credentials()->location == QStringLiteral("chinaeast3"));
    CHECK(replaced.version->identity.size == timed.version->identity.size);
    CHECK(replaced.version->identity.modified == timed.version->identity.modified);
    CHECK(replaced.version->identity.file != timed.version->identity.file);

#ifndef _WIN32
    // Rewritten in place to the same size with its write time set back: the inode's change time, which no program
    // can set, tells it apart.
    const auto written = fs::last_write_time(fs::path(path.toStdString()));
    write(path, vaultIn(QStringLiteral("chinaeast4")));
    fs::last_write_time(fs::path(path.toStdString()), written);
    const VaultFileRead touchedBack = source.read(path);
    CHECK(source.parses() == 5);
    REQUIRE(touchedBack.credentials());
    CHECK(touchedBack.credentials()->location == QStringLiteral("chinaeast4"));
    CHECK(touchedBack.version->identity.file == replaced.version->identity.file);
    CHECK(touchedBack.version->identity.modified == replaced.version->identity.modified);
#endif
}

TEST_CASE("a symlink in place of a vault file already parsed is refused, never read through to that parse", "[vault][vault-source]")
{
#ifdef _WIN32
    MARS_SKIP("making a symlink needs a privilege on Windows");
#else
    TempFolderQt folder;
    const QString real = folder.file(QStringLiteral("real.VaultCredentials"));
    const QString link = folder.file(QStringLiteral("link.VaultCredentials"));
    write(real, vaultFileXml());
    auto source = std::make_shared<VaultFileSource>();
    REQUIRE(source->read(real).credentials());
    REQUIRE(::symlink(real.toLocal8Bit().constData(), link.toLocal8Bit().constData()) == 0);

    const VaultFileRead read = source->read(link);
    CHECK(read.state == platform::FileRead::State::Refused);
    CHECK(read.reason.find("symbolic link") != std::string::npos);
    CHECK_FALSE(read.version);
    CHECK_FALSE(read.certificate);
    CHECK(regionalBackupHost(read, QStringLiteral("china")).isEmpty());
    CHECK(source->parses() == 1);

    CheckContext context;
    context.inputs.vaultCredentials = link;
    const CheckResult vault = VaultCredentialsCheck(std::make_shared<FakePlatform>(), nullptr, std::make_shared<FakeVaultEnvironment>(), source).run(context);
    CHECK(vault.finding == findingOf<VaultCredentialsCheck>(VaultCredentialsCheck::Code::Unreadable));
    CHECK(vault.summary.render().contains(QStringLiteral("symbolic link")));
#endif
}

TEST_CASE("readers on many threads at once share one parse of the vault file", "[vault][vault-source][race]")
{
    TempFolderQt folder;
    const QString path = folder.file(QStringLiteral("contoso.VaultCredentials"));
    write(path, vaultFileXml());
    VaultFileSource source;
    const auto readAll = [&](bool certificates) {
        std::atomic<int> good{0};
        std::vector<std::thread> readers;
        for (int t = 0; t < 8; ++t)
            readers.emplace_back([&] {
                for (int i = 0; i < 25; ++i) {
                    const VaultFileRead read = certificates && i % 2 ? source.readWithCertificate(path) : source.read(path);
                    const bool certificateGood = !(certificates && i % 2) || (read.certificate && !read.certificate->empty());
                    if (read.credentials() && read.credentials()->resourceName == QStringLiteral("contoso-vault") && certificateGood)
                        ++good;
                }
            });
        for (std::thread& reader : readers)
            reader.join();
        return good.load();
    };
    CHECK(readAll(false) == 8 * 25);
    CHECK(source.parses() == 1);  // the facts of one version are never parsed twice
    // Every reader that needs the certificate gets it, read again when no reader held it any more.
    CHECK(readAll(true) == 8 * 25);
    CHECK(source.parses() > 1);
    CHECK_FALSE(source.holdsCertificate());
}
