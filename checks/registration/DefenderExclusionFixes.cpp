#include "DefenderExclusionFixes.h"

#include "../Catalog.h"
#include "../PlatformText.h"

namespace mars {

using namespace platform;

namespace {
QString text(const std::string& utf8)
{
    return QString::fromStdString(utf8);
}

bool listed(const std::vector<std::string>& list, const std::string& item)
{
    for (const std::string& entry : list)
        if (text(entry).compare(text(item), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// Every entry Defender lists now, one line each, for the outcome's "before".
Messages describeLists(const DefenderExclusions& found)
{
    Messages lines;
    auto add = [&](const std::vector<std::string>& entries, const char* kind) {
        for (const std::string& entry : entries)
            lines << Message::plain(QString::fromLatin1(kind) + QStringLiteral(": ") + text(entry));
    };
    add(found.local.paths, "ExclusionPath");
    add(found.local.processes, "ExclusionProcess");
    add(found.policy.paths, "Policy ExclusionPath");
    add(found.policy.processes, "Policy ExclusionProcess");
    return lines;
}
}  // namespace

Message describeWanted(const WantedExclusion& wanted)
{
    return wanted.kind == WantedExclusion::Kind::Folder ? AddDefenderExclusionsFix::msg("Folder: %1").arg(wanted.item)
                                                        : AddDefenderExclusionsFix::msg("Process: %1").arg(wanted.item);
}

AddDefenderExclusionsFix::AddDefenderExclusionsFix(std::shared_ptr<Platform> platform, QList<WantedExclusion> wanted)
    : Fix(fixes::addDefenderExclusions), m_platform(std::move(platform)), m_wanted(std::move(wanted))
{
}

Message AddDefenderExclusionsFix::plan() const
{
    Messages steps;
    steps << msg("Add these exclusions to Microsoft Defender (as Add-MpPreference does):");
    for (const WantedExclusion& want : m_wanted)
        if (!want.covered())
            steps << describeWanted(want);
    steps << msg("Defender's list as it is now goes into the report, and this program records what it adds, so \"Put back the "
                 "earlier exclusions\" removes exactly these and nothing else.");
    return Message::joined(steps, QStringLiteral("\n"));
}

FixOutcome AddDefenderExclusionsFix::apply(const CheckContext&, FixProgress&) const
{
    FixOutcome outcome;
    AntivirusExclusions& defender = m_platform->antivirusExclusions();
    // Never act on what was shown earlier: read again.
    const DefenderExclusions before = defender.defenderExclusions();
    outcome.before << describeLists(before);
    if (outcome.before.isEmpty())
        outcome.before << msg("Defender listed no exclusions.");
    if (!before.readable()) {
        outcome.failures << msg("Nothing changed: Defender's exclusions cannot be read now.");
        return outcome;
    }
    QList<WantedExclusion> wanted = m_wanted;
    markCovered(wanted, before);
    const ExclusionList missing = missingExclusions(wanted);
    if (missing.empty()) {
        outcome.changes << msg("Nothing to add: Defender already excludes all three.");
        return outcome;
    }
    const FixOutcome added = toOutcome(defender.addDefenderExclusions(missing));
    outcome.changes << added.changes;
    outcome.failures << added.failures;

    // What Defender keeps, read back: tamper protection with DisableLocalAdminMerge accepts the call and keeps nothing.
    const DefenderExclusions after = defender.defenderExclusions();
    ExclusionList kept = defender.addedDefenderExclusions().value_or(ExclusionList{});
    bool keptAny = false;
    auto note = [&](const std::vector<std::string>& asked, const std::vector<std::string>& now, std::vector<std::string>& record) {
        for (const std::string& item : asked) {
            if (listed(now, item)) {
                if (!listed(record, item))
                    record.push_back(item);
                keptAny = true;
            } else if (added.ok()) {
                outcome.failures << msg("Defender did not keep %1: tamper protection, or a policy that ignores local exclusions "
                                        "(DisableLocalAdminMerge), may be in force. Ask whoever manages Defender to add it.")
                                        .arg(text(item));
            }
        }
    };
    note(missing.paths, after.local.paths, kept.paths);
    note(missing.processes, after.local.processes, kept.processes);
    if (keptAny) {
        const FixOutcome recorded = toOutcome(defender.recordAddedDefenderExclusions(kept));
        if (!recorded.ok())
            outcome.failures << msg("The exclusions were added but could not be recorded for \"Put back\": remove them by hand "
                                    "with Remove-MpPreference if needed.")
                             << recorded.failures;
    }
    return outcome;
}

PutBackDefenderExclusionsFix::PutBackDefenderExclusionsFix(std::shared_ptr<Platform> platform, ExclusionList added)
    : Fix(fixes::putBackDefenderExclusions), m_platform(std::move(platform)), m_added(std::move(added))
{
}

Message PutBackDefenderExclusionsFix::plan() const
{
    Messages steps;
    steps << msg("Remove these exclusions, which this program added to Microsoft Defender:");
    for (const std::string& path : m_added.paths)
        steps << AddDefenderExclusionsFix::msg("Folder: %1").arg(text(path));
    for (const std::string& process : m_added.processes)
        steps << AddDefenderExclusionsFix::msg("Process: %1").arg(text(process));
    steps << msg("Exclusions that were there before stay as they are.");
    return Message::joined(steps, QStringLiteral("\n"));
}

FixOutcome PutBackDefenderExclusionsFix::apply(const CheckContext&, FixProgress&) const
{
    FixOutcome outcome;
    AntivirusExclusions& defender = m_platform->antivirusExclusions();
    outcome.before << describeLists(defender.defenderExclusions());
    const auto recorded = defender.addedDefenderExclusions();
    if (!recorded) {
        outcome.failures << msg("Nothing changed: the exclusions this program added are no longer recorded.");
        return outcome;
    }
    const FixOutcome removed = toOutcome(defender.removeDefenderExclusions(*recorded));
    outcome.changes << removed.changes;
    outcome.failures << removed.failures;
    // Keep in the record whatever is still there, so a later put-back can try again.
    const DefenderExclusions after = defender.defenderExclusions();
    ExclusionList remaining;
    for (const std::string& path : recorded->paths)
        if (listed(after.local.paths, path))
            remaining.paths.push_back(path);
    for (const std::string& process : recorded->processes)
        if (listed(after.local.processes, process))
            remaining.processes.push_back(process);
    const FixOutcome kept = toOutcome(remaining.empty() ? defender.forgetAddedDefenderExclusions()
                                                        : defender.recordAddedDefenderExclusions(remaining));
    outcome.failures << kept.failures;
    if (!remaining.empty() && removed.ok())
        outcome.failures << msg("Defender still lists %n exclusion(s) this program added; they stay recorded.", nullptr,
                                int(remaining.paths.size() + remaining.processes.size()));
    return outcome;
}

CopyExclusionListFix::CopyExclusionListFix(QList<WantedExclusion> wanted)
    : Fix(fixes::copyExclusionList), m_wanted(std::move(wanted))
{
}

Message CopyExclusionListFix::plan() const
{
    return msg("Copy the three exclusions the agent needs (two folders and the engine's process), one a line, to send to "
               "whoever manages the antivirus on this server.");
}

FixOutcome CopyExclusionListFix::apply(const CheckContext&, FixProgress&) const
{
    FixOutcome outcome;
    QStringList lines;
    for (const WantedExclusion& want : m_wanted)
        lines << want.item;
    outcome.clipboardText = lines.join(QLatin1Char('\n'));
    outcome.changes << msg("Copied the list of exclusions to the clipboard.");
    return outcome;
}

}  // namespace mars
