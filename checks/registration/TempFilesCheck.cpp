#include "TempFilesCheck.h"

#include "../Catalog.h"
#include "../PlatformText.h"
#include "../installation/AdminRightsCheck.h"

#include <QJsonArray>

namespace mars {

std::span<const FindingSpec> TempFilesCheck::findings()
{
    using A = Article;
    static constexpr FindingSpec table[] = {
        {Code::AdminOnly, "MSD-TMP-001", kWarning, "Only an administrator can look into the Windows temporary folder.", A::Troubleshoot, Examined::No},
        {Code::Unreadable, "MSD-TMP-002", kError, "The temporary folder could not be read.", A::Troubleshoot},
        {Code::Partial, "MSD-TMP-003", kError, "Only part of the temporary folders could be examined.", A::Troubleshoot},
        {Code::EntriesUnknown, "MSD-TMP-004", kWarning | kError, "The .tmp entries could not be examined; how many there are is unknown.", A::Troubleshoot, Examined::No},
        {Code::NoPileUp, "MSD-TMP-005", kPass, "No .tmp files are piling up.", A::Troubleshoot},
        {Code::OnlyKeptBack, "MSD-TMP-006", kWarning, "No clearable .tmp files; some are read-only or in use and stay.", A::Troubleshoot},
        {Code::TooManyNames, "MSD-TMP-007", kFail, "No clearable .tmp files, but the names the folder holds are too many for the agent.", A::Troubleshoot},
        {Code::TooMany, "MSD-TMP-008", kFail, "Too many .tmp files for the agent to register (error 34513).", A::Troubleshoot},
        {Code::PilingUp, "MSD-TMP-009", kWarning, ".tmp files are piling up; not a problem yet, and safe to clear.", A::Troubleshoot},
    };
    static_assert(coversEachCodeInOrder<Code>(table));
    return table;
}

namespace {
constexpr std::size_t kExamplesShown = 5;  // names of files left in place, in the outcome; the rest are counted
}

TempFilesCheck::TempFilesCheck(std::shared_ptr<platform::Platform> platform) : m_platform(std::move(platform)) {}

std::vector<std::filesystem::path> TempFilesCheck::foldersFor(platform::Platform& platform, const CheckContext& context)
{
    if (!context.inputs.tempFolder.isEmpty())
        return {toPath(context.inputs.tempFolder)};
    return platform.tempFiles().agentTempFolders();
}

TempFilesCheck::Verdict TempFilesCheck::judge(const CheckContext& context) const
{
    Verdict result;
    std::uint64_t files = 0, bytes = 0, names = 0, unexamined = 0, keptBack = 0;
    std::vector<std::filesystem::path> readable;
    bool denied = false;
    Messages errors;
    QJsonArray folderFacts;
    const bool chosenByUser = !context.inputs.tempFolder.isEmpty();
    for (const auto& folder : foldersFor(*m_platform, context)) {
        const platform::TmpScan scan = m_platform->tempFiles().scanTmpFiles(folder);
        QJsonObject fact{{QStringLiteral("folder"), pathText(folder)}, {QStringLiteral("read"), scan.ok},
                         {QStringLiteral("tmpFiles"), qint64(scan.files)}, {QStringLiteral("bytes"), qint64(scan.bytes)},
                         {QStringLiteral("notRegular"), qint64(scan.notRegular)}, {QStringLiteral("readOnly"), qint64(scan.readOnly)},
                         {QStringLiteral("inUse"), qint64(scan.inUse)}, {QStringLiteral("unexamined"), qint64(scan.unexamined)}};
        if (!scan.junctionTarget.empty())
            fact.insert(QStringLiteral("junctionTarget"), QString::fromStdString(scan.junctionTarget));
        folderFacts << fact;
        if (!scan.ok) {
            denied = denied || scan.accessDenied;
            // The platform's error names the folder already where it can; never name it twice.
            const QString error = QString::fromStdString(scan.error);
            errors << (error.contains(pathText(folder)) ? Message::plain(error) : msg("%1: %2").arg(pathText(folder), error));
            continue;
        }
        readable.push_back(folder);
        files += scan.files;
        bytes += scan.bytes;
        // GetTempFileName's 65,535 names count every name, also those the cleanup leaves.
        names += scan.files + scan.readOnly + scan.inUse + scan.notRegular + scan.unexamined;
        unexamined += scan.unexamined;
        keptBack += scan.readOnly + scan.inUse;
        result.evidence << msg("%1: %2 .tmp files, %3").arg(pathText(folder)).argCount(scan.files).argBytes(scan.bytes);
        if (!scan.junctionTarget.empty()) {
            // Moved by an administrator (platform/TempJunction.h); any other junction there was refused above.
            result.evidence << msg("%1 is a junction made by %2; its files are in %3.")
                                   .arg(pathText(folder), QString::fromStdString(scan.junctionOwner),
                                        QString::fromStdString(scan.junctionTarget));
        }
        if (scan.notRegular)
            result.evidence << msg("Items named *.tmp there that are links, junctions or folders (never touched): %1.").argCount(scan.notRegular);
        if (scan.readOnly)
            result.evidence << msg("Read-only .tmp files there (the cleanup leaves them): %1.").argCount(scan.readOnly);
        if (scan.inUse)
            result.evidence << msg("Files a running program holds open (the cleanup leaves them): %1.").argCount(scan.inUse);
        if (scan.unexamined)
            result.evidence << msg("%1 .tmp entries could not be examined: %2").argCount(scan.unexamined).arg(QString::fromStdString(scan.unexaminedError));
    }
    result.facts = {{QStringLiteral("folders"), folderFacts}, {QStringLiteral("tmpFiles"), qint64(files)},
                    {QStringLiteral("bytes"), qint64(bytes)}};
    result.evidence << msg("Windows can make at most 65,535 unique temporary file names per folder. From about 60,000 .tmp "
                           "files, registration fails with \"Invalid vault credentials provided\" (error 34513).");

    if (readable.empty()) {
        result.evidence << errors;
        const bool elevated = m_platform->elevation().queryAdminStatus().elevated;
        if (denied && !elevated && !chosenByUser && m_platform->elevation().canRelaunchElevated()) {
            // The agent's own folder, which only an administrator may list on Windows.
            result.status = Status::Warning;
            result.code = Code::AdminOnly;
            result.summary = msg("Only an administrator can look into the Windows temporary folder.");
            result.fixes << std::make_shared<RestartElevatedFix>(m_platform);
            return result;
        }
        result.status = Status::Error;
        result.code = Code::Unreadable;
        result.summary = errors.size() == 1 ? msg("Could not look into the temporary folder: %1.").arg(errors.first())
                                            : msg("Could not look into the temporary folder.");
        return result;
    }
    result.evidence << errors;
    if (!errors.isEmpty()) {
        // What could not be examined is never a Pass: SystemTemp unread leaves the agent's other folder unknown.
        result.status = Status::Error;
        result.code = Code::Partial;
        result.summary = msg("Only part of the temporary folders could be examined: %1 .tmp files so far.").argCount(files);
        return result;
    }
    result.facts.insert(QStringLiteral("names"), qint64(names));
    if (unexamined && files == 0) {
        // What could not be examined is never a Pass: how many there are is unknown.
        const bool elevated = m_platform->elevation().queryAdminStatus().elevated;
        result.status = Status::Error;
        result.code = Code::EntriesUnknown;
        result.summary = msg("Could not examine %1 .tmp entries in the temporary folder; how many there are is unknown.").argCount(unexamined);
        if (!elevated && !chosenByUser && m_platform->elevation().canRelaunchElevated()) {
            result.status = Status::Warning;
            result.fixes << std::make_shared<RestartElevatedFix>(m_platform);
        }
        return result;
    }
    if (files == 0) {
        result.status = names >= kFailAt ? Status::Fail : keptBack ? Status::Warning : Status::Pass;
        result.code = names >= kFailAt ? Code::TooManyNames : keptBack ? Code::OnlyKeptBack : Code::NoPileUp;
        result.summary = keptBack ? msg("No clearable .tmp files; %1 are read-only or in use and stay.").argCount(keptBack)
                                  : msg("No .tmp files are piling up.");
        return result;
    }
    const bool tooMany = names >= kFailAt;
    result.status = tooMany ? Status::Fail : Status::Warning;
    result.code = tooMany ? Code::TooMany : Code::PilingUp;
    result.summary = tooMany ? msg("%1 .tmp files (%2): too many for the agent to register.").argCount(files).argBytes(bytes)
                             : msg("%1 .tmp files (%2); not a problem yet, and safe to clear.").argCount(files).argBytes(bytes);
    if (unexamined)
        result.summary = msg("%1 (%2 more could not be examined)").arg(result.summary).argCount(unexamined);
    result.fixes << std::make_shared<ClearTmpFilesFix>(m_platform, readable, files, bytes);
    return result;
}

ClearTmpFilesFix::ClearTmpFilesFix(std::shared_ptr<platform::Platform> platform, std::vector<std::filesystem::path> folders,
                                   std::uint64_t files, std::uint64_t bytes)
    : Fix(fixes::clearTmpFiles), m_platform(std::move(platform)), m_folders(std::move(folders)), m_files(files), m_bytes(bytes)
{
}

Message ClearTmpFilesFix::plan() const
{
    Messages folders;
    for (const auto& folder : m_folders)
        folders << Message::plain(pathText(folder));
    return Message::joined({msg("Delete the %1 .tmp files (%2) directly in %3.")
                                .argCount(m_files)
                                .argBytes(m_bytes)
                                .arg(Message::joined(folders, QStringLiteral(" + "))),
                            msg("Only regular files named *.tmp are deleted. Files in use, read-only files, links, junctions, folders and "
                                "everything in subfolders are left alone. You can cancel at any time.")},
                           QStringLiteral("\n"));
}

FixOutcome ClearTmpFilesFix::apply(const CheckContext&, FixProgress& progress) const
{
    FixOutcome outcome;
    for (const auto& folder : m_folders) {
        const platform::TmpCleanup cleanup = m_platform->tempFiles().deleteTmpFiles(folder, progress);
        const QString where = pathText(folder);
        if (!cleanup.ok) {
            outcome.failures << msg("%1: nothing deleted: %2").arg(where, QString::fromStdString(cleanup.error));
            continue;
        }
        if (cleanup.deleted)
            outcome.changes << msg("%1: deleted %2 .tmp files (%3).").arg(where).argCount(cleanup.deleted).argBytes(cleanup.bytesFreed);
        if (cleanup.vanished)
            outcome.changes << msg("%1: %2 files were already gone (deleted by another program meanwhile).").arg(where).argCount(cleanup.vanished);
        if (cleanup.inUse)
            outcome.failures << msg("%1: left %2 files that are in use.").arg(where).argCount(cleanup.inUse);
        if (cleanup.readOnly)
            outcome.failures << msg("%1: left %2 read-only files.").arg(where).argCount(cleanup.readOnly);
        // Links, junctions and folders named *.tmp are not counted here: the check's evidence names them, and they
        // were never candidates.
        if (cleanup.failed)
            outcome.failures << msg("%1: could not delete %2 files.").arg(where).argCount(cleanup.failed);
        for (std::size_t i = 0; i < cleanup.examples.size() && i < kExamplesShown; ++i)
            outcome.failures << msg("left: %1").arg(QString::fromStdString(cleanup.examples[i]));
        if (cleanup.examples.size() > kExamplesShown)
            outcome.failures << msg("and %1 more left in place.").argCount(cleanup.examples.size() - kExamplesShown);
        if (cleanup.cancelled) {
            outcome.failures << msg("Stopped when you cancelled; the rest were left in place.");
            break;
        }
    }
    if (outcome.changes.isEmpty() && outcome.failures.isEmpty())
        outcome.changes << msg("Nothing was left to delete.");
    return outcome;
}

}  // namespace mars
