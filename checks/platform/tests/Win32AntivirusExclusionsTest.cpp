// Under Wine, which has no Microsoft Defender: what Wine can show. The exclusion lists are read from registry keys this
// test plants with Wine's own reg.exe (Defender's key and its policy key, value names as Defender keeps them) and
// removes afterwards; with no WinDefend service the reading is never "readable". The program's record of what it added
// makes its round trip. The WMI half (MSFT_MpPreference.Add / Remove) needs Defender's provider: under Wine the call
// must fail without claiming a change, and the round trip itself is skipped; the check's tests play it with the fake
// (tests/support/FakePlatform.h, "Microsoft Defender").
#include "checks/platform/Platform.h"
#include "checks/platform/TextConversion.h"
#include "tests/support/Skip.h"

#include <catch2/catch.hpp>
#include <windows.h>

#include <algorithm>
#include <string>

using namespace mars::platform;

namespace {
constexpr const wchar_t* kDefenderKey = L"SOFTWARE\\Microsoft\\Windows Defender";
constexpr const wchar_t* kPolicyKey = L"SOFTWARE\\Policies\\Microsoft\\Windows Defender";

bool keyExists(const wchar_t* subkey)
{
    HKEY key = nullptr;
    if (RegOpenKeyExW(HKEY_LOCAL_MACHINE, subkey, 0, KEY_QUERY_VALUE | KEY_WOW64_64KEY, &key) != ERROR_SUCCESS)
        return false;
    RegCloseKey(key);
    return true;
}

// reg.exe add "HKLM\<key>" /v <name> /t <type> /d <data> /f /reg:64, waited for; true when it exits 0.
bool regAdd(const std::wstring& key, const std::wstring& name, const wchar_t* type, const std::wstring& data)
{
    // A name ending in a backslash ("...\\Bin\\") needs it doubled before the closing quote, or the quote is escaped.
    const std::wstring quotedName = name.back() == L'\\' ? name + L'\\' : name;
    std::wstring line = L"reg.exe add \"HKLM\\" + key + L"\" /v \"" + quotedName + L"\" /t " + type + L" /d \"" + data + L"\" /f /reg:64";
    STARTUPINFOW startup{};
    startup.cb = sizeof startup;
    PROCESS_INFORMATION process{};
    if (!CreateProcessW(nullptr, line.data(), nullptr, nullptr, FALSE, CREATE_NO_WINDOW, nullptr, nullptr, &startup, &process))
        return false;
    WaitForSingleObject(process.hProcess, 60000);
    DWORD code = 1;
    GetExitCodeProcess(process.hProcess, &code);
    CloseHandle(process.hThread);
    CloseHandle(process.hProcess);
    return code == 0;
}

// Removes what the test planted: the whole key when the prefix did not have it before.
struct PlantedKey {
    const wchar_t* path;
    bool existed;
    explicit PlantedKey(const wchar_t* key) : path(key), existed(keyExists(key)) {}
    ~PlantedKey()
    {
        if (existed)
            return;
        HKEY root = nullptr;
        if (RegOpenKeyExW(HKEY_LOCAL_MACHINE, nullptr, 0, KEY_ALL_ACCESS | KEY_WOW64_64KEY, &root) == ERROR_SUCCESS) {
            RegDeleteTreeW(root, path);
            RegCloseKey(root);
        }
    }
};

bool contains(const std::vector<std::string>& list, const std::string& item)
{
    return std::find(list.begin(), list.end(), item) != list.end();
}
}  // namespace

