// There is no Linux agent: the portable build checks the folder an install would use on a Unix-like layout, and
// knows of no earlier registration.
#include "PosixParts.h"

namespace mars::platform {

namespace {
class PosixAgentRecords final : public AgentRecords {
public:
    InstallLocation agentInstallLocation() override { return {"/opt/Microsoft Azure Recovery Services Agent", false}; }
    AgentRegistration agentRegistration() override { return {}; }
};
}  // namespace

std::unique_ptr<AgentRecords> makeSystemAgentRecords()
{
    return std::make_unique<PosixAgentRecords>();
}

}  // namespace mars::platform
