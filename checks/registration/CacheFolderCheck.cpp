#include "CacheFolderCheck.h"

#include "../PlatformText.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mars {

std::span<const FindingSpec> CacheFolderCheck::findings()
{
    using A = Article;
    static constexpr FindingSpec table[] = {
        {Code::Good, "MSD-CCH-001", kPass, "The cache folder is on a local fixed NTFS or ReFS volume, and both ScratchLocation values agree.", A::Faq},
        {Code::NoWindowsAgent, "MSD-CCH-002", kWarning, "Not examined: no Windows agent on this system (portable build).", A::Faq, Examined::No},
        {Code::AgentNotInstalled, "MSD-CCH-003", kWarning, "Not examined: the agent is not installed, so it has no cache folder yet.", A::Faq, Examined::No},
        {Code::LocationMissing, "MSD-CCH-004", kFail, "Both ScratchLocation values are missing.", A::Troubleshoot},
        {Code::LocationsDiffer, "MSD-CCH-005", kFail, "The two ScratchLocation values differ (error 34506).", A::Troubleshoot},
        {Code::FolderMissing, "MSD-CCH-006", kFail, "The cache folder does not exist, or its volume is offline (0x1FC07).", A::Troubleshoot},
        {Code::Unexaminable, "MSD-CCH-007", kWarning, "The cache folder could not be examined.", A::Faq, Examined::No},
        {Code::IsFile, "MSD-CCH-008", kFail, "The cache location is a file, not a folder.", A::Faq},
        {Code::BadAttributes, "MSD-CCH-009", kFail, "The cache folder is compressed, encrypted, sparse or a reparse point.", A::Faq},
        {Code::NetworkShare, "MSD-CCH-010", kFail, "The cache folder is on a network share.", A::Faq},
        {Code::Removable, "MSD-CCH-011", kFail, "The cache folder is on a removable drive.", A::Faq},
        {Code::NotFixed, "MSD-CCH-012", kFail, "The cache folder's volume is not a fixed local disk.", A::Faq},
        {Code::DriveTypeUnknown, "MSD-CCH-013", kWarning, "Windows does not say what kind of drive holds the cache folder.", A::Faq, Examined::No},
        {Code::FileSystemUnreadable, "MSD-CCH-014", kWarning, "The cache folder's file system could not be read.", A::Faq, Examined::No},
        {Code::WrongFileSystem, "MSD-CCH-015", kFail, "The cache folder's volume is neither NTFS nor ReFS.", A::Faq},
        {Code::ReadOnly, "MSD-CCH-016", kFail, "The cache folder's volume is read-only.", A::Faq},
        {Code::FreeSpaceUnreadable, "MSD-CCH-017", kWarning, "The free space of the cache folder's volume could not be read.", A::Faq, Examined::No},
        {Code::LowFreeSpace, "MSD-CCH-018", kWarning, "Too little free space for the cache folder if System State is backed up.", A::Faq},
    };
    static_assert(coversEachCodeInOrder<Code>(table));
    return table;
}

using namespace platform;

namespace {
constexpr quint64 kGiB = quint64(1) << 30;


// Windows compares paths without regard to case, and "D:\Scratch\" is "D:\Scratch".
bool samePath(const std::filesystem::path& a, const std::filesystem::path& b)
{
    auto normal = [](const std::filesystem::path& path) {
        QString text = pathText(path);
        while (text.size() > 1 && (text.endsWith(QLatin1Char('\\')) || text.endsWith(QLatin1Char('/'))))
            text.chop(1);
        return text;
    };
    return normal(a).compare(normal(b), Qt::CaseInsensitive) == 0;
}

const char* kindId(VolumeKind kind)
{
    switch (kind) {
    case VolumeKind::Fixed: return "fixed";
    case VolumeKind::Removable: return "removable";
    case VolumeKind::Network: return "network";
    case VolumeKind::Optical: return "optical";
    case VolumeKind::RamDisk: return "ramdisk";
    case VolumeKind::Unknown: break;
    }
    return "unknown";
}
}  // namespace

