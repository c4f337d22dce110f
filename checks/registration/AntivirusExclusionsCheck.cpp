#include "AntivirusExclusionsCheck.h"

#include "../PlatformText.h"
#include "../installation/AdminRightsCheck.h"
#include "DefenderExclusionFixes.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mars {

std::span<const FindingSpec> AntivirusExclusionsCheck::findings()
{
    using A = Article;
    static constexpr FindingSpec table[] = {
        {Code::Excluded, "MSD-AVX-001", kPass, "Microsoft Defender excludes the agent's cache and Bin folders and cbengine.exe.", A::Troubleshoot},
        {Code::Missing, "MSD-AVX-002", kWarning, "Microsoft Defender does not exclude some of the agent's cache folder, Bin folder and cbengine.exe (antivirus is a documented cause of error 34513).", A::Troubleshoot},
        {Code::NoDefenderHere, "MSD-AVX-003", kWarning, "Not examined: no Microsoft Defender on this system (portable build).", A::Troubleshoot, Examined::No},
        {Code::AgentNotInstalled, "MSD-AVX-004", kWarning, "Not examined: the agent is not installed, so it has no folders to exclude yet.", A::Troubleshoot, Examined::No},
        {Code::AnotherProduct, "MSD-AVX-005", kWarning, "Not examined: Microsoft Defender is absent, stopped or passive; another antivirus product is in charge.", A::Troubleshoot, Examined::No},
        {Code::Unreadable, "MSD-AVX-006", kWarning, "Not examined: Defender's exclusions cannot be read (hidden from administrators, access denied, or an error).", A::Troubleshoot, Examined::No},
        {Code::PolicyOnly, "MSD-AVX-007", kWarning, "Exclusions are missing and only Group Policy's apply (DisableLocalAdminMerge): they must be added there.", A::Troubleshoot},
    };
    static_assert(coversEachCodeInOrder<Code>(table));
    return table;
}

using namespace platform;

namespace {
const char* reasonId(ExclusionsUnreadable reason)
{
    switch (reason) {
    case ExclusionsUnreadable::None: return "read";
    case ExclusionsUnreadable::NotWindows: return "not-windows";
    case ExclusionsUnreadable::DefenderAbsent: return "defender-absent";
    case ExclusionsUnreadable::DefenderOff: return "defender-off";
    case ExclusionsUnreadable::PassiveMode: return "passive-mode";
    case ExclusionsUnreadable::HiddenFromAdmins: return "hidden-from-admins";
    case ExclusionsUnreadable::AccessDenied: return "access-denied";
    case ExclusionsUnreadable::Failed: return "failed";
    }
    return "failed";
}

// Defender is not what protects this server: its list, read or not, is not the one that matters.
bool anotherProductInCharge(ExclusionsUnreadable reason)
{
    return reason == ExclusionsUnreadable::DefenderAbsent || reason == ExclusionsUnreadable::DefenderOff ||
           reason == ExclusionsUnreadable::PassiveMode;
}

QJsonArray items(const QList<WantedExclusion>& wanted, bool covered)
{
    QJsonArray list;
    for (const WantedExclusion& want : wanted)
        if (want.covered() == covered)
            list.append(want.item);
    return list;
}
}  // namespace

AntivirusExclusionsCheck::AntivirusExclusionsCheck(std::shared_ptr<Platform> platform) : m_platform(std::move(platform)) {}

