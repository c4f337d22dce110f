#include "../ProcessExit.h"

#include <cstdio>
#include <cstdlib>

namespace mars::platform {

void endProcess(int code)
{
    std::fflush(nullptr);
    std::exit(code);
}

}  // namespace mars::platform
