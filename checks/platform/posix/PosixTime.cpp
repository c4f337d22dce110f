// The portable build reports the clock only: changing a Linux clock is its time daemon's job, not this tool's.
#include "../Platform.h"

#include <ctime>

namespace mars::platform::posix {

class PosixClock final : public SystemClock {
public:
    TimeService timeService() override;
    ChangeResult resyncClock() override;
    ChangeResult setClock(double) override;
    std::optional<std::uint64_t> uptimeSeconds() override;
};

std::optional<std::uint64_t> PosixClock::uptimeSeconds()
{
    // CLOCK_BOOTTIME counts suspended time too, as Windows' tick count does.
    timespec now{};
    if (clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return std::nullopt;
    return std::uint64_t(now.tv_sec);
}


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
