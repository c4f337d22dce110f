#pragma once
// Done first thing in main(): an elevated tool must not load code a standard user could plant.
#include <string>
#include <vector>

namespace mars::platform {

// Environment variables that make Qt load plugins from elsewhere; an elevated process ignores them.
const std::vector<std::string>& untrustedPluginVariables();

// Windows: limit DLL search to System32; when elevated, drop untrustedPluginVariables().
// POSIX: when running as root, drop them. Returns what it did, one line each, for the log. Runs once; later calls
// return the same lines.
std::vector<std::string> hardenProcess();

namespace detail {
std::vector<std::string> applyHardening();  // the system's own steps, run once by hardenProcess()
}

}  // namespace mars::platform
