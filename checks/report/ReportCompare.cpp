#include "ReportCompare.h"

#include "../Catalog.h"

#include <QJsonArray>
#include <QSet>

namespace mars {

namespace {
// Lines the text and HTML reports list of each check's changed evidence; the JSON has them all.
constexpr qsizetype kLinesListed = 10;

QStringList minus(const QStringList& a, const QStringList& b)
{
    const QSet<QString> other(b.begin(), b.end());
    QStringList out;
    for (const QString& line : a)
        if (!other.contains(line))
            out << line;
    return out;
}

QString statusWord(const std::optional<Status>& status, const TextRenderer& renderer)
{
    return status ? statusLabel(*status).render(renderer) : ReportComparison::msg("none").render(renderer);
}
}  // namespace

QString ReportComparison::kindName(CheckChange::Kind kind)
{
    static const char* names[] = {"better", "worse", "changed", "same", "added", "removed"};
    return QLatin1String(names[int(kind)]);
}

Message ReportComparison::kindLabel(CheckChange::Kind kind)
{
    switch (kind) {
    case CheckChange::Kind::Better: return msg("better");
    case CheckChange::Kind::Worse: return msg("worse");
    case CheckChange::Kind::Changed: return msg("changed");
    case CheckChange::Kind::Same: return msg("the same");
    case CheckChange::Kind::Added: return msg("new check");
    case CheckChange::Kind::Removed: return msg("check removed");
    }
    return {};
}

ReportComparison ReportComparison::between(const ReadReport& earlier, const Report& now)
{
    ReportComparison comparison;
    comparison.earlierReportId = earlier.reportId;
    comparison.earlierCreated = earlier.created;
    comparison.earlierMachine = earlier.machine;
    comparison.sameMachine = earlier.machine.compare(now.machineName, Qt::CaseInsensitive) == 0;
    // Evidence is compared as text, so this session's is rendered in the earlier report's language.
    const QString language = earlier.language.isEmpty() ? QStringLiteral("en") : earlier.language;
    comparison.evidenceCompared = language == QLatin1String("en") || language == QLatin1String("zh_CN");
    const TextRenderer renderer = TextRenderer::forLanguage(comparison.evidenceCompared ? language : QStringLiteral("en"));
    QSet<QString> seen;
    for (const ReportEntry& entry : now.entries) {
        CheckChange change;
        change.id = entry.spec->idText();
        change.spec = entry.spec;
        change.after = entry.result.status;
        change.afterCode = entry.result.codeText();
        seen << change.id;
        const ReadCheck* before = earlier.check(change.id);
        if (!before) {
            change.kind = CheckChange::Kind::Added;
            comparison.changes << change;
            continue;
        }
        change.before = before->status;
        change.beforeCode = before->code;
        change.earlierTitle = before->title;
        if (comparison.evidenceCompared) {
            const QStringList evidence = renderAll(entry.result.evidence, renderer);
            change.evidenceAdded = minus(evidence, before->evidence);
            change.evidenceRemoved = minus(before->evidence, evidence);
        }
        const int was = severity(before->status), is = severity(entry.result.status);
        change.kind = is < was   ? CheckChange::Kind::Better
                      : is > was ? CheckChange::Kind::Worse
                      : (change.beforeCode != change.afterCode || !change.evidenceAdded.isEmpty() || !change.evidenceRemoved.isEmpty())
                          ? CheckChange::Kind::Changed
                          : CheckChange::Kind::Same;
        comparison.changes << change;
    }
    for (const ReadCheck& before : earlier.checks) {
        if (seen.contains(before.id))
            continue;
        CheckChange change;
        change.kind = CheckChange::Kind::Removed;
        change.id = before.id;
        change.earlierTitle = before.title;
        change.spec = findCheck(before.id);
        change.before = before.status;
        change.beforeCode = before.code;
        comparison.changes << change;
    }
    return comparison;
}

int ReportComparison::count(CheckChange::Kind kind) const
{
    return int(std::count_if(changes.begin(), changes.end(), [kind](const CheckChange& change) { return change.kind == kind; }));
}

Message ReportComparison::headline() const
{
    using K = CheckChange::Kind;
    return msg("Compared with report %1 of %2 UTC: %3 better, %4 worse, %5 changed, %6 the same, %7 new, %8 removed.")
        .arg(earlierReportId, earlierCreated.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
        .arg(count(K::Better)).arg(count(K::Worse)).arg(count(K::Changed)).arg(count(K::Same)).arg(count(K::Added)).arg(count(K::Removed));
}

namespace {
QString title(const CheckChange& change, const TextRenderer& renderer)
{
    return change.spec ? change.spec->titleMessage().render(renderer) : escapeControl(change.earlierTitle);
}
}  // namespace

QJsonObject ReportComparison::toJson(const TextRenderer& renderer) const
{
    QJsonArray checks;
    for (const CheckChange& change : changes)
        checks << QJsonObject{{QStringLiteral("id"), change.id},
                              {QStringLiteral("title"), title(change, renderer)},
                              {QStringLiteral("change"), kindName(change.kind)},
                              {QStringLiteral("before"), change.before ? QJsonValue(statusName(*change.before)) : QJsonValue()},
                              {QStringLiteral("after"), change.after ? QJsonValue(statusName(*change.after)) : QJsonValue()},
                              {QStringLiteral("beforeCode"), change.beforeCode},
                              {QStringLiteral("afterCode"), change.afterCode},
                              {QStringLiteral("evidenceAdded"), QJsonArray::fromStringList(change.evidenceAdded)},
                              {QStringLiteral("evidenceRemoved"), QJsonArray::fromStringList(change.evidenceRemoved)}};
    return QJsonObject{{QStringLiteral("earlierReportId"), earlierReportId},
                       {QStringLiteral("earlierCreated"), earlierCreated.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("earlierMachine"), earlierMachine},
                       {QStringLiteral("sameMachine"), sameMachine},
                       {QStringLiteral("evidenceCompared"), evidenceCompared},
                       {QStringLiteral("summary"), headline().render(renderer)},
                       {QStringLiteral("checks"), checks}};
}

QStringList ReportComparison::toText(const TextRenderer& renderer) const
{
    QStringList lines{headline().render(renderer)};
    if (!sameMachine)
        lines << QStringLiteral("    ! ") + msg("The earlier report is from another computer (%1).").arg(escapeControl(earlierMachine)).render(renderer);
    if (!evidenceCompared)
        lines << QStringLiteral("    ! ") + msg("The earlier report is in a language this version cannot write: evidence not compared.").render(renderer);
    auto listed = [&lines, &renderer](const QStringList& evidence, const QString& mark) {
        for (qsizetype i = 0; i < evidence.size() && i < kLinesListed; ++i)
            lines << QStringLiteral("        ") + mark + escapeControl(evidence[i]);
        if (evidence.size() > kLinesListed)
            lines << QStringLiteral("        ") + mark + msg("and %1 more").argCount(quint64(evidence.size() - kLinesListed)).render(renderer);
    };
    for (const CheckChange& change : changes) {
        if (change.kind == CheckChange::Kind::Same)
            continue;
        QString codes;
        if (change.beforeCode != change.afterCode)
            codes = QStringLiteral(" (%1 -> %2)").arg(change.beforeCode.isEmpty() ? QStringLiteral("-") : change.beforeCode,
                                                      change.afterCode.isEmpty() ? QStringLiteral("-") : change.afterCode);
        lines << QStringLiteral("    [%1 -> %2] %3: %4%5")
                     .arg(statusWord(change.before, renderer), statusWord(change.after, renderer), title(change, renderer),
                          kindLabel(change.kind).render(renderer), codes);
        listed(change.evidenceAdded, QStringLiteral("+ "));
        listed(change.evidenceRemoved, QStringLiteral("- "));
    }
    return lines;
}

QString ReportComparison::toHtml(const TextRenderer& renderer) const
{
    auto e = [](const QString& text) { return text.toHtmlEscaped(); };
    QString html = QStringLiteral("<h2 id=\"comparison\">%1</h2>\n<p>%2</p>\n")
                       .arg(e(msg("Before and after").render(renderer)), e(headline().render(renderer)));
    if (!sameMachine)
        html += QStringLiteral("<p><b>%1</b></p>\n").arg(e(msg("The earlier report is from another computer (%1).").arg(escapeControl(earlierMachine)).render(renderer)));
    if (!evidenceCompared)
        html += QStringLiteral("<p><b>%1</b></p>\n").arg(e(msg("The earlier report is in a language this version cannot write: evidence not compared.").render(renderer)));
    html += QStringLiteral("<table class=\"compare\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                .arg(e(msg("Check").render(renderer)), e(msg("Before").render(renderer)), e(msg("Now").render(renderer)), e(msg("Change").render(renderer)));
    for (const CheckChange& change : changes) {
        QString details;
        auto listed = [&](const QStringList& evidence, const Message& label) {
            if (evidence.isEmpty())
                return;
            details += QStringLiteral("<div>%1</div><ul>").arg(e(label.render(renderer)));
            for (qsizetype i = 0; i < evidence.size() && i < kLinesListed; ++i)
                details += QStringLiteral("<li>%1</li>").arg(e(escapeControl(evidence[i])));
            if (evidence.size() > kLinesListed)
                details += QStringLiteral("<li>%1</li>").arg(e(msg("and %1 more").argCount(quint64(evidence.size() - kLinesListed)).render(renderer)));
            details += QStringLiteral("</ul>");
        };
        listed(change.evidenceAdded, msg("Evidence now:"));
        listed(change.evidenceRemoved, msg("Evidence no longer seen:"));
        html += QStringLiteral("<tr class=\"%1\"><td>%2</td><td>%3 <code>%4</code></td><td>%5 <code>%6</code></td><td><b>%7</b>%8</td></tr>\n")
                    .arg(kindName(change.kind), e(title(change, renderer)), e(statusWord(change.before, renderer)), e(change.beforeCode),
                         e(statusWord(change.after, renderer)), e(change.afterCode), e(kindLabel(change.kind).render(renderer)), details);
    }
    html += QStringLiteral("</table>\n");
    return html;
}

}  // namespace mars
