#include "ProcessHardening.h"

namespace mars::platform {

std::vector<std::string> hardenProcess()
{
    // Done once, first thing in main(); later calls (to log it) report what was done.
    static const std::vector<std::string> done = detail::applyHardening();
    return done;
}

}  // namespace mars::platform
