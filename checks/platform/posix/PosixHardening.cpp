#include "../ProcessHardening.h"

#include <cstdlib>
#include <unistd.h>

namespace mars::platform {

const std::vector<std::string>& untrustedPluginVariables()
{
    static const std::vector<std::string> names = {"QT_PLUGIN_PATH", "QT_QPA_PLATFORM_PLUGIN_PATH", "QT_STYLE_OVERRIDE",
                                                   "QT_QPA_PLATFORMTHEME"};
    return names;
}

std::vector<std::string> detail::applyHardening()
{
    std::vector<std::string> done;
    if (geteuid() != 0)
        return done;
    for (const std::string& name : untrustedPluginVariables()) {
        if (std::getenv(name.c_str()) && unsetenv(name.c_str()) == 0)
            done.push_back("root: ignoring " + name);
    }
    return done;
}

}  // namespace mars::platform
