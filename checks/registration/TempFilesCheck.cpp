#include "TempFilesCheck.h"

#include "../PlatformText.h"
#include "../installation/AdminRightsCheck.h"

#include <QLocale>

namespace mars {

namespace {
QString count(std::uint64_t number)
{
    return QLocale().toString(qulonglong(number));
}

QString size(std::uint64_t bytes)
{
    return QLocale().formattedDataSize(qint64(bytes));
}
}  // namespace

TempFilesCheck::TempFilesCheck(std::shared_ptr<platform::Platform> platform) : m_platform(std::move(platform)) {}

std::vector<std::filesystem::path> TempFilesCheck::foldersFor(platform::Platform& platform, const CheckContext& context)
{
    if (!context.tempFolder.trimmed().isEmpty())
        return {toPath(context.tempFolder.trimmed())};
    return platform.agentTempFolders();
}

CheckResult TempFilesCheck::run(const CheckContext& context) const
{
    CheckResult result;
    std::uint64_t files = 0, bytes = 0;
    std::vector<std::filesystem::path> readable;
    bool denied = false;
    QStringList errors;
    for (const auto& folder : foldersFor(*m_platform, context)) {
        const platform::TmpScan scan = m_platform->scanTmpFiles(folder);
        if (!scan.ok) {
            denied = denied || scan.accessDenied;
            errors << QString::fromStdString(scan.error);
            continue;
        }
        readable.push_back(folder);
        files += scan.files;
        bytes += scan.bytes;
        result.evidence << tr("%1: %2 .tmp files, %3").arg(pathText(folder), count(scan.files), size(scan.bytes));
        if (scan.notRegular)
            result.evidence << tr("Items named *.tmp there that are links, junctions or folders (never touched): %1.")
                                   .arg(count(scan.notRegular));
    }
    result.evidence << tr("Windows can make at most 65,535 unique temporary file names per folder. From about 60,000 .tmp "
                          "files, registration fails with \"Invalid vault credentials provided\" (error 34513).");

    if (readable.empty()) {
        result.evidence << errors;
        if (denied && !m_platform->queryAdminStatus().elevated) {
            result.status = Status::Warning;
            result.summary = tr("Only an administrator can look into the Windows temporary folder.");
            if (m_platform->canRelaunchElevated())
                result.fixes << std::make_shared<RestartElevatedFix>(m_platform);
            return result;
        }
        result.status = Status::Error;
        result.summary = tr("Could not look into the temporary folder.");
        return result;
    }
    result.evidence << errors;
    if (files == 0) {
        result.status = Status::Pass;
        result.summary = tr("No .tmp files are piling up.");
        return result;
    }
    result.status = files >= kFailAt ? Status::Fail : Status::Warning;
    result.summary = files >= kFailAt ? tr("%1 .tmp files (%2): too many for the agent to register.").arg(count(files), size(bytes))
                                      : tr("%1 .tmp files (%2); not a problem yet, and safe to clear.").arg(count(files), size(bytes));
    const bool needsElevation = !m_platform->queryAdminStatus().elevated && m_platform->canRelaunchElevated();
    result.fixes << std::make_shared<ClearTmpFilesFix>(m_platform, readable, files, bytes, needsElevation);
    return result;
}

ClearTmpFilesFix::ClearTmpFilesFix(std::shared_ptr<platform::Platform> platform, std::vector<std::filesystem::path> folders,
                                   std::uint64_t files, std::uint64_t bytes, bool needsElevation)
    : m_platform(std::move(platform)), m_folders(std::move(folders)), m_files(files), m_bytes(bytes), m_needsElevation(needsElevation)
{
}

QString ClearTmpFilesFix::plan() const
{
    QStringList folders;
    for (const auto& folder : m_folders)
        folders << pathText(folder);
    return tr("Delete the %1 .tmp files (%2) directly in %3.").arg(count(m_files), size(m_bytes), folders.join(tr(" and "))) +
           QLatin1Char('\n') +
           tr("Only regular files named *.tmp are deleted. Files in use, read-only files, links, junctions, folders and "
              "everything in subfolders are left alone. You can cancel at any time.");
}

FixOutcome ClearTmpFilesFix::apply(const CheckContext&, FixProgress& progress) const
{
    FixOutcome outcome;
    for (const auto& folder : m_folders) {
        const platform::TmpCleanup cleanup = m_platform->deleteTmpFiles(folder, progress);
        const QString where = pathText(folder);
        if (!cleanup.ok) {
            outcome.failures << tr("%1: nothing deleted: %2").arg(where, QString::fromStdString(cleanup.error));
            continue;
        }
        outcome.changes << tr("%1: deleted %2 .tmp files (%3).").arg(where, count(cleanup.deleted), size(cleanup.bytesFreed));
        if (cleanup.inUse)
            outcome.failures << tr("%1: left %2 files that are in use.").arg(where, count(cleanup.inUse));
        if (cleanup.readOnly)
            outcome.failures << tr("%1: left %2 read-only files.").arg(where, count(cleanup.readOnly));
        // Links, junctions and folders named *.tmp are not counted here: the check's evidence names them, and they
        // were never candidates.
        if (cleanup.failed)
            outcome.failures << tr("%1: could not delete %2 files.").arg(where, count(cleanup.failed));
        for (const auto& example : cleanup.examples)
            outcome.failures << tr("left: %1").arg(QString::fromStdString(example));
        if (cleanup.cancelled) {
            outcome.failures << tr("Stopped when you cancelled; the rest were left in place.");
            break;
        }
    }
    return outcome;
}

}  // namespace mars
