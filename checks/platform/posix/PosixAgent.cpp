// There is no Linux agent: the portable build checks the folder an install would use on a Unix-like layout, and
// knows of no earlier registration.
#include "../Platform.h"

namespace mars::platform {

namespace {
class PosixAgentRecords final : public AgentRecords {
public:
    InstallLocation agentInstallLocation() override { return {"/opt/Microsoft Azure Recovery Services Agent", false}; }
    AgentRegistration agentRegistration() override { return {}; }
    // Not applicable: there is no agent binary or service manager to ask, and the checks say so.
    AgentBinary agentBinary() override { return {}; }
    AgentService agentService() override { return {}; }
    ChangeResult startAgentService() override { return {{}, {"there is no agent service on this system"}}; }
    ChangeResult restartAgentService() override { return {{}, {"there is no agent service on this system"}}; }
};
}  // namespace

std::unique_ptr<AgentRecords> makeSystemAgentRecords()
{
    return std::make_unique<PosixAgentRecords>();
}

}  // namespace mars::platform