CacheFolderCheck::CacheFolderCheck(std::shared_ptr<Platform> platform, const CacheFolderRules& rules)
    : m_platform(std::move(platform)), m_rules(rules)
{
}

CacheFolderCheck::Verdict CacheFolderCheck::judge(const CheckContext&) const
{
    Verdict result;
    const AgentBinary binary = m_platform->agent().agentBinary();
    const AgentRegistration registration = m_platform->agent().agentRegistration();
    if (!binary.applicable || !registration.applicable) {
        result.status = Status::Warning;
        result.code = Code::NoWindowsAgent;
        result.summary = msg("Not examined: this system has no Windows agent whose cache folder could be looked at.");
        result.evidence << msg("Run the Windows build of this program on the server to check the agent's cache folder.");
        result.facts = {{QStringLiteral("applicable"), false}};
        return result;
    }
    QJsonObject facts{{QStringLiteral("applicable"), true}, {QStringLiteral("installed"), binary.installed}};
    if (!binary.installed) {
        result.status = Status::Warning;
        result.code = Code::AgentNotInstalled;
        result.summary = msg("Not examined: the agent is not installed, so it has no cache folder yet.");
        result.evidence << msg("Setup creates it (its /s:\"folder\" switch chooses where): on a local, fixed NTFS or ReFS volume, "
                               "not compressed or encrypted, with free space of %1–%2 % of the data you will back up.")
                               .arg(m_rules.minimumPercent)
                               .arg(m_rules.recommendedPercent);
        result.facts = facts;
        return result;
    }

    Status status = Status::Pass;
    Message summary;
    Code code = Code::Good;
    bool moveAdvice = false;
    auto problem = [&](Status level, Code problemCode, const Message& line, bool needsMove = true) {
        // Every problem is a line of the evidence; the first of the worst is the summary too (and then not repeated).
        result.evidence << line;
        if (summary.isEmpty() || worseOf(status, level) != status) {
            summary = line;
            code = problemCode;
        }
        status = worseOf(status, level);
        moveAdvice = moveAdvice || needsMove;
    };

    // The two registry values.
    facts.insert(QStringLiteral("scratch"), pathText(registration.scratch));
    facts.insert(QStringLiteral("providerScratch"), pathText(registration.providerScratch));
    const bool agree = samePath(registration.scratch, registration.providerScratch);
    facts.insert(QStringLiteral("valuesAgree"), agree && !registration.scratch.empty());
    auto value = [&](int which, const std::filesystem::path& path) {
        return path.empty() ? msg("%1 is missing.").arg(m_rules.registryValues.value(which))
                            : Message::plain(m_rules.registryValues.value(which) + QStringLiteral(" = ") + pathText(path));
    };
    result.evidence << value(0, registration.scratch) << value(1, registration.providerScratch);
    if (registration.scratch.empty() && registration.providerScratch.empty()) {
        result.status = Status::Fail;
        result.code = Code::LocationMissing;
        result.summary = msg("The agent records no cache folder: both ScratchLocation values are missing.");
        result.evidence << msg("Repair or reinstall the agent, or set both values to the cache folder. Source: %1").arg(m_rules.registrySource);
        result.facts = facts;
        return result;
    }
    if (!agree) {
        problem(Status::Fail, Code::LocationsDiffer, msg("The two ScratchLocation values differ: registration fails with error 34506."), false);
        result.evidence << msg("Both must name the same cache folder. Source: %1").arg(m_rules.registrySource);
    }
    const std::filesystem::path folder = registration.scratch.empty() ? registration.providerScratch : registration.scratch;

    // The folder itself.
    const FolderStorage storage = m_platform->folders().folderStorage(folder);
    if (storage.state == AttributeRead::State::Missing) {
        problem(Status::Fail, Code::FolderMissing, msg("The cache folder %1 does not exist (or its volume is offline).").argPath(folder));
        result.evidence << msg("The agent fails with 0x1FC07 or ScratchLocationError until the values name its real cache folder.");
    } else if (storage.state == AttributeRead::State::Failed) {
        problem(Status::Warning, Code::Unexaminable, msg("Could not examine the cache folder %1.").argPath(folder), false);
        result.evidence << msg("Could not read %1: %2").argPath(folder).arg(platformText(storage.error));
    } else if (!storage.isDirectory) {
        problem(Status::Fail, Code::IsFile, msg("The cache location %1 is a file, not a folder.").argPath(folder));
    } else {
        // The names stay messages, rendered when shown, in the language shown.
        Messages names;
        QJsonArray ids;
        auto add = [&](bool set, const char* id, const Message& name) {
            if (set) {
                names << name;
                ids << QString::fromLatin1(id);
            }
        };
        add(storage.compressed, "compressed", msg("Compressed"));
        add(storage.encrypted, "encrypted", msg("Encrypted"));
        add(storage.sparse, "sparse", msg("Sparse"));
        add(storage.reparsePoint, "reparsePoint", msg("a reparse point (a junction or link)"));
        facts.insert(QStringLiteral("attributes"), ids);
        if (!names.isEmpty()) {
            problem(Status::Fail, Code::BadAttributes, msg("The cache folder is %1, which the agent does not support.").arg(Message::joined(names, QStringLiteral(", "))));
            result.evidence << msg("The cache folder must not be encrypted, de-duplicated, compressed, sparse or a reparse point. Source: %1")
                                   .arg(m_rules.volumeSource);
        } else {
            result.evidence << msg("The cache folder %1 exists and is not compressed, encrypted, sparse or a reparse point.").argPath(folder);
        }
    }
    // Data Deduplication is a volume feature whose state only its own service reports.
    result.evidence << msg("Not examined: whether Data Deduplication is on for the volume (also unsupported for the cache folder).");

    // OnlineBackup.KEK: there once the server is registered, missing before the first registration.
    facts.insert(QStringLiteral("kek"), registration.registered);
    if (registration.registered)
        result.evidence << msg("The cache folder holds OnlineBackup.KEK, which the agent keeps from its registration.");
    else
        result.evidence << msg("No OnlineBackup.KEK in the cache folder: expected before the first registration. If this server was "
                               "registered before, it is missing and registration fails with 0x1FC07: if the cache folder was moved, "
                               "point both values at the folder that holds it; otherwise register again with the same passphrase. Source: %1")
                               .arg(m_rules.kekSource);

    // The volume.
    facts.insert(QStringLiteral("volume"), pathText(storage.volumeRoot));
    facts.insert(QStringLiteral("volumeKind"), QString::fromLatin1(kindId(storage.kind)));
    facts.insert(QStringLiteral("fileSystem"), QString::fromStdString(storage.fileSystem));
    const Message volume = storage.volumeRoot.empty() ? Message::plain(pathText(folder)) : Message::plain(pathText(storage.volumeRoot));
    switch (storage.kind) {
    case VolumeKind::Network: problem(Status::Fail, Code::NetworkShare, msg("The cache folder is on a network share (%1): it must be on a local disk.").arg(volume)); break;
    case VolumeKind::Removable: problem(Status::Fail, Code::Removable, msg("The cache folder is on a removable drive (%1): it must be on a fixed local disk.").arg(volume)); break;
    case VolumeKind::Optical:
    case VolumeKind::RamDisk: problem(Status::Fail, Code::NotFixed, msg("The cache folder's volume %1 is not a fixed local disk.").arg(volume)); break;
    case VolumeKind::Unknown: problem(Status::Warning, Code::DriveTypeUnknown, msg("Windows does not say what kind of drive %1 is: make sure it is a fixed local disk.").arg(volume), false); break;
    case VolumeKind::Fixed: break;
    }
    if (!storage.volumeRead) {
        problem(Status::Warning, Code::FileSystemUnreadable, msg("Could not read the file system of %1: the volume may be offline.").arg(volume), false);
        if (!storage.volumeError.empty())
            result.evidence << msg("Windows said: %1").arg(platformText(storage.volumeError));
    } else {
        result.evidence << msg("Volume %1: %2, %3.").arg(volume).arg(Message::plain(QString::fromStdString(storage.fileSystem)))
                               .arg(storage.kind == VolumeKind::Fixed ? msg("a fixed local disk") : msg("not a fixed local disk"));
        if (!m_rules.fileSystemSupported(QString::fromStdString(storage.fileSystem)))
            problem(Status::Fail, Code::WrongFileSystem, msg("The cache folder's volume is %1: it must be %2.")
                                      .arg(Message::plain(QString::fromStdString(storage.fileSystem)), Message::plain(m_rules.fileSystems.join(QStringLiteral(" / ")))));
        if (storage.readOnly)
            problem(Status::Fail, Code::ReadOnly, msg("The cache folder's volume %1 is read-only.").arg(volume));
    }

    // Free space against the rule, which needs the size of the backed-up data: the agent's policy, not readable here.
    if (!storage.spaceRead) {
        problem(Status::Warning, Code::FreeSpaceUnreadable, msg("Could not read the free space of %1.").arg(volume), false);
    } else {
        facts.insert(QStringLiteral("freeBytes"), qint64(storage.freeBytes));
        facts.insert(QStringLiteral("totalBytes"), qint64(storage.totalBytes));
        const quint64 free = storage.freeBytes;
        result.evidence << msg("Free on %1: %2 of %3.").arg(volume).argBytes(free).argBytes(storage.totalBytes);
        result.evidence << msg("Microsoft's rule: free space of %1–%2 % of the data backed up, and %3–%4 GB more when System State is "
                               "backed up. How much data the agent protects is not recorded where this program can read it, so the rule "
                               "is shown, not applied. Source: %5")
                               .arg(m_rules.minimumPercent).arg(m_rules.recommendedPercent)
                               .arg(m_rules.systemStateMinimumGB).arg(m_rules.systemStateRecommendedGB)
                               .arg(m_rules.freeSpaceSource);
        result.evidence << msg("This free space is enough for about %1 (at %2 %) to %3 (at %4 %) of backed-up files.")
                               .argBytes(free * 100 / m_rules.recommendedPercent).arg(m_rules.recommendedPercent)
                               .argBytes(free * 100 / m_rules.minimumPercent).arg(m_rules.minimumPercent);
        const quint64 systemStateMinimum = quint64(m_rules.systemStateMinimumGB) * kGiB;
        const quint64 systemStateRecommended = quint64(m_rules.systemStateRecommendedGB) * kGiB;
        if (free < systemStateMinimum) {
            problem(Status::Warning, Code::LowFreeSpace, msg("Only %1 free for the cache folder: too little if System State is backed up (%2–%3 GB more).")
                                         .argBytes(free).arg(m_rules.systemStateMinimumGB).arg(m_rules.systemStateRecommendedGB));
        } else {
            const quint64 left = free > systemStateRecommended ? free - systemStateRecommended : 0;
            result.evidence << msg("With System State backed up as well: about %1 to %2 of files besides.")
                                   .argBytes(left * 100 / m_rules.recommendedPercent)
                                   .argBytes((free - systemStateMinimum) * 100 / m_rules.minimumPercent);
        }
    }

    if (moveAdvice)
        result.evidence << msg("To move the cache folder, follow Microsoft's steps: stop obengine; with System State backups, unmount "
                               "the CBSSBVol_<ID> volumes; copy (not move) the whole folder to a suitable volume; set both ScratchLocation "
                               "values to the copy; start obengine; after a successful backup, delete the old folder. %1")
                               .arg(m_rules.moveStepsUrl);
    result.evidence.removeOne(summary);
    result.status = status;
    result.code = code;
    result.facts = facts;
    result.summary = status == Status::Pass
                         ? msg("The cache folder %1 is on a local %2 volume with %3 free; both ScratchLocation values agree.")
                               .argPath(folder).arg(Message::plain(QString::fromStdString(storage.fileSystem))).argBytes(storage.freeBytes)
                         : summary;
    return result;
}

}  // namespace mars
