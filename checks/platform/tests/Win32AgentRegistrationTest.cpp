// The agent's record of its vault, read from the registry under Wine: the values written here as a registered agent
// writes them (the same vault, another vault, half-written, a value of the wrong type), read back through the
// platform layer, and removed again.
#include "checks/platform/Platform.h"
#include "checks/platform/TextConversion.h"

#include <catch2/catch.hpp>
#include <windows.h>

#include <string>

using namespace mars::platform;

namespace {
const wchar_t* kConfig = L"SOFTWARE\\Microsoft\\Windows Azure Backup\\Config";

void setText(const wchar_t* name, const std::wstring& text)
{
    REQUIRE(RegSetKeyValueW(HKEY_LOCAL_MACHINE, kConfig, name, REG_SZ, text.c_str(), DWORD((text.size() + 1) * sizeof(wchar_t))) == ERROR_SUCCESS);
}

// Removes what the test wrote, also when it fails.
struct ConfigKey {
    ConfigKey() { clear(); }
    ~ConfigKey() { clear(); }
    static void clear()
    {
        for (const wchar_t* name : {L"ResourceId", L"ServiceResourceName", L"ResourceGroupName", L"SubscriptionId", L"MachineId"})
            RegDeleteKeyValueW(HKEY_LOCAL_MACHINE, kConfig, name);
    }
};

const std::wstring kId = L"/subscriptions/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0/resourceGroups/Backup-RG/providers/"
                         L"Microsoft.RecoveryServices/vaults/Contoso-Vault";
}  // namespace

TEST_CASE("the registered vault is read from the agent's Config key", "[win32][registered-vault]")
{
    ConfigKey key;
    auto platform = makeSystemPlatform();
    CHECK(platform->agent().agentRegistration().vault.state == RegisteredVault::State::NotRegistered);

    setText(L"ResourceId", kId);
    setText(L"ServiceResourceName", L"Contoso-Vault");
    setText(L"SubscriptionId", L"0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0");
    setText(L"ResourceGroupName", L"Backup-RG");
    setText(L"MachineId", L"7f3a9c1e-0000-4b2a-9f11-2c3d4e5f6a7b");
    RegisteredVault vault = platform->agent().agentRegistration().vault;
    CHECK(vault.state == RegisteredVault::State::Registered);
    CHECK(vault.vaultName == "Contoso-Vault");
    CHECK(vault.resourceGroup == "Backup-RG");
    CHECK(vault.machineId == "7f3a9c1e-0000-4b2a-9f11-2c3d4e5f6a7b");

    // Another vault's name beside this resource ID: contradicting values, said as such.
    setText(L"ServiceResourceName", L"Fabrikam-Vault");
    vault = platform->agent().agentRegistration().vault;
    CHECK(vault.state == RegisteredVault::State::Inconsistent);
    CHECK(vault.problem.find("ServiceResourceName") != std::string::npos);

    // Half-written: the resource ID gone, the rest still there.
    REQUIRE(RegDeleteKeyValueW(HKEY_LOCAL_MACHINE, kConfig, L"ResourceId") == ERROR_SUCCESS);
    vault = platform->agent().agentRegistration().vault;
    CHECK(vault.state == RegisteredVault::State::Inconsistent);
    CHECK(vault.problem.find("half-written") != std::string::npos);

    // A value of the wrong type is there but cannot be read: never "not registered".
    const DWORD number = 7;
    REQUIRE(RegSetKeyValueW(HKEY_LOCAL_MACHINE, kConfig, L"ResourceId", REG_DWORD, &number, sizeof number) == ERROR_SUCCESS);
    vault = platform->agent().agentRegistration().vault;
    CHECK(vault.state == RegisteredVault::State::Unreadable);
    CHECK(vault.problem.find("ResourceId") != std::string::npos);
}
