#include "checks/CloudProfile.h"

#include "tests/support/CatchQt.h"
#include "tests/support/TempFolderQt.h"

#include <QFile>

#include <algorithm>

using namespace mars;

TEST_CASE("the built-in profiles load, China first, with the article's allow-list", "[cloud]")
{
    const auto& profiles = CloudProfiles::builtIn();
    REQUIRE(profiles.size() == 3);
    CHECK(profiles[0].id == "china");
    CHECK(profiles[1].id == "public");
    CHECK(profiles[2].id == "usgov");
    const QStringList article = {"www.msftncsi.com", "*.microsoft.com", "*.windowsazure.cn", "*.partner.microsoftonline.cn",
                                 "*.chinacloudapi.cn"};
    for (const QString& entry : article)
        CHECK(profiles[0].allowList.contains(entry));
    CHECK(profiles[0].displayName("zh_CN").contains("Azure"));
    CHECK(profiles[0].displayName("en") == "Azure China (21Vianet)");
    for (const auto& profile : profiles) {
        CHECK_FALSE(profile.probes.isEmpty());
        CHECK_FALSE(profile.timeServers.isEmpty());
    }
    CHECK(CloudProfiles::find("usgov").has_value());
    CHECK_FALSE(CloudProfiles::find("mars").has_value());
}

TEST_CASE("bad profiles are rejected with a clear reason", "[cloud]")
{
    const auto [json, reason] = GENERATE(table<const char*, const char*>({
        {"", "not valid JSON"},
        {"[1,2]", "must be a JSON object"},
        {"{\"id\":\"Bad Id\"}", "\"id\""},
        {"{\"id\":\"x\",\"name\":{}}", "English"},
        {"{\"id\":\"x\",\"name\":{\"en\":\"X\"}}", "\"allowList\" must be a list"},
        {"{\"id\":\"x\",\"name\":{\"en\":\"X\"},\"allowList\":[\"a b\"],\"timeServers\":[\"t\"]}", "not a host name"},
        {"{\"id\":\"x\",\"name\":{\"en\":\"X\"},\"allowList\":[],\"timeServers\":[\"t\"]}", "is empty"},
        {"{\"id\":\"x\",\"name\":{\"en\":\"X\"},\"allowList\":[\"a.cn\"],\"timeServers\":[7]}", "non-empty string"},
        {"{\"id\":\"x\",\"name\":{\"en\":\"X\"},\"allowList\":[\"a.cn\"],\"timeServers\":[\"t\"]}", "\"probes\" must be a list"},
        {"{\"id\":\"x\",\"name\":{\"en\":\"X\"},\"allowList\":[\"a.cn\"],\"timeServers\":[\"t\"],\"probes\":[{\"role\":\"r\",\"kind\":\"ftp\"}]}",
         "not one of"},
        {"{\"id\":\"x\",\"name\":{\"en\":\"X\"},\"allowList\":[\"a.cn\"],\"timeServers\":[\"t\"],\"probes\":[{\"role\":\"r\",\"kind\":\"https\",\"host\":\"*.a.cn\"}]}",
         "not a host name"},
        {"{\"id\":\"x\",\"name\":{\"en\":\"X\"},\"allowList\":[\"a.cn\"],\"timeServers\":[\"t\"],\"probes\":[{\"role\":\"r\",\"kind\":\"ncsi\",\"url\":\"https://a\"}]}",
         "http://"},
    }));
    QString error;
    CHECK_FALSE(CloudProfiles::parse(QByteArray(json), &error).has_value());
    INFO(error.toStdString());
    CHECK(error.contains(QString::fromUtf8(reason)));
}

TEST_CASE("a minimal valid profile parses", "[cloud]")
{
    QString error;
    const auto profile = CloudProfiles::parse(
        R"({"id":"lab","name":{"en":"Lab"},"allowList":["*.lab.test"],"timeServers":["ntp.lab.test"],
            "probes":[{"role":"sign-in","kind":"https","host":"login.lab.test"}]})", &error);
    INFO(error.toStdString());
    REQUIRE(profile.has_value());
    CHECK(profile->probes.size() == 1);
    CHECK(profile->displayName("zh_CN") == "Lab");
}

