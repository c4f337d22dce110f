#include "checks/Catalog.h"
#include "checks/CheckSession.h"
#include "checks/network/NameResolver.h"
#include "checks/registration/PrivateEndpointsCheck.h"
#include "checks/registration/VaultCredentialsCheck.h"
#include "checks/TypedIds.h"
#include "checks/vault/VaultFileSource.h"

#include "tests/support/CatchQt.h"
#include "tests/support/FakeNameResolver.h"
#include "tests/support/ScriptedCheck.h"
#include "tests/support/TempFolderQt.h"
#include "tests/support/VaultFiles.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace mars;
using namespace mars::test;

namespace {

const QString kBackup = QStringLiteral("4418317637183488124-ab-pod01-fc1.ne.backup.windowsazure.com");
const QString kBlob = QStringLiteral("ab12ecsdata.blob.core.windows.net");
const QString kQueue = QStringLiteral("ab12ecsdata.queue.core.windows.net");
const QString kSignIn = QStringLiteral("login.microsoftonline.com");

// The built-in public profile, as a custom profile that says private endpoints are used and names the vault's names.
CheckContext contextWithNames(bool used = true, const QList<PrivateEndpointName>& names = {{"backup-service", kBackup}, {"blob", kBlob}, {"queue", kQueue}})
{
    CloudProfile profile = *CloudProfiles::find(QStringLiteral("public"));
    profile.id = QStringLiteral("contoso-private");
    profile.sourceFile = QStringLiteral("/profiles/contoso-private.json");
    profile.privateEndpoints.used = used;
    profile.privateEndpoints.names = names;
    CheckContext context;
    context.inputs.cloudId = profile.id;
    context.inputs.customProfile = profile;
    return context;
}

QStringList rendered(const Messages& messages)
{
    return renderAll(messages);
}

}  // namespace

TEST_CASE("addresses: only RFC 1918 and IPv6 unique-local count as a private endpoint's", "[private-endpoints]")
{
    for (const char* address : {"10.0.0.4", "172.16.0.1", "172.31.255.254", "192.168.1.5", "fd12:3456::5", "fc00::1", "::ffff:10.1.2.3"})
        CHECK(addressKind(QHostAddress(QString::fromLatin1(address))) == AddressKind::Private);
    for (const char* address : {"20.60.1.2", "172.32.0.1", "52.239.1.1", "2603:1030::5", "::ffff:20.1.2.3", "11.0.0.1"})
        CHECK(addressKind(QHostAddress(QString::fromLatin1(address))) == AddressKind::Public);
    for (const char* address : {"127.0.0.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1", "fe80::1", "224.0.0.1"})
        CHECK(addressKind(QHostAddress(QString::fromLatin1(address))) == AddressKind::Special);
}

TEST_CASE("every built-in profile carries its cloud's privatelink zones, and says which it could not confirm", "[private-endpoints][cloud]")
{
    const auto publicCloud = CloudProfiles::find(QStringLiteral("public"));
    const auto china = CloudProfiles::find(QStringLiteral("china"));
    const auto usgov = CloudProfiles::find(QStringLiteral("usgov"));
    REQUIRE((publicCloud && china && usgov));
    CHECK(publicCloud->privateEndpoints.zoneFor("backup-service", "ne") == "privatelink.ne.backup.windowsazure.com");
    CHECK(publicCloud->privateEndpoints.zoneFor("blob", {}) == "privatelink.blob.core.windows.net");
    CHECK(publicCloud->privateEndpoints.zoneFor("queue", {}) == "privatelink.queue.core.windows.net");
    CHECK(usgov->privateEndpoints.zoneFor("backup-service", "ugv") == "privatelink.ugv.backup.windowsazure.us");
    CHECK(usgov->privateEndpoints.zoneFor("blob", {}) == "privatelink.blob.core.usgovcloudapi.net");
    CHECK(usgov->privateEndpoints.zoneFor("queue", {}) == "privatelink.queue.core.usgovcloudapi.net");
    CHECK(china->privateEndpoints.zoneFor("backup-service", {}) == "privatelink.<geo>.backup.windowsazure.cn");
    CHECK(china->privateEndpoints.zoneFor("blob", {}) == "privatelink.blob.core.chinacloudapi.cn");
    CHECK(china->privateEndpoints.zoneFor("queue", {}) == "privatelink.queue.core.chinacloudapi.cn");
    CHECK(china->privateEndpoints.unconfirmedZones == QStringList{"backup-service"});
    CHECK(publicCloud->privateEndpoints.unconfirmedZones.isEmpty());
    for (const auto* profile : {&*publicCloud, &*china, &*usgov}) {
        CHECK_FALSE(profile->privateEndpoints.used);  // the user says so, in a profile of their own
        CHECK_FALSE(profile->privateEndpoints.zonesSource.english.isEmpty());
        CHECK_FALSE(profile->privateEndpoints.zonesSource.chinese.isEmpty());
    }
}

