// There is no LocalSystem here: the portable build says so, and the probe as SYSTEM is never claimed.
#include "../SystemAccount.h"

#include <unistd.h>

namespace mars::platform {

namespace {
class PosixSystemAccount final : public SystemAccount {
public:
    std::string expectedSid() override { return {}; }
    SystemRun runAsSystem(const ProbeProgram&, const std::vector<std::string>&, const std::string&, int) override
    {
        SystemRun run;
        run.state = SystemRun::State::Unavailable;
        run.error = "there is no LocalSystem account on this system (Windows only)";
        return run;
    }
};
}  // namespace

std::unique_ptr<SystemAccount> makeSystemAccount()
{
    return std::make_unique<PosixSystemAccount>();
}

std::string currentAccountSid()
{
    return "uid:" + std::to_string(getuid());
}

}  // namespace mars::platform