TEST_CASE("every built-in profile names the roots Azure chains to, with Microsoft's SHA-1 thumbprints", "[cloud][tls]")
{
    const QList<std::pair<QString, QString>> named = {
        {"DigiCert Global Root G2", "DF3C24F9BFD666761B268073FE06D1CC8D4F82A4"},
        {"DigiCert Global Root CA", "A8985D3A65E5E5C4B2D7D66D40C6DD2FB19C5436"},
        {"Baltimore CyberTrust Root", "D4DE20D05E66FC53FE1A50882C78DB2852CAE474"},
        {"D-TRUST Root Class 3 CA 2 2009", "58E8ABB0361533FB80F79B1B6D29D3FF8D5F00F0"},
        {"Microsoft RSA Root Certificate Authority 2017", "73A5E64A3BFF8316FF0EDCCC618A906E4EAE4D74"},
        {"Microsoft ECC Root Certificate Authority 2017", "999A64C37FF47D9FAB95F14769891460EEC4C3C5"},
    };
    for (const CloudProfile& profile : CloudProfiles::builtIn()) {
        INFO(profile.id.toStdString());
        CHECK(profile.trustedRootsSource.contains("azure-ca-details"));
        for (const auto& wanted : named) {
            const bool listed = std::any_of(profile.trustedRoots.begin(), profile.trustedRoots.end(), [&](const TrustedRoot& root) {
                return root.name == wanted.first && root.sha1 == wanted.second;
            });
            CHECK(listed);
        }
    }
    // Azure China's page adds DigiCert's G5 roots.
    const auto china = CloudProfiles::find("china");
    CHECK(std::any_of(china->trustedRoots.begin(), china->trustedRoots.end(), [](const TrustedRoot& root) { return root.name == "DigiCert TLS RSA4096 Root G5"; }));
}

TEST_CASE("trusted roots and probe flags are validated", "[cloud]")
{
    const QByteArray base = R"({"id":"lab","name":{"en":"Lab"},"allowList":["*.lab.test"],"timeServers":["t"],"probes":[{"role":"r","kind":"https","host":"a.lab.test"}],)";
    const auto [tail, reason] = GENERATE(table<const char*, const char*>({
        {R"("trustedRoots":{}})", "\"trustedRoots\" must be a list"},
        {R"("trustedRoots":[{"name":"R","sha1":"12"}]})", "40 hexadecimal digits"},
        {R"("trustedRoots":[{"sha1":"DF3C24F9BFD666761B268073FE06D1CC8D4F82A4"}]})", "\"name\""},
        {R"("trustedRoots":[{"name":"R","sha1":"ZZ3C24F9BFD666761B268073FE06D1CC8D4F82A4"}]})", "hexadecimal"},
    }));
    QString error;
    CHECK_FALSE(CloudProfiles::parse(base + tail, &error).has_value());
    INFO(error.toStdString());
    CHECK(error.contains(QString::fromUtf8(reason)));
    CHECK_FALSE(CloudProfiles::parse(R"({"id":"lab","name":{"en":"Lab"},"allowList":["*.lab.test"],"timeServers":["t"],
        "probes":[{"role":"r","kind":"https","host":"a.lab.test","html":"yes"}]})", &error));
    CHECK(error.contains("\"html\""));
}

