// The report as one HTML page a helpdesk can open in any browser or attach to a ticket: inline CSS, no scripts, no
// external files; its only links go to the documentation article of each finding. Everything from checks is escaped.
#include "Report.h"

#include "../Catalog.h"
#include "../FindingCodes.h"
#include "ReportCompare.h"

namespace mars {

namespace {
QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString badge(Status status, const TextRenderer& renderer)
{
    static const char* colors[] = {"#8a8a8a", "#005fb8", "#107c10", "#c17c00", "#c42b1c", "#7a1f6e"};
    return QStringLiteral("<span class=\"badge\" style=\"background:%1\">%2</span>")
        .arg(QLatin1String(colors[int(status)]), escaped(statusLabel(status).render(renderer)));
}

QString sectionTitle(const QString& section, const TextRenderer& renderer)
{
    const SectionSpec* spec = findSection(section);
    return spec ? spec->titleMessage().render(renderer) : section;
}
}  // namespace

QString Report::toHtml(const TextRenderer& renderer) const
{
    auto t = [&renderer](const Message& message) { return message.render(renderer); };
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%2\"><head><meta charset=\"utf-8\"><title>%1</title>\n")
                .arg(escaped(t(msg("MARS Setup Doctor report %1").arg(reportId))), renderer.language() == QLatin1String("zh_CN") ? QStringLiteral("zh-CN") : QStringLiteral("en"));
    html += QStringLiteral(
        "<style>body{font-family:'Segoe UI','Microsoft YaHei',sans-serif;margin:2em;color:#1b1b1b;max-width:60em}"
        "h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #ddd}"
        "table.meta td{padding:2px 12px 2px 0}.check{border:1px solid #ddd;border-radius:4px;padding:.6em .9em;margin:.6em 0}"
        ".badge{color:#fff;border-radius:3px;padding:1px 7px;font-size:.85em;margin-right:.6em}"
        ".summary{font-weight:600}.code{font-family:Consolas,monospace;font-size:.85em;color:#444;margin-left:.6em}"
        "table.compare{border-collapse:collapse}table.compare td,table.compare th{border:1px solid #ddd;padding:3px 8px;text-align:left;vertical-align:top}"
        "tr.better td{background:#eef7ee}tr.worse td{background:#fbeeee}ul{margin:.3em 0 .2em 1.2em;padding:0}li{margin:.15em 0}.fix{color:#005fb8}</style>\n"
        "</head><body>\n");
    html += QStringLiteral("<h1>%1</h1>\n").arg(escaped(t(msg("MARS Setup Doctor report"))));
    html += QStringLiteral("<table class=\"meta\">");
    const QList<std::pair<QString, QString>> meta = {
        {t(msg("Report")), reportId},
        {t(msg("Overall")), t(statusLabel(worstStatus()))},
        {t(msg("Checks")), t(counts())},
        {t(msg("Created (UTC)")), createdUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))},
        {t(msg("Created (local)")), createdUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"))},
        {t(msg("Computer")), machineName},
        {t(osLabel()), osVersion},
        {t(msg("Cloud")), cloudProfileFile.isEmpty() ? t(cloudName()) : QStringLiteral("%1 (%2)").arg(cloudId, cloudProfileFile)},
        {t(msg("Tool version")), toolVersion},
        {t(msg("This program's signature")), t(signatureText())},
    };
    for (const auto& [name, value] : meta)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(escaped(name), escaped(value));
    html += QStringLiteral("</table>\n");
    if (const ErrorFocus focus = errorFocus(); focus.isSet()) {
        const QString found = agentErrorSource ? QStringLiteral("<div>%1</div><div><code>%2</code></div>").arg(escaped(t(foundInText())), escaped(agentErrorSource->line))
                                               : QString();
        html += QStringLiteral("<div class=\"check\" id=\"started-from-error\"><b>%1</b>%2<div>%3</div></div>\n")
                    .arg(escaped(t(msg("Started from %1").arg(focus.heading()))), found, escaped(t(focus.verdict())));
    }
    if (comparison)
        html += comparison->toHtml(renderer);

    QString section;
    for (const ReportEntry& entry : entries) {
        if (entry.spec->sectionText() != section) {
            section = entry.spec->sectionText();
            html += QStringLiteral("<h2>%1</h2>\n").arg(escaped(sectionTitle(section, renderer)));
        }
        html += QStringLiteral("<div class=\"check\" id=\"%1\"><div>%2<b>%3</b></div><div class=\"summary\">%4</div><ul>")
                    .arg(escaped(entry.spec->idText()), badge(entry.result.status, renderer), escaped(t(entry.spec->titleMessage())),
                         escaped(t(entry.result.summary)));
        // The finding's code, linked to the cloud's own documentation: the one kind of link the report holds, and only
        // to addresses from the findings table (checks/FindingCodes.cpp), never to anything a check found.
        if (const QString docs = findingDocsUrl(entry.result.codeText(), cloudId, renderer.language()); !docs.isEmpty())
            html += QStringLiteral("<li class=\"code\">%1 <a href=\"%2\">%3</a></li>")
                        .arg(escaped(entry.result.codeText()), escaped(docs), escaped(t(msg("Documentation"))));
        for (const QString& line : renderAll(entry.result.evidence, renderer))
            html += QStringLiteral("<li>%1</li>").arg(escaped(line));
        for (const auto& fix : entry.result.fixes)
            html += QStringLiteral("<li class=\"fix\">%1</li>").arg(escaped(t(msg("Fix available: %1").arg(fix->title()))));
        html += QStringLiteral("</ul></div>\n");
    }
    if (!fixes.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n<ul>").arg(escaped(t(msg("Fixes applied"))));
        for (const FixRecord& record : fixes) {
            html += QStringLiteral("<li><b>%1</b> (%2 UTC)<ul>").arg(escaped(t(record.title)), escaped(record.finishedUtc.toString(QStringLiteral("HH:mm:ss"))));
            for (const Message& line : record.outcome.before)
                html += QStringLiteral("<li>%1</li>").arg(escaped(t(msg("Before: %1").arg(line))));
            for (const Message& line : record.outcome.changes)
                html += QStringLiteral("<li>%1</li>").arg(escaped(t(line)));
            for (const Message& line : record.outcome.failures)
                html += QStringLiteral("<li>%1</li>").arg(escaped(t(msg("Not changed: %1").arg(line))));
            html += QStringLiteral("</ul></li>");
        }
        html += QStringLiteral("</ul>\n");
    }
    html += QStringLiteral("</body></html>\n");
    return html;
}

}  // namespace mars
