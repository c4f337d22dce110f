// Under Wine, against registry values the test writes itself (and removes afterwards): the agent's version read
// from a real VERSIONINFO (a stand-in cbengine.exe built with windres in this build), the TLS values in both
// registry views, the fix's write / save / put-back round trip, and the OS query. The service states a check
// distinguishes (stopped, disabled, running) are the fake's (checks/tests/AgentCheckTest.cpp): here only that an
// absent obengine reads as "not installed", not as an error.
#include "checks/platform/Platform.h"
#include "checks/platform/TextConversion.h"

#include <catch2/catch.hpp>
#include <windows.h>

#include <map>
#include <string>

using namespace mars::platform;

namespace {
// The folder the stand-in agent was built into, as Wine sees it (Z: is the Unix root).
std::wstring fakeAgentFolder()
{
    std::wstring path = L"Z:" + toWide(MARS_FAKE_AGENT_DIR);
    for (wchar_t& c : path)
        if (c == L'/')
            c = L'\\';
    return path;
}

struct InstallPathKey {
    static constexpr const wchar_t* kPath = L"SOFTWARE\\Microsoft\\Windows Azure Backup\\Setup";
    HKEY key = nullptr;
    explicit InstallPathKey(const std::wstring& value)
    {
        REQUIRE(RegCreateKeyExW(HKEY_LOCAL_MACHINE, kPath, 0, nullptr, 0, KEY_SET_VALUE | KEY_WOW64_64KEY, nullptr, &key, nullptr) ==
                ERROR_SUCCESS);
        REQUIRE(RegSetValueExW(key, L"InstallPath", 0, REG_SZ, reinterpret_cast<const BYTE*>(value.c_str()),
                               DWORD((value.size() + 1) * sizeof(wchar_t))) == ERROR_SUCCESS);
    }
    ~InstallPathKey()
    {
        RegDeleteValueW(key, L"InstallPath");
        RegCloseKey(key);
        RegDeleteKeyExW(HKEY_LOCAL_MACHINE, kPath, KEY_WOW64_64KEY, 0);
    }
};

// Remembers the six TLS values as the prefix had them and puts them back raw (not through the code under test).
struct TlsValuesGuard {
    std::map<TlsValue, std::optional<DWORD>> before;
    TlsValuesGuard()
    {
        for (TlsValue which : allTlsValues()) {
            DWORD value = 0, size = sizeof value;
            HKEY key = nullptr;
            std::optional<DWORD> had;
            if (RegOpenKeyExW(HKEY_LOCAL_MACHINE, toWide(tlsValueKey(which)).c_str(), 0, KEY_QUERY_VALUE | KEY_WOW64_64KEY, &key) == ERROR_SUCCESS) {
                if (RegQueryValueExW(key, toWide(tlsValueName(which)).c_str(), nullptr, nullptr, reinterpret_cast<BYTE*>(&value), &size) == ERROR_SUCCESS)
                    had = value;
                RegCloseKey(key);
            }
            before[which] = had;
        }
    }
    static void setRaw(TlsValue which, std::optional<DWORD> value)
    {
        HKEY key = nullptr;
        REQUIRE(RegCreateKeyExW(HKEY_LOCAL_MACHINE, toWide(tlsValueKey(which)).c_str(), 0, nullptr, 0, KEY_SET_VALUE | KEY_WOW64_64KEY,
                                nullptr, &key, nullptr) == ERROR_SUCCESS);
        if (value)
            RegSetValueExW(key, toWide(tlsValueName(which)).c_str(), 0, REG_DWORD, reinterpret_cast<const BYTE*>(&*value), sizeof(DWORD));
        else
            RegDeleteValueW(key, toWide(tlsValueName(which)).c_str());
        RegCloseKey(key);
    }
    ~TlsValuesGuard()
    {
        for (const auto& [which, value] : before)
            setRaw(which, value);
        RegDeleteKeyExW(HKEY_LOCAL_MACHINE, L"SOFTWARE\\MARS Setup Doctor\\Saved TLS values", KEY_WOW64_64KEY, 0);
        RegDeleteKeyExW(HKEY_LOCAL_MACHINE, L"SOFTWARE\\MARS Setup Doctor", KEY_WOW64_64KEY, 0);
    }
};

std::optional<TlsValueState> find(const TlsSettings& settings, TlsValue which)
{
    for (const TlsValueState& value : settings.values)
        if (value.which == which)
            return value;
    return std::nullopt;
}
}  // namespace

