// Start-up hardening on POSIX: as root (the elevated case, and how CI runs), Qt plugin variables are dropped;
// as a normal user nothing changes.
#include "checks/platform/ProcessHardening.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <unistd.h>

using namespace mars::platform;

TEST_CASE("plugin-path variables are dropped when running as root, kept otherwise", "[posix][hardening]")
{
    setenv("QT_PLUGIN_PATH", "/tmp/attacker/plugins", 1);
    setenv("QT_QPA_PLATFORM_PLUGIN_PATH", "/tmp/attacker/platforms", 1);
    const std::vector<std::string> done = hardenProcess();
    if (geteuid() == 0) {
        CHECK(std::getenv("QT_PLUGIN_PATH") == nullptr);
        CHECK(std::getenv("QT_QPA_PLATFORM_PLUGIN_PATH") == nullptr);
        CHECK(done.size() == 2);
    } else {
        CHECK(std::getenv("QT_PLUGIN_PATH") != nullptr);
        CHECK(done.empty());
    }
    unsetenv("QT_PLUGIN_PATH");
    unsetenv("QT_QPA_PLATFORM_PLUGIN_PATH");
}
