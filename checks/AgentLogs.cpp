#include "AgentLogs.h"

#include "Check.h"
#include "platform/Platform.h"

#include <QDir>
#include <QFileInfo>

#include <utility>

namespace mars {

namespace {
const char* const kEngineLogs[] = {"CBEngineCurr.errlog", "CBUICurr.errlog"};
const char* const kSetupLogs[] = {"OBInstaller0Curr.errlog", "OBPatch.log"};

QString joinPath(const QString& folder, const char* name)
{
    return QDir(folder).filePath(QLatin1String(name));
}

QString fromPath(const std::filesystem::path& path)
{
#ifdef _WIN32
    return QString::fromStdWString(path.wstring());
#else
    return QString::fromStdString(path.string());
#endif
}
}  // namespace

QList<AgentLogFile> agentLogFiles(platform::Platform& platform, const CheckContext& context)
{
    QList<AgentLogFile> sources;
    const QString install = !context.inputs.installFolder.isEmpty() ? context.inputs.installFolder : fromPath(platform.agent().agentInstallLocation().folder);
    if (!install.isEmpty())
        for (const char* name : kEngineLogs)
            sources << AgentLogFile{joinPath(QDir(install).filePath(QStringLiteral("Temp")), name), QStringLiteral("agent-logs/") + QLatin1String(name)};
    QStringList temps;
    if (!context.inputs.tempFolder.isEmpty())
        temps << context.inputs.tempFolder;
    else
        for (const std::filesystem::path& folder : platform.tempFiles().agentTempFolders())
            temps << fromPath(folder);
    QStringList used;
    for (const QString& folder : temps) {
        QString label = QFileInfo(QDir::cleanPath(folder)).fileName();
        if (label.isEmpty() || used.contains(label, Qt::CaseInsensitive))
            label = QStringLiteral("temp%1").arg(used.size() + 1);
        used << label;
        for (const char* name : kSetupLogs)
            sources << AgentLogFile{joinPath(folder, name), QStringLiteral("setup-logs/%1/%2").arg(label, QLatin1String(name))};
    }
    return sources;
}

LogEncoding logEncoding(const QByteArray& head, const QByteArray& tail)
{
    if (head.startsWith("\xFF\xFE"))
        return LogEncoding::Utf16LE;
    if (head.startsWith("\xFE\xFF"))
        return LogEncoding::Utf16BE;
    if (head.startsWith("\xEF\xBB\xBF"))
        return LogEncoding::Utf8;
    const QByteArray sample = tail.left(4096);
    qsizetype oddZeros = 0;
    for (qsizetype i = 1; i < sample.size(); i += 2)
        oddZeros += sample[i] == '\0';
    return sample.size() >= 4 && oddZeros * 4 > sample.size() ? LogEncoding::Utf16LE : LogEncoding::Utf8;
}

QString decodeLog(const QByteArray& bytes, bool fromFileStart, LogEncoding encoding)
{
    switch (encoding) {
    case LogEncoding::Utf16LE:
    case LogEncoding::Utf16BE: {
        const qsizetype skip = fromFileStart && (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) ? 2 : 0;
        QByteArray units = bytes.mid(skip, (bytes.size() - skip) / 2 * 2);
        if (encoding == LogEncoding::Utf16BE)
            for (qsizetype i = 0; i + 1 < units.size(); i += 2)
                std::swap(units[i], units[i + 1]);
        return QString::fromUtf16(reinterpret_cast<const char16_t*>(units.constData()), units.size() / 2);
    }
    case LogEncoding::Utf8: break;
    }
    return QString::fromUtf8(fromFileStart && bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
}

}  // namespace mars
