#pragma once
// A VaultEnvironment whose answers the test sets: a network share or a mapped drive, an installed agent of a chosen
// version — what this machine (and Wine) cannot produce on demand. The vault the server is registered to is the
// agent's record (FakePlatform::registration).
#include "checks/platform/VaultEnvironment.h"

#include <mutex>

namespace mars::test {

class FakeVaultEnvironment final : public platform::VaultEnvironment {
public:
    platform::FileLocation location{platform::FileLocation::Kind::Local, "fake local disk"};
    platform::AgentFacts agent{};

    platform::FileLocation locate(const std::filesystem::path&) override
    {
        std::lock_guard lock(m_mutex);
        return location;
    }
    platform::AgentFacts agentFacts(const std::filesystem::path&) override
    {
        std::lock_guard lock(m_mutex);
        return agent;
    }

private:
    std::mutex m_mutex;
};

}  // namespace mars::test
