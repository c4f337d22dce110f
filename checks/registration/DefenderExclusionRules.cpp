#include "DefenderExclusionRules.h"

#include "../PlatformText.h"

namespace mars {

using namespace platform;

namespace {
// "c:/Program Files/X/Bin/*" and "C:\Program Files\X\Bin\" are "c:\program files\x\bin".
QString normalFolder(QString text)
{
    text.replace(QLatin1Char('/'), QLatin1Char('\\'));
    text = text.trimmed();
    for (bool changed = true; changed;) {
        changed = false;
        for (const QLatin1String tail : {QLatin1String("\\*.*"), QLatin1String("\\*"), QLatin1String("\\")}) {
            if (text.size() > tail.size() && text.endsWith(tail, Qt::CaseInsensitive)) {
                text.chop(tail.size());
                changed = true;
            }
        }
    }
    return text.toLower();
}

QString fileName(const QString& text)
{
    QString normal = text;
    normal.replace(QLatin1Char('/'), QLatin1Char('\\'));
    return normal.mid(normal.lastIndexOf(QLatin1Char('\\')) + 1);
}

QString fromUtf8(const std::string& text)
{
    return QString::fromStdString(text);
}
}  // namespace

bool pathExclusionCovers(const QString& entry, const QString& folder)
{
    const QString excluded = normalFolder(entry);
    const QString wanted = normalFolder(folder);
    if (excluded.isEmpty() || excluded.contains(QLatin1Char('*')) || excluded.contains(QLatin1Char('?')))
        return false;  // a wildcard inside a path is not judged here: never taken for a cover
    return wanted == excluded || wanted.startsWith(excluded + QLatin1Char('\\'));
}

bool processExclusionCovers(const QString& entry, const QString& program)
{
    const QString name = entry.trimmed();
    if (name.isEmpty())
        return false;
    if (!name.contains(QLatin1Char('\\')) && !name.contains(QLatin1Char('/')))
        return name.compare(fileName(program), Qt::CaseInsensitive) == 0;  // by name: any process of that name
    return normalFolder(name) == normalFolder(program);
}

QList<WantedExclusion> wantedExclusions(const std::filesystem::path& install, const std::filesystem::path& recordedCache)
{
    // Shown and added as Windows writes them, whatever system the tests run on.
    auto windowsPath = [](const std::filesystem::path& path) { return pathText(path).replace(QLatin1Char('/'), QLatin1Char('\\')); };
    const QString folder = windowsPath(install);
    const QString separator = folder.endsWith(QLatin1Char('\\')) ? QString() : QStringLiteral("\\");
    const QString cache = recordedCache.empty() ? folder + separator + QStringLiteral("Scratch") : windowsPath(recordedCache);
    const QString bin = folder + separator + QStringLiteral("Bin");
    return {{WantedExclusion::Kind::Folder, cache, {}, false},
            {WantedExclusion::Kind::Folder, bin, {}, false},
            {WantedExclusion::Kind::Process, bin + QStringLiteral("\\cbengine.exe"), {}, false}};
}

void markCovered(QList<WantedExclusion>& wanted, const DefenderExclusions& found)
{
    auto look = [&](WantedExclusion& want, const ExclusionList& list, bool policy) {
        if (want.covered())
            return;
        const std::vector<std::string>& entries = want.kind == WantedExclusion::Kind::Folder ? list.paths : list.processes;
        for (const std::string& entry : entries) {
            const QString text = fromUtf8(entry);
            const bool covers = want.kind == WantedExclusion::Kind::Folder ? pathExclusionCovers(text, want.item)
                                                                           : processExclusionCovers(text, want.item);
            if (covers) {
                want.coveredBy = text;
                want.fromPolicy = policy;
                return;
            }
        }
    };
    for (WantedExclusion& want : wanted) {
        want.coveredBy.clear();
        look(want, found.policy, true);
        if (!found.localIgnored)
            look(want, found.local, false);
    }
}

ExclusionList missingExclusions(const QList<WantedExclusion>& wanted)
{
    ExclusionList missing;
    for (const WantedExclusion& want : wanted)
        if (!want.covered())
            (want.kind == WantedExclusion::Kind::Folder ? missing.paths : missing.processes).push_back(want.item.toStdString());
    return missing;
}

}  // namespace mars
