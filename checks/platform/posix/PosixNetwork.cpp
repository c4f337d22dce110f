// The portable build has no Internet Options, WinHTTP or agent: this account's route is the proxy environment
// (http_proxy, https_proxy, no_proxy), as curl and Qt take it; the others are not on this system.
#include "../Platform.h"

#include <cstdlib>

namespace mars::platform {

namespace {
std::string environment(const char* lower, const char* upper)
{
    const char* value = std::getenv(lower);
    if (!value || !*value)
        value = std::getenv(upper);
    return value ? std::string(value) : std::string();
}

// "http://user:secret@host:port/" → "host:port": the credentials never reach a report.
std::string withoutCredentials(std::string proxy)
{
    const auto scheme = proxy.find("://");
    if (scheme != std::string::npos)
        proxy = proxy.substr(scheme + 3);
    const auto at = proxy.rfind('@');
    if (at != std::string::npos)
        proxy = proxy.substr(at + 1);
    while (!proxy.empty() && proxy.back() == '/')
        proxy.pop_back();
    return proxy;
}

ProxySetting notHere(const char* why)
{
    ProxySetting setting;
    setting.absentBecause = why;
    return setting;
}

class PosixNetworkSettings final : public NetworkSettings {
public:
    bool canOpenProxySettings() override { return false; }
    ChangeResult openProxySettings() override { return {{}, {"proxy settings are a Windows dialog"}}; }

    ProxySetting accountProxy() override
    {
        ProxySetting setting;
        setting.known = true;
        setting.source = "the environment (http_proxy, https_proxy, no_proxy)";
        const std::string http = withoutCredentials(environment("http_proxy", "HTTP_PROXY"));
        const std::string https = withoutCredentials(environment("https_proxy", "HTTPS_PROXY"));
        if (!http.empty())
            setting.proxy = "http=" + http;
        if (!https.empty())
            setting.proxy += (setting.proxy.empty() ? "https=" : ";https=") + https;
        setting.bypass = environment("no_proxy", "NO_PROXY");
        return setting;
    }
    ProxySetting machineProxy() override { return notHere("there is no WinHTTP on this system"); }
    ProxySetting agentProxy() override { return notHere("the agent runs on Windows only"); }
    AutoProxyAnswer evaluateAutoProxy(const ProxySetting&, const std::string&, int) override
    {
        return {false, {}, "PAC files are evaluated by WinHTTP, on Windows only"};
    }
    ChangeResult setAgentProxy(const std::string&, unsigned) override { return {{}, {"the agent runs on Windows only"}}; }
    ChangeResult removeAgentProxy() override { return {{}, {"the agent runs on Windows only"}}; }
    ChangeResult importAccountProxyToWinHttp() override { return {{}, {"there is no WinHTTP on this system"}}; }
    ChangeResult setWinHttpProxy(const WinHttpProxyChange&) override { return {{}, {"there is no WinHTTP on this system"}}; }
    std::optional<SavedProxy> savedProxy(SavedProxyOf) override { return std::nullopt; }
    ChangeResult saveProxy(SavedProxyOf, const SavedProxy&) override { return {{}, {"nothing to save on this system"}}; }
    ChangeResult forgetSavedProxy(SavedProxyOf) override { return {}; }
};
}  // namespace

std::unique_ptr<NetworkSettings> makeSystemNetworkSettings()
{
    return std::make_unique<PosixNetworkSettings>();
}

}  // namespace mars::platform
