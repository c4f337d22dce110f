// The portable build reports the clock only: changing a Linux clock is its time daemon's job, not this tool's.
#include "PosixParts.h"

namespace mars::platform::posix {

TimeService timeService()
{
    return {};
}

ChangeResult resyncClock()
{
    return {{}, {"resyncing the clock is a Windows feature; on this system use its time service (e.g. chronyc makestep)"}};
}

ChangeResult setClock(double)
{
    return {{}, {"setting the clock is a Windows feature of this tool"}};
}

}  // namespace mars::platform::posix