TEST_CASE("the agent's version comes from cbengine.exe's version resource in InstallPath's bin folder", "[win32][agent]")
{
    InstallPathKey setup(fakeAgentFolder());
    const AgentBinary binary = makeSystemPlatform()->agent().agentBinary();
    CHECK(binary.applicable);
    CHECK(binary.installed);
    INFO(binary.error);
    REQUIRE(binary.versionRead);
    CHECK(binary.version == std::array<unsigned, 4>{2, 0, 9200, 0});
}

TEST_CASE("no InstallPath is not installed, and a folder without cbengine.exe is installed with its version unreadable", "[win32][agent]")
{
    CHECK_FALSE(makeSystemPlatform()->agent().agentBinary().installed);
    InstallPathKey setup(L"C:\\no such agent");
    const AgentBinary binary = makeSystemPlatform()->agent().agentBinary();
    CHECK(binary.installed);
    CHECK_FALSE(binary.versionRead);
    CHECK_FALSE(binary.error.empty());
}

TEST_CASE("an absent obengine service reads as not installed, not as an error", "[win32][agent]")
{
    const AgentService service = makeSystemPlatform()->agent().agentService();
    CHECK(service.applicable);
    CHECK_FALSE(service.installed);
    CHECK(service.error.empty());
}

TEST_CASE("the TLS values in both registry views: read, written, saved and put back", "[win32][tls]")
{
    TlsValuesGuard guard;
    auto platform = makeSystemPlatform();
    SystemConfig& config = platform->systemConfig();
    config.forgetSavedTlsSettings();
    TlsValuesGuard::setRaw(TlsValue::SchannelClientEnabled, 0);
    TlsValuesGuard::setRaw(TlsValue::SchannelClientDisabledByDefault, std::nullopt);
    TlsValuesGuard::setRaw(TlsValue::StrongCrypto32, 0);

    const TlsSettings before = config.tlsSettings();
    REQUIRE(before.applicable);
    CHECK(before.values.size() == allTlsValues().size());
    CHECK(find(before, TlsValue::SchannelClientEnabled)->present);
    CHECK(find(before, TlsValue::SchannelClientEnabled)->value == 0);
    CHECK_FALSE(find(before, TlsValue::SchannelClientDisabledByDefault)->present);
    CHECK(find(before, TlsValue::StrongCrypto32)->present);  // the WOW6432Node path, reached from a 64-bit build

    REQUIRE_FALSE(config.savedTlsSettings());
    REQUIRE(config.saveTlsSettings(before.values).ok());
    const ChangeResult written = config.writeTlsSettings({{TlsValue::SchannelClientEnabled, true, 1},
                                                          {TlsValue::SchannelClientDisabledByDefault, true, 0},
                                                          {TlsValue::StrongCrypto32, true, 1}});
    CHECK(written.ok());
    CHECK(written.changed.size() == 3);
    const TlsSettings after = config.tlsSettings();
    CHECK(find(after, TlsValue::SchannelClientEnabled)->value == 1);
    CHECK(find(after, TlsValue::SchannelClientDisabledByDefault)->present);
    CHECK(find(after, TlsValue::StrongCrypto32)->value == 1);

    // A new platform object (as the next run of the program) still finds the earlier values.
    const auto saved = makeSystemPlatform()->systemConfig().savedTlsSettings();
    REQUIRE(saved);
    REQUIRE(saved->size() == before.values.size());
    REQUIRE(config.writeTlsSettings(*saved).ok());
    const TlsSettings restored = config.tlsSettings();
    for (size_t i = 0; i < before.values.size(); ++i) {
        INFO(tlsValueId(before.values[i].which));
        CHECK(restored.values[i].present == before.values[i].present);
        CHECK(restored.values[i].value == before.values[i].value);
    }
    CHECK(config.forgetSavedTlsSettings().ok());
    CHECK_FALSE(config.savedTlsSettings());
}

TEST_CASE("the OS query answers under Wine: a 64-bit Windows with a real build number", "[win32][os]")
{
    const OsInfo os = makeSystemPlatform()->systemConfig().osInfo();
    CHECK(os.applicable);
    CHECK(os.error.empty());
    CHECK(os.is64Bit);
    CHECK(os.architecture == "x64");
    CHECK(os.major >= 6);
    CHECK(os.build > 0);
    CHECK_FALSE(os.serverCore);
}