TEST_CASE("Defender's exclusion lists are read from its key and its policy key, and never called readable without Defender",
          "[defender]")
{
    REQUIRE_FALSE(keyExists(kDefenderKey));  // Wine: no Defender, so everything below is the test's own
    PlantedKey defender(kDefenderKey), policy(kPolicyKey);
    const std::wstring scratch = L"C:\\Program Files\\Microsoft Azure Recovery Services Agent\\Scratch";
    const std::wstring bin = L"C:\\Program Files\\Microsoft Azure Recovery Services Agent\\Bin\\";
    REQUIRE(regAdd(std::wstring(kDefenderKey) + L"\\Exclusions\\Paths", scratch, L"REG_DWORD", L"0"));
    REQUIRE(regAdd(std::wstring(kDefenderKey) + L"\\Exclusions\\Paths", bin, L"REG_DWORD", L"0"));
    REQUIRE(regAdd(std::wstring(kDefenderKey) + L"\\Exclusions\\Processes", L"cbengine.exe", L"REG_DWORD", L"0"));
    REQUIRE(regAdd(std::wstring(kPolicyKey) + L"\\Exclusions\\Paths", L"D:\\MARS", L"REG_SZ", L"0"));
    REQUIRE(regAdd(std::wstring(kPolicyKey) + L"\\Exclusions\\Processes", L"csc.exe", L"REG_SZ", L"0"));
    REQUIRE(regAdd(kPolicyKey, L"DisableLocalAdminMerge", L"REG_DWORD", L"1"));
    REQUIRE(regAdd(std::wstring(kDefenderKey) + L"\\Features", L"TamperProtection", L"REG_DWORD", L"5"));

    const DefenderExclusions read = makeSystemAntivirusExclusions()->defenderExclusions();
    CHECK(read.local.paths.size() == 2);
    CHECK(contains(read.local.paths, toUtf8(scratch)));
    CHECK(contains(read.local.paths, toUtf8(bin)));  // as kept, trailing backslash and all: judging is the check's
    CHECK(read.local.processes == std::vector<std::string>{"cbengine.exe"});
    CHECK(read.policy.paths == std::vector<std::string>{"D:\\MARS"});
    CHECK(read.policy.processes == std::vector<std::string>{"csc.exe"});
    CHECK(read.localIgnored);
    REQUIRE(read.tamperProtection.has_value());
    CHECK(*read.tamperProtection);
    // Wine has no WinDefend service: whatever the keys hold, nothing here is Defender's working list.
    CHECK(read.unreadable == ExclusionsUnreadable::DefenderAbsent);
    CHECK_FALSE(read.readable());
}

TEST_CASE("Without Defender's keys the lists are empty, and Defender is absent, not an error", "[defender]")
{
    REQUIRE_FALSE(keyExists(kDefenderKey));
    const DefenderExclusions read = makeSystemAntivirusExclusions()->defenderExclusions();
    CHECK(read.local.empty());
    CHECK(read.policy.empty());
    CHECK_FALSE(read.tamperProtection.has_value());
    CHECK(read.unreadable == ExclusionsUnreadable::DefenderAbsent);
    CHECK(read.error.empty());
}

TEST_CASE("The record of added exclusions survives a new reader and is forgotten on request", "[defender]")
{
    auto first = makeSystemAntivirusExclusions();
    REQUIRE_FALSE(first->addedDefenderExclusions().has_value());
    const ExclusionList added{{"C:\\Agent\\Scratch", "C:\\Agent\\Bin \xE4\xB8\xAD"}, {"cbengine.exe"}};
    REQUIRE(first->recordAddedDefenderExclusions(added).ok());
    const auto again = makeSystemAntivirusExclusions()->addedDefenderExclusions();
    REQUIRE(again.has_value());
    CHECK(again->paths == added.paths);
    CHECK(again->processes == added.processes);
    REQUIRE(first->forgetAddedDefenderExclusions().ok());
    CHECK_FALSE(first->addedDefenderExclusions().has_value());
    CHECK(first->forgetAddedDefenderExclusions().ok());  // forgetting twice is not a failure
}

TEST_CASE("MSFT_MpPreference.Add and Remove round trip through Defender's WMI provider", "[defender][may-skip]")
{
    auto defender = makeSystemAntivirusExclusions();
    wchar_t temp[MAX_PATH] = {};
    REQUIRE(GetTempPathW(MAX_PATH, temp) > 0);
    const std::string folder = toUtf8(temp) + "mars-defender-test";
    const ChangeResult added = defender->addDefenderExclusions({{folder}, {}});
    if (!added.ok()) {
        // No provider (Wine) or no rights: a failure that names the path and claims no change.
        CHECK(added.changed.empty());
        REQUIRE(added.failed.size() == 1);
        CHECK(added.failed.front().find(folder) != std::string::npos);
        CHECK(defender->defenderExclusions().local.empty());
        MARS_SKIP("MSFT_MpPreference cannot be called here (" << added.failed.front()
                  << "); the check's tests play Add and Remove with the fake in tests/support/FakePlatform.h");
    }
    CHECK(contains(defender->defenderExclusions().local.paths, folder));
    REQUIRE(defender->removeDefenderExclusions({{folder}, {}}).ok());
    CHECK_FALSE(contains(defender->defenderExclusions().local.paths, folder));
}
