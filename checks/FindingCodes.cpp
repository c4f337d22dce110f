#include "FindingCodes.h"

#include "Catalog.h"
#include "CheckSession.h"

namespace mars {

const std::vector<ListedFinding>& findingCatalog()
{
    static const std::vector<ListedFinding> list = [] {
        std::vector<ListedFinding> all;
        for (const CheckSpec& check : checkCatalog())
            for (const FindingSpec& spec : check.findings)
                all.push_back({&spec, check.id});
        for (const FindingSpec& spec : CheckSession::findings())
            all.push_back({&spec, ""});
        return all;
    }();
    return list;
}

const ListedFinding* findFinding(const QString& code)
{
    for (const ListedFinding& listed : findingCatalog())
        if (code == QLatin1String(listed.spec->code))
            return &listed;
    return nullptr;
}

QString articleUrl(Article article, const QString& cloudId, const QString& language)
{
    static const char* const paths[] = {"backup-azure-mars-troubleshoot", "install-mars-agent", "backup-support-matrix-mars-agent",
                                        "transport-layer-security", "backup-azure-file-folder-backup-faq"};
    const QString path = QLatin1String(paths[int(article)]);
    const QString locale = language == QLatin1String("zh_CN") ? QStringLiteral("zh-cn") : QStringLiteral("en-us");
    // Azure China's documentation is its own site (21Vianet runs that cloud); public and US Government share learn.
    if (cloudId == QLatin1String("china"))
        return QStringLiteral("https://docs.azure.cn/%1/backup/%2").arg(locale, path);
    return QStringLiteral("https://learn.microsoft.com/%1/azure/backup/%2").arg(locale, path);
}

QString findingDocsUrl(const QString& code, const QString& cloudId, const QString& language)
{
    const ListedFinding* listed = findFinding(code);
    return listed ? articleUrl(listed->spec->article, cloudId, language) : QString();
}

}  // namespace mars
