#include "RegisteredVault.h"

#include <cctype>
#include <vector>

namespace mars::platform {

namespace {

bool sameIgnoringCase(const std::string& a, const std::string& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

std::vector<std::string> segments(const std::string& path)
{
    std::vector<std::string> parts;
    std::string part;
    for (char c : path) {
        if (c == '/') {
            parts.push_back(part);
            part.clear();
        } else {
            part += c;
        }
    }
    parts.push_back(part);
    return parts;
}

// /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.RecoveryServices/vaults/<name> (keywords in any
// case, as Azure treats them); anything else is not a vault's ID.
bool parseVaultResourceId(const std::string& id, RegisteredVault& vault)
{
    const std::vector<std::string> parts = segments(id);
    if (parts.size() != 9 || !parts[0].empty() || !sameIgnoringCase(parts[1], "subscriptions") || !sameIgnoringCase(parts[3], "resourceGroups") ||
        !sameIgnoringCase(parts[5], "providers") || !sameIgnoringCase(parts[6], "Microsoft.RecoveryServices") || !sameIgnoringCase(parts[7], "vaults"))
        return false;
    for (std::size_t i : {2, 4, 8})
        if (parts[i].empty())
            return false;
    vault.subscriptionId = parts[2];
    vault.resourceGroup = parts[4];
    vault.vaultName = parts[8];
    return true;
}

}  // namespace

RegisteredVault judgeRegisteredVault(const std::map<std::string, RecordedValue>& values)
{
    RegisteredVault vault;
    const auto value = [&values](const char* name) {
        const auto found = values.find(name);
        return found == values.end() ? RecordedValue{} : found->second;
    };
    std::string present, missing;
    for (const char* name : kRegisteredVaultValues) {
        const RecordedValue recorded = value(name);
        if (recorded.state == RecordedValue::State::Unreadable) {
            vault.state = RegisteredVault::State::Unreadable;
            vault.problem = std::string(name) + " is recorded but cannot be read: " + recorded.error;
            return vault;
        }
        std::string& list = recorded.state == RecordedValue::State::Read ? present : missing;
        list += (list.empty() ? "" : ", ") + std::string(name);
    }
    if (present.empty())
        return vault;  // never registered here (or unregistered: the agent removes them)

    const RecordedValue resourceId = value("ResourceId");
    vault.machineId = value("MachineId").text;
    if (resourceId.state != RecordedValue::State::Read) {
        vault.state = RegisteredVault::State::Inconsistent;
        vault.problem = "half-written: " + present + " recorded, but not the vault's ResourceId";
        return vault;
    }
    vault.resourceId = resourceId.text;
    if (!parseVaultResourceId(resourceId.text, vault)) {
        vault.state = RegisteredVault::State::Inconsistent;
        vault.problem = "ResourceId is not a Recovery Services vault's resource ID";
        return vault;
    }
    const struct {
        const char* name;
        const std::string& expected;
    } agreeing[] = {{"ServiceResourceName", vault.vaultName}, {"ResourceGroupName", vault.resourceGroup}, {"SubscriptionId", vault.subscriptionId}};
    for (const auto& check : agreeing) {
        const RecordedValue recorded = value(check.name);
        if (recorded.state == RecordedValue::State::Read && !sameIgnoringCase(recorded.text, check.expected)) {
            vault.state = RegisteredVault::State::Inconsistent;
            vault.problem = std::string(check.name) + " names another vault than ResourceId does";
            return vault;
        }
    }
    vault.state = RegisteredVault::State::Registered;
    return vault;
}

std::string maskedSubscription(const std::string& subscriptionId)
{
    if (subscriptionId.size() <= 4)
        return "…";
    return "…" + subscriptionId.substr(subscriptionId.size() - 4);
}

}  // namespace mars::platform
