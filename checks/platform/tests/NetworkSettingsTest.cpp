// What a failed read of the account's Internet Options means: the portable decision the Win32 layer takes
// (Win32Network.cpp). Wine's WinHttpGetIEProxyConfigForCurrentUser answers for a desktop user and never says
// ERROR_FILE_NOT_FOUND, so the service account's case is shown here, on every platform.
#include "checks/platform/NetworkSettings.h"

#include <catch2/catch.hpp>

using namespace mars::platform;

TEST_CASE("no Internet Options set (ERROR_FILE_NOT_FOUND, as LocalSystem gets) is direct, not unknown", "[routes]")
{
    const ProxySetting none = accountProxyAfterFailure(2, "The system cannot find the file specified.", "this account's Internet Options");
    CHECK(none.known);
    CHECK(none.error.empty());
    CHECK(none.proxy.empty());
    CHECK(none.autoConfigUrl.empty());
    CHECK_FALSE(none.autoDetect);
    CHECK(none.source == "this account's Internet Options (none set)");
}

TEST_CASE("any other failure to read the Internet Options is never taken as examined", "[routes]")
{
    for (const std::uint32_t error : {5u, 8u, 12002u}) {  // access denied, out of memory, a WinHTTP time-out
        INFO(error);
        const ProxySetting unread = accountProxyAfterFailure(error, "words", "this account's Internet Options");
        CHECK_FALSE(unread.known);
        CHECK(unread.error == "WinHttpGetIEProxyConfigForCurrentUser: words");
    }
}
