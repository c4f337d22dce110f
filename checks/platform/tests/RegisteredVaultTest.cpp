// Which vault the agent recorded (checks/platform/RegisteredVault.h): every shape of the Config key's values, judged
// the same way natively and under Wine (Win32AgentRegistrationTest.cpp reads them from the registry there).
#include "checks/platform/RegisteredVault.h"

#include <catch2/catch.hpp>

using namespace mars::platform;

namespace {
const std::string kId = "/subscriptions/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0/resourceGroups/Backup-RG/providers/"
                        "Microsoft.RecoveryServices/vaults/Contoso-Vault";
RecordedValue read(const std::string& text)
{
    return {RecordedValue::State::Read, text, {}};
}
}  // namespace

TEST_CASE("the recorded vault: registered, not registered, half-written, contradicting, unreadable", "[registered-vault]")
{
    SECTION("nothing recorded: not registered")
    {
        CHECK(judgeRegisteredVault({}).state == RegisteredVault::State::NotRegistered);
    }
    SECTION("a resource ID alone, and with every value agreeing (in any case)")
    {
        RegisteredVault vault = judgeRegisteredVault({{"ResourceId", read(kId)}});
        CHECK(vault.state == RegisteredVault::State::Registered);
        CHECK(vault.vaultName == "Contoso-Vault");
        CHECK(vault.resourceGroup == "Backup-RG");
        CHECK(vault.subscriptionId == "0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0");
        vault = judgeRegisteredVault({{"ResourceId", read(kId)}, {"ServiceResourceName", read("contoso-vault")},
                                      {"ResourceGroupName", read("backup-rg")}, {"SubscriptionId", read("0B1C2D3E-4F50-6172-8394-A5B6C7D8E9F0")},
                                      {"MachineId", read("7f3a9c1e-0000-4b2a-9f11-2c3d4e5f6a7b")}});
        CHECK(vault.state == RegisteredVault::State::Registered);
        CHECK(vault.machineId == "7f3a9c1e-0000-4b2a-9f11-2c3d4e5f6a7b");
    }
    SECTION("half-written: a name and a machine ID without the resource ID")
    {
        const RegisteredVault vault = judgeRegisteredVault({{"ServiceResourceName", read("Contoso-Vault")}, {"MachineId", read("x")}});
        CHECK(vault.state == RegisteredVault::State::Inconsistent);
        CHECK(vault.problem.find("half-written") != std::string::npos);
        CHECK(vault.problem.find("ResourceId") != std::string::npos);
    }
    SECTION("values that name another vault than the resource ID")
    {
        for (const auto& [name, text] : std::map<std::string, std::string>{
                 {"ServiceResourceName", "Fabrikam-Vault"}, {"ResourceGroupName", "Other-RG"}, {"SubscriptionId", "ffffffff-0000-0000-0000-000000000000"}}) {
            INFO(name);
            const RegisteredVault vault = judgeRegisteredVault({{"ResourceId", read(kId)}, {name, read(text)}});
            CHECK(vault.state == RegisteredVault::State::Inconsistent);
            CHECK(vault.problem.find(name) != std::string::npos);
        }
    }
    SECTION("a resource ID of another shape")
    {
        for (const std::string& id : {std::string("12345"), std::string("/subscriptions/x/resourceGroups/g/providers/Microsoft.Storage/storageAccounts/a"),
                                      std::string("/subscriptions//resourceGroups/g/providers/Microsoft.RecoveryServices/vaults/v"),
                                      kId + "/extra", std::string()}) {
            INFO(id);
            CHECK(judgeRegisteredVault({{"ResourceId", read(id)}}).state == RegisteredVault::State::Inconsistent);
        }
    }
    SECTION("a value that is there but cannot be read is never 'not registered'")
    {
        const RegisteredVault vault =
            judgeRegisteredVault({{"ResourceId", read(kId)}, {"SubscriptionId", {RecordedValue::State::Unreadable, {}, "it is not a text value"}}});
        CHECK(vault.state == RegisteredVault::State::Unreadable);
        CHECK(vault.problem == "SubscriptionId is recorded but cannot be read: it is not a text value");
    }
}

TEST_CASE("a subscription is shown by its last four characters only", "[registered-vault]")
{
    CHECK(maskedSubscription("0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0") == "…e9f0");
    CHECK(maskedSubscription("abc") == "…");
}