AntivirusExclusionsCheck::Verdict AntivirusExclusionsCheck::judge(const CheckContext& context) const
{
    Verdict result;
    AntivirusExclusions& defender = m_platform->antivirusExclusions();
    const DefenderExclusions found = defender.defenderExclusions();
    if (found.unreadable == ExclusionsUnreadable::NotWindows) {
        result.status = Status::Warning;
        result.code = Code::NoDefenderHere;
        result.summary = msg("Not examined: this system has no Microsoft Defender whose exclusions could be read.");
        result.evidence << msg("Run the Windows build of this program on the server to check the agent's antivirus exclusions.");
        result.facts = {{QStringLiteral("applicable"), false}};
        return result;
    }
    // Installed as the agent check says it (Setup\InstallPath recorded); <install> is that folder.
    const bool installed = m_platform->agent().agentBinary().installed;
    const InstallLocation install = m_platform->agent().agentInstallLocation();
    QList<WantedExclusion> wanted = wantedExclusions(install.folder, m_platform->agent().agentRegistration().scratch);
    QJsonObject facts{{QStringLiteral("applicable"), true}, {QStringLiteral("installed"), installed},
                      {QStringLiteral("defender"), QLatin1String(reasonId(found.unreadable))}};
    const Message source = msg("The agent's troubleshooting article names antivirus software as a cause of error 34513 and asks "
                               "for these exclusions.");
    auto askFor = [&](const Message& heading) {
        result.evidence << heading;
        for (const WantedExclusion& want : wanted)
            result.evidence << describeWanted(want);
        result.fixes << std::make_shared<CopyExclusionListFix>(wanted);
    };

    if (!installed) {
        result.status = Status::Warning;
        result.code = Code::AgentNotInstalled;
        result.summary = msg("Not examined: the agent is not installed, so it has no folders to exclude yet.");
        askFor(msg("Once it is installed (here in its default folder), the antivirus should exclude:"));
        result.evidence << source;
        result.facts = facts;
        return result;
    }
    if (found.tamperProtection.value_or(false))
        result.evidence << msg("Defender's tamper protection is on: changes made on this server may be refused or undone.");

    if (!found.readable()) {
        const bool elsewhere = anotherProductInCharge(found.unreadable);
        result.status = Status::Warning;
        result.code = elsewhere ? Code::AnotherProduct : Code::Unreadable;
        result.summary = elsewhere ? msg("Not examined: Microsoft Defender is not this server's antivirus; the agent's exclusions must be "
                                         "asked for in the product that is.")
                                   : msg("Not examined: Microsoft Defender's exclusions cannot be read here; ask whoever manages "
                                         "Defender to confirm them.");
        switch (found.unreadable) {
        case ExclusionsUnreadable::DefenderAbsent:
            result.evidence << msg("Microsoft Defender is not installed (there is no WinDefend service): another antivirus product, or "
                                   "none, protects this server.");
            break;
        case ExclusionsUnreadable::DefenderOff:
            result.evidence << msg("Microsoft Defender's service (WinDefend) is not running: another antivirus product is in charge.");
            break;
        case ExclusionsUnreadable::PassiveMode:
            result.evidence << msg("Microsoft Defender is set to passive mode (ForceDefenderPassiveMode): another antivirus product "
                                   "is in charge.");
            break;
        case ExclusionsUnreadable::HiddenFromAdmins:
            result.evidence << msg("A policy hides Defender's exclusions from local administrators (HideExclusionsFromLocalAdmins).");
            break;
        case ExclusionsUnreadable::AccessDenied:
            result.evidence << msg("Defender's exclusion list refused this account: %1").arg(platformText(found.error));
            if (!context.environment.processElevated)
                result.fixes << std::make_shared<RestartElevatedFix>(m_platform);
            break;
        case ExclusionsUnreadable::Failed:
        case ExclusionsUnreadable::NotWindows:
        case ExclusionsUnreadable::None:
            result.evidence << msg("Defender's exclusion list could not be read: %1").arg(platformText(found.error));
            break;
        }
        askFor(elsewhere ? msg("Ask whoever manages the antivirus to exclude:") : msg("Ask whoever manages Defender to confirm these exclusions:"));
        result.evidence << source;
        result.facts = facts;
        return result;
    }

    markCovered(wanted, found);
    QStringList missing;
    for (const WantedExclusion& want : wanted) {
        if (!want.covered()) {
            missing << want.item;
            result.evidence << msg("Not excluded: %1").arg(describeWanted(want));
        } else if (want.fromPolicy) {
            result.evidence << msg("Excluded by Group Policy: %1 (entry %2)").arg(describeWanted(want)).arg(want.coveredBy);
        } else {
            result.evidence << msg("Excluded: %1 (entry %2)").arg(describeWanted(want)).arg(want.coveredBy);
        }
    }
    facts.insert(QStringLiteral("excluded"), items(wanted, true));
    facts.insert(QStringLiteral("missing"), items(wanted, false));
    facts.insert(QStringLiteral("localIgnored"), found.localIgnored);
    result.facts = facts;

    if (missing.isEmpty()) {
        result.status = Status::Pass;
        result.code = Code::Excluded;
        result.summary = msg("Microsoft Defender excludes the agent's cache and Bin folders and cbengine.exe.");
    } else {
        result.status = Status::Warning;
        result.evidence << source;
        if (found.localIgnored) {
            result.code = Code::PolicyOnly;
            result.summary = msg("Microsoft Defender does not exclude %1, and only Group Policy can add exclusions here.")
                                 .arg(missing.join(QStringLiteral("; ")));
            result.evidence << msg("A policy (DisableLocalAdminMerge) makes Defender ignore exclusions added on this server: ask whoever "
                                   "manages the policy to add the ones above.");
            result.fixes << std::make_shared<CopyExclusionListFix>(wanted);
        } else {
            result.code = Code::Missing;
            result.summary = msg("Microsoft Defender does not exclude %1.").arg(missing.join(QStringLiteral("; ")));
            result.fixes << std::make_shared<AddDefenderExclusionsFix>(m_platform, wanted);
        }
    }
    if (const auto added = defender.addedDefenderExclusions()) {
        result.evidence << msg("This program added exclusions earlier and recorded them; it can remove them again.");
        result.fixes << std::make_shared<PutBackDefenderExclusionsFix>(m_platform, *added);
    }
    return result;
}

}  // namespace mars
