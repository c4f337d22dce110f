#include "checks/CloudProfile.h"

#include "../support/CatchQt.h"

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