TEST_CASE("a --profile file: read within its size limit, named, and never a built-in's id", "[cloud]")
{
    test::TempFolderQt folder;
    auto write = [&](const QString& name, const QByteArray& bytes) {
        QFile file(folder.file(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return folder.file(name);
    };
    QString error;
    const QString good = write("private.json", R"({"id":"china-private","name":{"en":"Azure China, private endpoints"},
        "allowList":["*.privatelink.backup.windowsazure.cn"],"timeServers":["time.windows.cn"],
        "probes":[{"role":"backup-service","kind":"dns","host":"cne.privatelink.backup.windowsazure.cn"}]})");
    const auto profile = CloudProfiles::load(good, &error);
    INFO(error.toStdString());
    REQUIRE(profile);
    CHECK(profile->sourceFile == good);
    CHECK(profile->trustedRoots.isEmpty());

    CHECK_FALSE(CloudProfiles::load(folder.file("missing.json"), &error));
    CHECK(error.contains("cannot read"));
    CHECK_FALSE(CloudProfiles::load(write("big.json", QByteArray(CloudProfiles::kMaxFileBytes + 1, ' ')), &error));
    CHECK(error.contains("larger than 256 KB"));
    CloudProfiles::builtIn();  // registers the built-in resources
    QFile china(":/clouds/china.json");
    REQUIRE(china.open(QIODevice::ReadOnly));
    CHECK_FALSE(CloudProfiles::load(write("china.json", china.readAll()), &error));
    CHECK(error.contains("is a built-in cloud's"));
    CHECK_FALSE(CloudProfiles::load(write("bad.json", "{"), &error));
    CHECK(error.contains("bad.json: not valid JSON"));
}

TEST_CASE("every text of a built-in profile is given in English and Chinese, and a custom profile's plain text is English, and says so", "[cloud][zh]")
{
    const TextRenderer chinese = TextRenderer::forLanguage(QStringLiteral("zh_CN"));
    for (const auto& profile : CloudProfiles::builtIn()) {
        INFO(profile.id.toStdString());
        CHECK_FALSE(profile.nameChinese.isEmpty());
        for (const ProfileText& note : profile.notes) {
            CHECK_FALSE(note.english.isEmpty());
            CHECK_FALSE(note.chinese.isEmpty());
            CHECK(note.message().render(TextRenderer()) == note.english);
            CHECK(note.message().render(chinese) == note.chinese);
        }
    }
    REQUIRE_FALSE(CloudProfiles::find("china")->notes.isEmpty());

    // The older form (a plain string) still reads: English, for every reader, and the Chinese reader is told why.
    const QByteArray custom = R"({"id":"lab","name":{"en":"Lab"},"allowList":["lab.example"],"timeServers":["time.lab.example"],
        "probes":[{"role":"sign-in","kind":"https","host":"login.lab.example"}],
        "notes":["Only the lab proxy reaches it.", {"en":"Ask the lab team.","zh_CN":"请联系实验室团队。"}]})";
    QString error;
    const auto lab = CloudProfiles::parse(custom, &error);
    INFO(error.toStdString());
    REQUIRE(lab);
    REQUIRE(lab->notes.size() == 2);
    CHECK(lab->notes[0].chinese.isEmpty());
    CHECK(lab->notes[0].message().render(TextRenderer()) == "Only the lab proxy reaches it.");
    const QString fallback = lab->notes[0].message().render(chinese);
    CHECK(fallback.contains("Only the lab proxy reaches it."));
    CHECK(fallback != "Only the lab proxy reaches it.");  // with a word, in Chinese, that it is English
    CHECK(lab->notes[1].message().render(chinese) == QStringLiteral("请联系实验室团队。"));
    CHECK(lab->displayName("zh_CN") == "Lab");

    // A text object without English, or with something else than text, is refused.
    for (const char* bad : {R"(["x", {"zh_CN":"只有中文"}])", R"([{"en":"x","zh_CN":5}])", R"([{"en":""}])", R"([7])"}) {
        QByteArray json = custom;
        json.replace(R"(["Only the lab proxy reaches it.", {"en":"Ask the lab team.","zh_CN":"请联系实验室团队。"}])", bad);
        CHECK_FALSE(CloudProfiles::parse(json, &error));
        CHECK(error.contains("notes"));
    }
}

TEST_CASE("the endpoint roles are words in the reader's language", "[cloud][zh]")
{
    const TextRenderer chinese = TextRenderer::forLanguage(QStringLiteral("zh_CN"));
    for (const auto& profile : CloudProfiles::builtIn())
        for (const EndpointProbe& probe : profile.probes) {
            CHECK(roleLabel(probe.role).render(TextRenderer()) == probe.role);
            CHECK(roleLabel(probe.role).render(chinese) != probe.role);
        }
    CHECK(roleLabel("lab-only").render(chinese) == "lab-only");
}
