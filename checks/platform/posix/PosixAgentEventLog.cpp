#include "../AgentEventLog.h"

namespace mars::platform {

namespace {
// The portable build runs where there is no Windows event log: nothing examined, said as such, never "no events".
class PosixAgentEventLog final : public AgentEventLog {
public:
    AgentEventRead newestProblems(const std::string&, std::size_t) override
    {
        AgentEventRead read;
        read.state = AgentEventRead::State::Unavailable;
        read.reason = "not examined: no Windows event log on this system";
        return read;
    }
};
}  // namespace

std::unique_ptr<AgentEventLog> makeSystemAgentEventLog()
{
    return std::make_unique<PosixAgentEventLog>();
}

}  // namespace mars::platform
