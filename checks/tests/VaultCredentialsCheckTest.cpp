// The vault credentials check, on files the test makes for every verdict (tests/support/VaultFiles.h), with the
// system's certificate code (OpenSSL here) and a fake for what only Windows or an installed agent can say.
#include "checks/Catalog.h"
#include "checks/CheckSession.h"
#include "checks/registration/VaultCredentialsCheck.h"
#include "checks/secret/PassphraseStore.h"
#include "checks/TypedIds.h"
#include "tests/support/CatchQt.h"
#include "tests/support/FakePlatform.h"
#include "tests/support/FakeVaultEnvironment.h"
#include "tests/support/TempFolderQt.h"
#include "tests/support/VaultFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <ctime>
#include <optional>

#ifndef _WIN32
#include <sys/stat.h>
#endif

using namespace mars;
using namespace mars::test;

namespace {

struct VaultWorld {
    std::shared_ptr<FakePlatform> platform = std::make_shared<FakePlatform>();
    std::shared_ptr<FakeVaultEnvironment> environment = std::make_shared<FakeVaultEnvironment>();
    TempFolderQt folder;

    QString write(const QByteArray& bytes, const QString& name = QStringLiteral("contoso-vault.VaultCredentials")) const
    {
        const QString path = folder.file(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return path;
    }
    CheckResult run(const QString& path, const QString& cloud = QStringLiteral("china"), std::optional<double> clockOffset = {}) const
    {
        CheckContext context;
        context.inputs.cloudId = cloud;
        context.inputs.vaultCredentials = path;
        context.measured.clockOffsetSeconds = clockOffset;
        return VaultCredentialsCheck(platform, nullptr, environment).run(context);
    }
};

QString allText(const CheckResult& result)
{
    QStringList lines{result.summary.render(TextRenderer())};
    lines << renderAll(result.evidence, TextRenderer());
    for (const auto& fix : result.fixes)
        lines << fix->plan().render(TextRenderer());
    lines << QString::fromUtf8(QJsonDocument(result.facts).toJson());
    return lines.join(QLatin1Char('\n'));
}

bool offers(const CheckResult& result, const char* fixId)
{
    for (const auto& fix : result.fixes)
        if (fix->id() == QLatin1String(fixId))
            return true;
    return false;
}

QStringList problems(const CheckResult& result)
{
    QStringList list;
    for (const QJsonValue& value : result.facts[QStringLiteral("problems")].toArray())
        list << value.toString();
    return list;
}

QByteArray withCertificate(long notBefore, long notAfter)
{
    VaultFileFields fields;
    fields.certificateBase64 = makeTestCertificate(notBefore, notAfter).pfx.toBase64();
    return vaultFileXml(fields);
}

}  // namespace

TEST_CASE("a good file passes and names its vault, region and masked subscription", "[vault]")
{
    VaultWorld world;
    const CheckResult result = world.run(world.write(vaultFileXml()));
    INFO(allText(result).toStdString());
    CHECK(result.status == Status::Pass);
    CHECK(result.summary.render(TextRenderer()).contains(QLatin1String("contoso-vault")));
    const QString text = allText(result);
    CHECK(text.contains(QLatin1String("backup-rg")));
    CHECK(text.contains(QLatin1String("1a2b3c4d-****-****-****-********6666")));
    CHECK_FALSE(text.contains(QLatin1String("1111-2222-3333")));
    CHECK(result.facts[QStringLiteral("backupHost")] == QStringLiteral("pod01-rec2.bjb2.backup.windowsazure.cn"));
    CHECK(result.facts[QStringLiteral("fileCloud")] == QStringLiteral("china"));
    CHECK(offers(result, "test-sign-in"));
    // Nothing of the certificate's secret half, in any form.
    CHECK_FALSE(text.contains(QString::fromLatin1(defaultPfxBase64().mid(100, 40))));
}

TEST_CASE("no file chosen yet is a warning that says where to get one", "[vault]")
{
    VaultWorld world;
    const CheckResult result = world.run(QString());
    CHECK(result.status == Status::Warning);
    CHECK(allText(result).contains(QLatin1String("Backup credentials")));
}

TEST_CASE("every bad file fails with its own cause", "[vault]")
{
    VaultWorld world;
    VaultFileFields otherAuthority;
    otherAuthority.aadAuthority = QStringLiteral("https://login.attacker.example");
    VaultFileFields notBase64;
    notBase64.certificateBase64 = "%%% not base64 %%%";
    VaultFileFields notPfx;
    notPfx.certificateBase64 = QByteArray("not a PFX").toBase64();
    const QByteArray older = "<BackupVaultCreds xmlns=\"http://schemas.datacontract.org/2004/07/Microsoft.Azure.Portal.RecoveryServices.Models.Common\">"
                             "<ResourceName>old</ResourceName><AcsNamespace>acs</AcsNamespace></BackupVaultCreds>";
    const QByteArray laughs = "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                              "<RSBackupVaultAADCreds><ResourceName>&b;</ResourceName></RSBackupVaultAADCreds>";
    struct Case {
        const char* name;
        QString path;
        const char* problem;
        Status status;
    };
    const std::vector<Case> cases = {
        {"expired", world.write(withCertificate(-12 * 86400, -2 * 86400), "expired.VaultCredentials"), "expired", Status::Fail},
        {"not yet valid", world.write(withCertificate(3 * 3600, 10 * 86400), "future.VaultCredentials"), "not-yet-valid", Status::Fail},
        {"renamed to .xml", world.write(vaultFileXml(), "contoso-vault.xml"), "extension", Status::Fail},
        {"older shape", world.write(older, "older.VaultCredentials"), "older-shape", Status::Fail},
        {"damaged", world.write(vaultFileXml().left(900), "damaged.VaultCredentials"), "damaged", Status::Fail},
        {"billion laughs", world.write(laughs, "laughs.VaultCredentials"), "damaged", Status::Fail},
        {"empty", world.write(QByteArray(), "empty.VaultCredentials"), "damaged", Status::Fail},
        {"2 MiB", world.write(QByteArray(2 * 1024 * 1024, ' '), "big.VaultCredentials"), "too-large", Status::Fail},
        {"PFX not base64", world.write(vaultFileXml(notBase64), "notbase64.VaultCredentials"), "damaged", Status::Fail},
        {"base64 but not a PFX", world.write(vaultFileXml(notPfx), "notpfx.VaultCredentials"), "certificate", Status::Fail},
        {"unknown authority", world.write(vaultFileXml(otherAuthority), "authority.VaultCredentials"), "unknown-authority", Status::Fail},
        {"missing file", world.folder.file(QStringLiteral("gone.VaultCredentials")), "unreadable", Status::Fail},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        const CheckResult result = world.run(c.path);
        INFO(allText(result).toStdString());
        CHECK(result.status == c.status);
        CHECK(problems(result).contains(QLatin1String(c.problem)));
        CHECK_FALSE(result.summary.isEmpty());
    }
    const CheckResult expired = world.run(cases[0].path);
    const QString text = expired.summary.render(TextRenderer());
    CHECK(text.contains(QLatin1String("10 days")));
    CHECK(text.contains(QLatin1String("48 hours")));
    CHECK(world.run(cases[1].path).summary.render(TextRenderer()).contains(QLatin1String("clock is behind")));
}

TEST_CASE("a file on a network share fails and offers to copy it here, atomically, for the user only", "[vault]")
{
    VaultWorld world;
    world.environment->location = {platform::FileLocation::Kind::Network, "UNC path"};
    const QString path = world.write(vaultFileXml());
    const CheckResult result = world.run(path);
    CHECK(result.status == Status::Fail);
    CHECK(problems(result).contains(QLatin1String("network-path")));
    REQUIRE(offers(result, "copy-to-this-computer"));
    std::shared_ptr<const Fix> copy;
    for (const auto& fix : result.fixes)
        if (fix->id() == QLatin1String("copy-to-this-computer"))
            copy = fix;
    CHECK(copy->plan().render(TextRenderer()).contains(QDir::toNativeSeparators(VaultCredentialsCheck::localCopyFolder())));
    FixProgress progress;
    const FixOutcome outcome = copy->apply(CheckContext(), progress);
    REQUIRE(outcome.ok());
    CHECK(outcome.changedInputs == Input::VaultCredentials);
    REQUIRE(outcome.changeContext);
    CheckContext changed;
    outcome.changeContext(changed);
    const QString copyPath = changed.inputs.vaultCredentials;
    REQUIRE_FALSE(copyPath.isEmpty());
    CHECK(copyPath.startsWith(VaultCredentialsCheck::localCopyFolder()));
    QFile copied(copyPath);
    REQUIRE(copied.open(QIODevice::ReadOnly));
    CHECK(copied.readAll() == vaultFileXml());
    CHECK(copied.permissions() == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    QFile::remove(copyPath);
}

TEST_CASE("a file for another cloud warns and offers to use that cloud, and the session switches and re-runs", "[vault]")
{
    VaultWorld world;
    VaultFileFields fields;
    fields.aadAuthority = QStringLiteral("https://login.microsoftonline.us");
    fields.idMgmtRestEndpoint = QStringLiteral("https://pod01-id1.ugv.backup.windowsazure.us");
    fields.location = QStringLiteral("usgovvirginia");
    const QString path = world.write(vaultFileXml(fields));
    const CheckResult result = world.run(path);
    CHECK(result.status == Status::Warning);
    CHECK(problems(result).contains(QLatin1String("other-cloud")));
    CHECK(result.facts[QStringLiteral("backupHost")] == QStringLiteral("pod01-rec2.ugv.backup.windowsazure.us"));
    REQUIRE(offers(result, "use-file-cloud"));

    CheckSession session;
    for (const CheckSpec& spec : checkCatalog())
        if (spec.idText() == id<VaultCredentialsCheck>())
            session.addCheck(spec, std::make_shared<VaultCredentialsCheck>(world.platform, nullptr, world.environment));
    CheckContext context;
    context.inputs.vaultCredentials = path;
    session.setContext(context);
    int contextChanges = 0;
    QObject::connect(&session, &CheckSession::contextChanged, [&] { ++contextChanges; });
    session.run(id<VaultCredentialsCheck>());
    REQUIRE(QTest::qWaitFor([&] { return !session.isBusy(); }, 10000));
    session.applyFix(id<VaultCredentialsCheck>(), QStringLiteral("use-file-cloud"));
    REQUIRE(QTest::qWaitFor([&] { return !session.isBusy() && !session.fixHistory().isEmpty() && session.runCount(id<VaultCredentialsCheck>()) == 2; }, 10000));
    REQUIRE(QTest::qWaitFor([&] { return !session.isBusy(); }, 10000));
    CHECK(session.context().inputs.cloudId == QStringLiteral("usgov"));
    CHECK(contextChanges == 1);
    CHECK(session.result(id<VaultCredentialsCheck>()).status == Status::Pass);
}

TEST_CASE("an older agent and a registration to another vault fail with their error numbers", "[vault]")
{
    VaultWorld world;
    const QString path = world.write(vaultFileXml());
    world.environment->agent.applicable = true;
    world.environment->agent.version = "2.0.9200.0";
    CheckResult result = world.run(path);
    CHECK(result.status == Status::Fail);
    CHECK(problems(result).contains(QLatin1String("agent-too-old")));
    CHECK(result.summary.render(TextRenderer()).contains(QLatin1String("2.0.9249.0")));

    world.environment->agent.version = "2.0.9262.0";
    CHECK(world.run(path).status == Status::Pass);
}

namespace {
platform::RegisteredVault recordedVault(const std::string& subscription, const std::string& group, const std::string& name)
{
    return platform::judgeRegisteredVault(
        {{"ResourceId", {platform::RecordedValue::State::Read,
                         "/subscriptions/" + subscription + "/resourceGroups/" + group + "/providers/Microsoft.RecoveryServices/vaults/" + name, {}}}});
}
}  // namespace

// The vault the agent recorded at its registration against the file's (issue: error 100110). The file is for
// contoso-vault in backup-rg of subscription 1a2b3c4d-… (tests/support/VaultFiles.h).
TEST_CASE("a server registered to another vault is a warning naming both, error 100110, and what moving means", "[vault][registered-vault]")
{
    VaultWorld world;
    const QString path = world.write(vaultFileXml());
    world.platform->registration.applicable = true;
    const std::string subscription = "1a2b3c4d-1111-2222-3333-444455556666";

    world.platform->registration.vault = recordedVault(subscription, "backup-rg", "fabrikam-vault");
    CheckResult result = world.run(path);
    const QString summary = result.summary.render(TextRenderer());
    INFO(summary.toStdString());
    CHECK(result.status == Status::Warning);
    CHECK(result.finding == findingOf<VaultCredentialsCheck>(VaultCredentialsCheck::Code::OtherVault));
    CHECK(summary.contains(QLatin1String("contoso-vault")));
    CHECK(summary.contains(QLatin1String("fabrikam-vault")));
    CHECK(summary.contains(QLatin1String("100110")));
    CHECK(summary.contains(QLatin1String("passphrase")));  // not a check id
    CHECK(summary.contains(QLatin1String("backups")));
    CHECK(result.facts.value(QStringLiteral("registeredVault")).toString() == "fabrikam-vault");

    // The same name in another resource group, or another subscription, is another vault too.
    world.platform->registration.vault = recordedVault(subscription, "other-rg", "contoso-vault");
    CHECK(world.run(path).finding == findingOf<VaultCredentialsCheck>(VaultCredentialsCheck::Code::OtherVault));
    world.platform->registration.vault = recordedVault("99999999-1111-2222-3333-444455556666", "backup-rg", "contoso-vault");
    CHECK(world.run(path).finding == findingOf<VaultCredentialsCheck>(VaultCredentialsCheck::Code::OtherVault));

    // The same vault, in another case: a pass, and said.
    world.platform->registration.vault = recordedVault(subscription, "Backup-RG", "Contoso-Vault");
    result = world.run(path);
    CHECK(result.status == Status::Pass);
    CHECK(allText(result).contains(QLatin1String("registered to this file's vault, Contoso-Vault")));

    // Not registered yet: said, and no warning.
    world.platform->registration.vault = {};
    result = world.run(path);
    CHECK(result.status == Status::Pass);
    CHECK(allText(result).contains(QLatin1String("not registered to a vault yet")));

    // A record that cannot be trusted is never a pass on the question.
    world.platform->registration.vault = platform::judgeRegisteredVault(
        {{"ServiceResourceName", {platform::RecordedValue::State::Read, "contoso-vault", {}}}});
    result = world.run(path);
    CHECK(result.status == Status::Warning);
    CHECK(result.finding == findingOf<VaultCredentialsCheck>(VaultCredentialsCheck::Code::RegistrationUnreadable));
    CHECK(result.summary.render(TextRenderer()).contains(QLatin1String("half-written")));
}

// Its speed is no wall-clock test's to judge on a shared machine: the vault file fuzzer holds every input to its time
// limit (tests/fuzz/FuzzTiming.h). Here: a file at the size limit is checked whole, not refused as too large.
TEST_CASE("a file at the size limit is checked whole", "[vault]")
{
    VaultWorld world;
    QByteArray xml = vaultFileXml();
    xml.replace("<AgentLinks>", "<Padding>" + QByteArray(VaultFileParser::kMaxBytes - xml.size() - 40, 'x') + "</Padding><AgentLinks>");
    REQUIRE(xml.size() <= VaultFileParser::kMaxBytes);
    const CheckResult result = world.run(world.write(xml));
    INFO(allText(result).toStdString());
    CHECK(result.status == Status::Pass);
    CHECK_FALSE(problems(result).contains(QLatin1String("too-large")));
}

TEST_CASE("subscriptions are masked in the middle, and versions compare by number", "[vault]")
{
    CHECK(VaultCredentialsCheck::maskSubscription(QStringLiteral("1a2b3c4d-1111-2222-3333-444455556666")) == QStringLiteral("1a2b3c4d-****-****-****-********6666"));
    CHECK(VaultCredentialsCheck::maskSubscription(QStringLiteral("short")) == QStringLiteral("*****"));
    CHECK(VaultCredentialsCheck::compareVersions(QStringLiteral("2.0.9249.0"), QStringLiteral("2.0.10000.0")) < 0);
    CHECK(VaultCredentialsCheck::compareVersions(QStringLiteral("2.0.9249.0"), QStringLiteral("2.0.9249.0")) == 0);
    CHECK(VaultCredentialsCheck::compareVersions(QStringLiteral("2.1"), QStringLiteral("2.0.9999.9")) > 0);
}

TEST_CASE("the vault's region gives the backup-service host the endpoint check tests, for the file's own cloud only", "[vault]")
{
    VaultWorld world;
    VaultFileSource source;
    const VaultFileRead read = source.read(world.write(vaultFileXml()));
    CHECK(regionalBackupHost(read, QStringLiteral("china")) == QStringLiteral("pod01-rec2.bjb2.backup.windowsazure.cn"));
    // The checks are set for another cloud: no guess from this file.
    CHECK(regionalBackupHost(read, QStringLiteral("public")).isEmpty());
    VaultFileFields unknownRegion;
    unknownRegion.location = QStringLiteral("moonbase1");
    const VaultFileRead moon = source.read(world.write(vaultFileXml(unknownRegion), QStringLiteral("moon.VaultCredentials")));
    CHECK(moon.credentials());
    CHECK(regionalBackupHost(moon, QStringLiteral("china")).isEmpty());  // the profile's DNS suffix test stays
    CHECK(regionalBackupHost(VaultFileRead(), QStringLiteral("china")).isEmpty());  // no file
}

TEST_CASE("the file's dates are judged by the clock check's measured time when there is one", "[vault][clock]")
{
    VaultWorld world;
    // Valid from 3 hours from now by this computer's clock: the clock is 4 hours behind, so by the true time it is valid.
    const QString future = world.write(withCertificate(3 * 3600, 10 * 86400), "future.VaultCredentials");
    const CheckResult byLocalClock = world.run(future);
    CHECK(problems(byLocalClock).contains(QLatin1String("not-yet-valid")));
    const CheckResult byMeasuredTime = world.run(future, QStringLiteral("china"), 4 * 3600.0);
    INFO(allText(byMeasuredTime).toStdString());
    CHECK_FALSE(problems(byMeasuredTime).contains(QLatin1String("not-yet-valid")));
    CHECK(allText(byMeasuredTime).contains(QLatin1String("this computer's clock is 4 h behind")));
    CHECK(byMeasuredTime.facts.value(QStringLiteral("clockOffsetSeconds")).toDouble() == 4 * 3600.0);

    // Expired an hour ago by this computer's clock, which is 2 hours ahead: by the true time it is still valid.
    const QString recent = world.write(withCertificate(-5 * 86400, -3600), "recent.VaultCredentials");
    CHECK(problems(world.run(recent)).contains(QLatin1String("expired")));
    const CheckResult corrected = world.run(recent, QStringLiteral("china"), -2 * 3600.0);
    CHECK_FALSE(problems(corrected).contains(QLatin1String("expired")));
    CHECK(allText(corrected).contains(QLatin1String("this computer's clock is 2 h ahead")));
    // Still not valid even by the true time: a new file is needed, the clock is not blamed.
    const CheckResult stillFuture = world.run(future, QStringLiteral("china"), 600.0);
    CHECK(stillFuture.summary.render(TextRenderer()).contains(QLatin1String("even by the measured time")));
}