TEST_CASE("a profile's private endpoints are parsed and bad ones refused", "[private-endpoints][cloud]")
{
    const QByteArray head = R"({"id":"x","name":{"en":"X"},"allowList":["a.cn"],"timeServers":["t"],"probes":[],)";
    QString error;
    const auto good = CloudProfiles::parse(head + R"("privateEndpoints":{"used":true,"zones":{"blob":"privatelink.blob.core.windows.net",
        "backup-service":"privatelink.{geo}.backup.windowsazure.com"},"names":[{"role":"blob","host":"a.blob.core.windows.net"}]}})", &error);
    INFO(error.toStdString());
    REQUIRE(good);
    CHECK(good->privateEndpoints.used);
    REQUIRE(good->privateEndpoints.names.size() == 1);
    CHECK(good->privateEndpoints.names[0].host == "a.blob.core.windows.net");
    CHECK(good->privateEndpoints.zoneFor("backup-service", "eus") == "privatelink.eus.backup.windowsazure.com");
    const auto [tail, reason] = GENERATE(table<const char*, const char*>({
        {R"("privateEndpoints":{"used":"yes"}})", "\"used\""},
        {R"("privateEndpoints":[]})", "\"used\""},
        {R"("privateEndpoints":{"used":true,"zones":{"file":"privatelink.file.core.windows.net"}}})", "zone"},
        {R"("privateEndpoints":{"used":true,"zones":{"blob":"not a zone"}}})", "zone"},
        {R"("privateEndpoints":{"used":true,"names":[{"role":"table","host":"a.table.core.windows.net"}]}})", "\"role\""},
        {R"("privateEndpoints":{"used":true,"names":[{"role":"blob","host":"a b"}]}})", "\"host\""},
        {R"("privateEndpoints":{"used":true,"names":{}}})", "at most"},
    }));
    CHECK_FALSE(CloudProfiles::parse(head + QByteArray(tail), &error));
    INFO(error.toStdString());
    CHECK(error.contains(QString::fromUtf8(reason)));
}

TEST_CASE("not in use per the profile: a pass that says so, and nothing is resolved", "[private-endpoints]")
{
    auto resolver = std::make_shared<FakeNameResolver>();
    CheckContext context;
    context.inputs.cloudId = QStringLiteral("public");
    const CheckResult result = PrivateEndpointsCheck(resolver).run(context);
    CHECK(result.status == Status::Pass);
    CHECK(result.finding == findingOf<PrivateEndpointsCheck>(PrivateEndpointsCheck::Code::NotInUse));
    CHECK(result.summary.render().contains("not in use"));
    CHECK(resolver->asked.isEmpty());
    CHECK(result.facts.value("used").toBool() == false);
}

TEST_CASE("used, but no names given: a warning that nothing could be resolved", "[private-endpoints]")
{
    auto resolver = std::make_shared<FakeNameResolver>();
    const CheckResult result = PrivateEndpointsCheck(resolver).run(contextWithNames(true, {}));
    CHECK(result.status == Status::Warning);
    CHECK(result.finding == findingOf<PrivateEndpointsCheck>(PrivateEndpointsCheck::Code::NoNames));
    CHECK(resolver->asked.isEmpty());
}

TEST_CASE("every name private and Entra ID public: a pass listing each address", "[private-endpoints]")
{
    auto resolver = std::make_shared<FakeNameResolver>();
    resolver->answers = {{kBackup, {"10.10.0.4"}}, {kBlob, {"10.10.0.5"}}, {kQueue, {"fd00:10::6"}}, {kSignIn, {"20.190.151.7"}}};
    CheckContext context = contextWithNames();
    context.inputs.network.stageTimeoutMs = 1234;
    const CheckResult result = PrivateEndpointsCheck(resolver).run(context);
    CHECK(result.status == Status::Pass);
    CHECK(result.finding == findingOf<PrivateEndpointsCheck>(PrivateEndpointsCheck::Code::AllPrivate));
    CHECK(resolver->lastTimeoutMs == 1234);
    CHECK(resolver->asked == QStringList{kBackup, kBlob, kQueue, kSignIn});
    const QString evidence = rendered(result.evidence).join('\n');
    CHECK(evidence.contains(kBlob + " (blob): resolved to 10.10.0.5: private."));
    CHECK(evidence.contains("fd00:10::6"));
    CHECK(evidence.contains("login.microsoftonline.com (Entra ID sign-in): resolved to 20.190.151.7: public"));
    const QJsonArray names = result.facts.value("names").toArray();
    REQUIRE(names.size() == 3);
    CHECK(names[0].toObject().value("private").toBool());
    CHECK(names[0].toObject().value("zone").toString() == "privatelink.ne.backup.windowsazure.com");
}

