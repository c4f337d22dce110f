// Win32-only behaviour, run under Wine. What Wine cannot emulate (compression, encryption, a split UAC token) is
// covered by the fake-platform tests of the checks instead; see ../../shared/domain/wine.md.
#include "tests/support/TempFolder.h"
#include "checks/platform/Platform.h"

#include <catch2/catch.hpp>
#include <windows.h>

using namespace mars::platform;
using mars::test::TempFolder;

TEST_CASE("System and Hidden set with SetFileAttributes are seen and cleared", "[win32]")
{
    TempFolder temp;
    const auto platform = makeSystemPlatform();
    const auto folder = temp / "agent";  // not a check id
    std::filesystem::create_directory(folder);
    REQUIRE(SetFileAttributesW(folder.c_str(), FILE_ATTRIBUTE_SYSTEM | FILE_ATTRIBUTE_HIDDEN));

    AttributeRead read = platform->folders().readAttributes(folder);
    REQUIRE(read.state == AttributeRead::State::Found);
    CHECK(read.attributes == (AttrSystem | AttrHidden));

    const ChangeResult change = platform->folders().clearAttributes(folder, AttrSystem | AttrHidden);
    CHECK(change.ok());
    REQUIRE(change.changed.size() == 1);
    CHECK(change.changed[0].find("System and Hidden") != std::string::npos);

    read = platform->folders().readAttributes(folder);
    CHECK(read.attributes == 0);
    CHECK((GetFileAttributesW(folder.c_str()) & (FILE_ATTRIBUTE_SYSTEM | FILE_ATTRIBUTE_HIDDEN)) == 0);
}

TEST_CASE("clearing Hidden alone keeps System", "[win32]")
{
    TempFolder temp;
    const auto platform = makeSystemPlatform();
    const auto folder = temp / "agent";  // not a check id
    std::filesystem::create_directory(folder);
    REQUIRE(SetFileAttributesW(folder.c_str(), FILE_ATTRIBUTE_SYSTEM | FILE_ATTRIBUTE_HIDDEN));
    CHECK(platform->folders().clearAttributes(folder, AttrHidden).ok());
    CHECK(platform->folders().readAttributes(folder).attributes == AttrSystem);
}

TEST_CASE("a failed decompression is reported with the Windows error, not hidden", "[win32]")
{
    // Wine answers FSCTL_SET_COMPRESSION with ERROR_NOT_SUPPORTED (50); real NTFS succeeds. Either way the result
    // must say what happened. That the fix's success path clears the attribute is proved with the fake platform.
    TempFolder temp;
    const auto platform = makeSystemPlatform();
    const auto folder = temp / "agent";  // not a check id
    std::filesystem::create_directory(folder);
    const ChangeResult change = platform->folders().clearAttributes(folder, AttrCompressed);
    REQUIRE(change.changed.size() + change.failed.size() == 1);
    if (!change.ok())
        CHECK(change.failed[0].find("(error ") != std::string::npos);
}

TEST_CASE("Wine's token looks like a fully elevated administrator", "[win32]")
{
    const AdminStatus status = makeSystemPlatform()->elevation().queryAdminStatus();
    REQUIRE(status.queried);
    CHECK(status.memberOfAdministrators);
    CHECK(status.elevated);
    CHECK(status.elevationType == ElevationType::Full);
    CHECK(status.account.find('\\') != std::string::npos);
}

TEST_CASE("the install location falls back to 64-bit Program Files", "[win32]")
{
    const InstallLocation location = makeSystemPlatform()->agent().agentInstallLocation();
    CHECK_FALSE(location.fromAgentRegistration);
    CHECK(location.folder == std::filesystem::path(L"C:\\Program Files\\Microsoft Azure Recovery Services Agent"));
}

TEST_CASE("without an installed agent there is no earlier registration", "[win32]")
{
    const AgentRegistration registration = makeSystemPlatform()->agent().agentRegistration();
    CHECK(registration.applicable);
    CHECK_FALSE(registration.registered);
    CHECK(registration.scratch.empty());
}

TEST_CASE("the Windows Time service query answers (installed or not) without crashing", "[win32]")
{
    const TimeService service = makeSystemPlatform()->clock().timeService();
    CHECK(service.applicable);
    CHECK(service.installed != !service.error.empty());  // either found, or a reason why not
    CHECK_FALSE(service.domainJoined);
}

