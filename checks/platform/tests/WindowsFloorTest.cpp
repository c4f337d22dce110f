// The Windows floor (build 14393): which versions main() lets through, and what it says to the others.
#include "checks/platform/WindowsFloor.h"

#include <catch2/catch.hpp>

using namespace mars::platform;

TEST_CASE("Windows 10 version 1607 / Server 2016 and later are supported, older Windows are not", "[floor]")
{
    CHECK_FALSE(isSupportedWindows({6, 1, 7601}));   // Windows 7 SP1 / Server 2008 R2
    CHECK_FALSE(isSupportedWindows({6, 2, 9200}));   // Windows 8 / Server 2012
    CHECK_FALSE(isSupportedWindows({6, 3, 9600}));   // Windows 8.1 / Server 2012 R2
    CHECK_FALSE(isSupportedWindows({10, 0, 10240})); // Windows 10 1507
    CHECK_FALSE(isSupportedWindows({10, 0, 10586})); // Windows 10 1511
    CHECK_FALSE(isSupportedWindows({10, 0, 14392}));
    CHECK(isSupportedWindows({10, 0, 14393}));       // Windows 10 1607 / Server 2016
    CHECK(isSupportedWindows({10, 0, 17763}));       // Server 2019
    CHECK(isSupportedWindows({10, 0, 20348}));       // Server 2022
    CHECK(isSupportedWindows({10, 0, 26100}));       // Windows 11 24H2 / Server 2025 (still 10.0)
    CHECK(isSupportedWindows({11, 0, 0}));           // whatever comes after 10.0
}

TEST_CASE("the message names the Windows needed and the one running", "[floor]")
{
    const std::wstring english = olderWindowsMessage({6, 3, 9600}, false);
    CHECK(english.find(L"Windows 10 version 1607") != std::wstring::npos);
    CHECK(english.find(L"Windows Server 2016") != std::wstring::npos);
    CHECK(english.find(L"14393") != std::wstring::npos);
    CHECK(english.find(L"Windows 6.3 (build 9600)") != std::wstring::npos);
    const std::wstring chinese = olderWindowsMessage({6, 1, 7601}, true);
    CHECK(chinese.find(L"需要 Windows 10 版本 1607") != std::wstring::npos);
    CHECK(chinese.find(L"7601") != std::wstring::npos);
}

#ifdef _WIN32
TEST_CASE("the running Windows version is read (RtlGetVersion)", "[floor][system]")
{
    const WindowsVersion running = runningWindowsVersion();
    INFO(running.major << "." << running.minor << "." << running.build);
    CHECK(running.major >= 6);
    CHECK(running.build > 0);
}
#endif
