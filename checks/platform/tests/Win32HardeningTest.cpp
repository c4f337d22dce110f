// Start-up hardening under Wine: the DLL search call is made, and an elevated process (Wine always is one) drops
// the variables that would make Qt load plugins from elsewhere.
#include "checks/platform/ProcessHardening.h"

#include <catch2/catch.hpp>
#include <algorithm>
#include <cstdlib>
#include <windows.h>

using namespace mars::platform;

TEST_CASE("hardening limits DLL search and drops plugin paths when elevated", "[win32][hardening]")
{
    _wputenv_s(L"QT_PLUGIN_PATH", L"C:\\attacker\\plugins");
    _wputenv_s(L"QT_QPA_PLATFORM_PLUGIN_PATH", L"C:\\attacker\\platforms");
    const std::vector<std::string> done = hardenProcess();
    REQUIRE_FALSE(done.empty());
    const auto said = [&done](const std::string& line) { return std::find(done.begin(), done.end(), line) != done.end(); };
    CHECK(said("this program's file is held open: it cannot be renamed, replaced or written while the program runs"));
    CHECK(said("DLLs load from System32 only"));
    CHECK(_wgetenv(L"QT_PLUGIN_PATH") == nullptr);
    CHECK(_wgetenv(L"QT_QPA_PLATFORM_PLUGIN_PATH") == nullptr);
    CHECK(GetEnvironmentVariableW(L"QT_PLUGIN_PATH", nullptr, 0) == 0);
    bool reported = false;
    for (const auto& line : done)
        reported = reported || line == "elevated: ignoring QT_PLUGIN_PATH";
    CHECK(reported);
}