namespace {
// Writes the agent's Setup\InstallPath as the test wants it, and takes the key away again afterwards.
struct AgentSetupKey {
    static constexpr const wchar_t* kPath = L"SOFTWARE\\Microsoft\\Windows Azure Backup\\Setup";
    HKEY key = nullptr;
    AgentSetupKey(DWORD type, const std::wstring& value)
    {
        REQUIRE(RegCreateKeyExW(HKEY_LOCAL_MACHINE, kPath, 0, nullptr, 0, KEY_SET_VALUE | KEY_WOW64_64KEY, nullptr, &key, nullptr) ==
                ERROR_SUCCESS);
        REQUIRE(RegSetValueExW(key, L"InstallPath", 0, type, reinterpret_cast<const BYTE*>(value.c_str()),
                               DWORD((value.size() + 1) * sizeof(wchar_t))) == ERROR_SUCCESS);
    }
    ~AgentSetupKey()
    {
        RegDeleteValueW(key, L"InstallPath");
        RegCloseKey(key);
        RegDeleteKeyExW(HKEY_LOCAL_MACHINE, kPath, KEY_WOW64_64KEY, 0);
    }
};
}  // namespace

TEST_CASE("an InstallPath stored as REG_EXPAND_SZ is expanded", "[win32][registry]")
{
    AgentSetupKey setup(REG_EXPAND_SZ, L"%SystemRoot%\\Agent Test");
    wchar_t windows[MAX_PATH];
    REQUIRE(GetEnvironmentVariableW(L"SystemRoot", windows, MAX_PATH));
    const InstallLocation location = makeSystemPlatform()->agent().agentInstallLocation();
    CHECK(location.fromAgentRegistration);
    CHECK(location.folder == std::filesystem::path(std::wstring(windows) + L"\\Agent Test"));
}

TEST_CASE("an InstallPath longer than the first buffer is read whole, not taken for 'not installed'", "[win32][registry]")
{
    const std::wstring deep = L"D:\\" + std::wstring(700, L'a') + L"\\Agent";
    AgentSetupKey setup(REG_SZ, deep);
    const InstallLocation location = makeSystemPlatform()->agent().agentInstallLocation();
    CHECK(location.fromAgentRegistration);
    CHECK(location.folder == std::filesystem::path(deep));
}

TEST_CASE("with UAC turned off (EnableLUA = 0) no restart as administrator is offered, and with it on, it is", "[win32][registry]")
{
    // Wine's own prefix says EnableLUA = 0 (seen); the test sets both values and puts the first back.
    constexpr const wchar_t* kPolicy = L"SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System";
    HKEY key = nullptr;
    REQUIRE(RegCreateKeyExW(HKEY_LOCAL_MACHINE, kPolicy, 0, nullptr, 0, KEY_QUERY_VALUE | KEY_SET_VALUE, nullptr, &key, nullptr) ==
            ERROR_SUCCESS);
    DWORD before = 0, size = sizeof before, type = 0;
    const bool had = RegQueryValueExW(key, L"EnableLUA", nullptr, &type, reinterpret_cast<BYTE*>(&before), &size) == ERROR_SUCCESS;
    auto set = [key](DWORD value) {
        REQUIRE(RegSetValueExW(key, L"EnableLUA", 0, REG_DWORD, reinterpret_cast<const BYTE*>(&value), sizeof value) == ERROR_SUCCESS);
    };
    set(1);
    CHECK(makeSystemPlatform()->elevation().canRelaunchElevated());
    CHECK_FALSE(makeSystemPlatform()->elevation().queryAdminStatus().uacDisabled);
    set(0);
    CHECK_FALSE(makeSystemPlatform()->elevation().canRelaunchElevated());
    CHECK(makeSystemPlatform()->elevation().queryAdminStatus().uacDisabled);
    const ChangeResult refused = makeSystemPlatform()->elevation().relaunchElevated({"--page", "welcome"}, 0);
    REQUIRE(refused.failed.size() == 1);
    CHECK(refused.failed[0].find("sign in as an administrator") != std::string::npos);
    if (had)
        set(before);
    else
        RegDeleteValueW(key, L"EnableLUA");
    RegCloseKey(key);
}