TEST_CASE("a name resolving to a public address fails, naming the zone to fix", "[private-endpoints]")
{
    auto resolver = std::make_shared<FakeNameResolver>();
    resolver->answers = {{kBackup, {"10.10.0.4"}}, {kBlob, {"20.60.40.4"}}, {kQueue, {"10.10.0.6"}}, {kSignIn, {"20.190.151.7"}}};
    const CheckResult result = PrivateEndpointsCheck(resolver).run(contextWithNames());
    CHECK(result.status == Status::Fail);
    CHECK(result.finding == findingOf<PrivateEndpointsCheck>(PrivateEndpointsCheck::Code::PublicAddress));
    CHECK(result.summary.render().contains("1 of 3"));
    CHECK(result.summary.render().contains("privatelink.blob.core.windows.net"));
    CHECK_FALSE(result.summary.render().contains("privatelink.queue"));
    const QString evidence = rendered(result.evidence).join('\n');
    CHECK(evidence.contains(kBlob + " (blob): resolved to 20.60.40.4, not a private address: this computer's DNS does not answer from the zone "
                                    "privatelink.blob.core.windows.net."));
    CHECK(evidence.contains("privatelink.blob.core.windows.net"));
    CHECK(result.facts.value("names").toArray()[1].toObject().value("private").toBool() == false);
}

TEST_CASE("one public address among private ones still fails: the agent may take either", "[private-endpoints]")
{
    auto resolver = std::make_shared<FakeNameResolver>();
    resolver->answers = {{kBackup, {"10.10.0.4", "52.239.1.1"}}, {kBlob, {"10.10.0.5"}}, {kQueue, {"10.10.0.6"}}, {kSignIn, {"20.190.151.7"}}};
    const CheckResult result = PrivateEndpointsCheck(resolver).run(contextWithNames());
    CHECK(result.status == Status::Fail);
    CHECK(result.summary.render().contains("privatelink.ne.backup.windowsazure.com"));
    // The public one of the two named apart, since the other is right.
    CHECK(rendered(result.evidence).join('\n').contains(kBackup + " (backup-service): resolved to 10.10.0.4, 52.239.1.1, not a private address (52.239.1.1)"));
}

TEST_CASE("a name that does not resolve fails as DNS, not the firewall, naming the zone", "[private-endpoints]")
{
    auto resolver = std::make_shared<FakeNameResolver>();
    resolver->answers = {{kBackup, {"10.10.0.4"}}, {kBlob, {"10.10.0.5"}}, {kSignIn, {"20.190.151.7"}}};
    const CheckResult result = PrivateEndpointsCheck(resolver).run(contextWithNames());
    CHECK(result.status == Status::Fail);
    CHECK(result.finding == findingOf<PrivateEndpointsCheck>(PrivateEndpointsCheck::Code::NotResolved));
    const QString summary = result.summary.render();
    CHECK(summary.contains("DNS"));
    CHECK(summary.contains("privatelink.queue.core.windows.net"));
    CHECK_FALSE(summary.contains("firewall blocks"));
    CHECK(rendered(result.evidence).join('\n').contains("this computer's DNS gives no address for it (Host not found)"));
}

TEST_CASE("Entra ID resolving to a private address is a warning: a vault's private endpoints do not carry it", "[private-endpoints]")
{
    auto resolver = std::make_shared<FakeNameResolver>();
    resolver->answers = {{kBackup, {"10.10.0.4"}}, {kBlob, {"10.10.0.5"}}, {kQueue, {"10.10.0.6"}}, {kSignIn, {"10.20.0.9"}}};
    const CheckResult result = PrivateEndpointsCheck(resolver).run(contextWithNames());
    CHECK(result.status == Status::Warning);
    CHECK(result.finding == findingOf<PrivateEndpointsCheck>(PrivateEndpointsCheck::Code::SignInPrivate));
    CHECK(rendered(result.evidence).join('\n').contains("do not carry Entra ID"));
    resolver->answers.remove(kSignIn);
    const CheckResult unresolved = PrivateEndpointsCheck(resolver).run(contextWithNames());
    CHECK(unresolved.status == Status::Warning);
    CHECK(unresolved.finding == findingOf<PrivateEndpointsCheck>(PrivateEndpointsCheck::Code::SignInUnresolved));
}

