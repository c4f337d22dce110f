#pragma once
// Which vault this server is registered to, as the agent records it in its Config key
// (HKLM\SOFTWARE\Microsoft\Windows Azure Backup\Config). Sources (shared/domain/windows.md): Microsoft's Windows Admin
// Center Azure Backup scripts read MachineId and ResourceId there (Get-CustomerDetails in its AzureBackup.ps1);
// Start-OBRegistration prints ServiceResourceName and SubscriptionID; an Azure Backup FAQ names ServiceResourceName,
// ResourceId and MachineId. ResourceId is the vault's Azure resource ID (/subscriptions/<id>/resourceGroups/<group>/
// providers/Microsoft.RecoveryServices/vaults/<name>): the vault's name, group and subscription are read from it, and
// the separate values, where present, must agree with it. Standard C++ only: judged alike on every platform.
#include <map>
#include <string>

namespace mars::platform {

// One recorded value as the registry gave it.
struct RecordedValue {
    enum class State { Missing, Read, Unreadable };
    State state = State::Missing;
    std::string text;   // Read: the value (UTF-8)
    std::string error;  // Unreadable: why (wrong type, access denied, …)
};

struct RegisteredVault {
    enum class State {
        NotRegistered,  // none of the values is there
        Registered,     // a well-formed resource ID, and every other value present agrees with it
        Unreadable,     // a value is there but could not be read: `problem` names it
        Inconsistent,   // half-written or contradicting values, or a resource ID of another shape: `problem` says which
    };
    State state = State::NotRegistered;
    std::string resourceId, vaultName, resourceGroup, subscriptionId, machineId;
    std::string problem;  // English, for Unreadable and Inconsistent
};

// The value names, as the agent writes them.
inline constexpr const char* kRegisteredVaultValues[] = {"ResourceId", "ServiceResourceName", "ResourceGroupName", "SubscriptionId",
                                                          "MachineId"};

// Judges the values read (keyed by the names above; a name not in the map is missing).
RegisteredVault judgeRegisteredVault(const std::map<std::string, RecordedValue>& values);

// "…" and the last four characters: enough to tell two subscriptions apart in a ticket, not to name one.
std::string maskedSubscription(const std::string& subscriptionId);

}  // namespace mars::platform
