// The portable build reports the clock only: changing a Linux clock is its time daemon's job, not this tool's.
#include "PosixParts.h"

namespace mars::platform::posix {

class PosixClock final : public SystemClock {
public:
    TimeService timeService() override;
    ChangeResult resyncClock() override;
    ChangeResult setClock(double) override;
};


TimeService PosixClock::timeService()
{
    return {};
}

ChangeResult PosixClock::resyncClock()
{
    return {{}, {"resyncing the clock is a Windows feature; on this system use its time service (e.g. chronyc makestep)"}};
}

ChangeResult PosixClock::setClock(double)
{
    return {{}, {"setting the clock is a Windows feature of this tool"}};
}

}  // namespace mars::platform::posix

namespace mars::platform {

std::unique_ptr<SystemClock> makeSystemClock()
{
    return std::make_unique<posix::PosixClock>();
}

}  // namespace mars::platform