TEST_CASE("the backup zone takes the vault file's region, or without one the name's own", "[private-endpoints]")
{
    CHECK(PrivateEndpointsCheck::geoOfBackupName(kBackup) == "ne");
    CHECK(PrivateEndpointsCheck::geoOfBackupName("x.privatelink.eus.backup.windowsazure.com") == "eus");
    CHECK(PrivateEndpointsCheck::geoOfBackupName("x.privatelink.backup.windowsazure.com").isEmpty());
    CHECK(PrivateEndpointsCheck::geoOfBackupName("backup.windowsazure.com").isEmpty());

    // A China vault file (chinanorth2) and a China profile of the user's: the zone is the file's region's.
    TempFolderQt folder;
    const QString vaultPath = folder.file("contoso.VaultCredentials");
    QFile vault(vaultPath);
    REQUIRE(vault.open(QIODevice::WriteOnly));
    vault.write(vaultFileXml());
    vault.close();
    CloudProfile profile = *CloudProfiles::find(QStringLiteral("china"));
    profile.privateEndpoints.used = true;
    profile.privateEndpoints.names = {{"backup-service", "123-ab-pod01-fc1.privatelink.xx.backup.windowsazure.cn"}};
    CheckContext context;
    context.inputs.customProfile = profile;  // same id as the built-in: profileFor takes it while chosen
    context.inputs.vaultCredentials = vaultPath;
    auto resolver = std::make_shared<FakeNameResolver>();
    resolver->answers = {{profile.privateEndpoints.names[0].host, {"139.217.1.1"}}, {"login.partner.microsoftonline.cn", {"40.72.70.1"}},
                         {"login.chinacloudapi.cn", {"40.72.70.2"}}};
    const CheckResult result = PrivateEndpointsCheck(resolver).run(context);
    CHECK(result.status == Status::Fail);
    VaultFileSource source;
    const QString regional = regionalBackupHost(source.read(vaultPath), context.inputs.cloudId);
    REQUIRE_FALSE(regional.isEmpty());
    const QString geo = PrivateEndpointsCheck::geoOfBackupName(regional);
    CHECK(result.summary.render().contains(QStringLiteral("privatelink.%1.backup.windowsazure.cn").arg(geo)));
    CHECK(rendered(result.evidence).join('\n').contains("not confirmed"));
}

TEST_CASE("a fix that changes the cloud runs the private-endpoint check again: its names and zones are the cloud's", "[private-endpoints][session]")
{
    // The catalogue's own entry, so what is tested is what it declares: a check that reads the cloud without
    // Input::Cloud keeps showing the old cloud's verdict after "Use the file's cloud".
    const auto& catalog = checkCatalog();
    const auto entry = std::find_if(catalog.begin(), catalog.end(),
                                    [](const CheckSpec& spec) { return QLatin1String(spec.id) == QLatin1String(PrivateEndpointsCheck::kId); });
    REQUIRE(entry != catalog.end());
    auto resolver = std::make_shared<FakeNameResolver>();
    resolver->answers = {{kBackup, {"10.10.0.4"}}, {kBlob, {"20.60.40.4"}}, {kQueue, {"10.10.0.6"}}, {kSignIn, {"20.190.151.7"}}};
    auto cloudFix = std::make_shared<ScriptedFix>("use-other-cloud", [] {
        FixOutcome outcome;
        outcome.changes << Message::plain("cloud changed");
        outcome.changeContext = [](CheckContext& context) { context.inputs.cloudId = QStringLiteral("contoso-private"); };
        outcome.changedInputs = Input::Cloud;
        return outcome;
    });
    auto fixer = std::make_shared<ScriptedCheck>("fixer", [cloudFix](const CheckContext&) {
        CheckResult result;
        result.status = Status::Warning;
        result.summary = Message::plain("another cloud");
        result.fixes = {cloudFix};
        return result;
    });
    CheckSession session;
    CheckContext context = contextWithNames();
    context.inputs.cloudId = QStringLiteral("public");  // the built-in profile: no private endpoints
    session.setContext(context);
    session.addCheck(*entry, std::make_shared<PrivateEndpointsCheck>(resolver));
    addScripted(session, "s", fixer);
    const QString id = QString::fromLatin1(PrivateEndpointsCheck::kId);
    session.run(id);
    session.run("fixer");
    REQUIRE(QTest::qWaitFor([&] { return !session.isBusy(); }, 5000));
    CHECK(session.result(id).finding == findingOf<PrivateEndpointsCheck>(PrivateEndpointsCheck::Code::NotInUse));
    CHECK(session.runCount(id) == 1);

    session.applyFix("fixer", "use-other-cloud");
    REQUIRE(QTest::qWaitFor([&] { return !session.isBusy() && session.runCount(id) == 2; }, 5000));
    CHECK(session.result(id).finding == findingOf<PrivateEndpointsCheck>(PrivateEndpointsCheck::Code::PublicAddress));
}
