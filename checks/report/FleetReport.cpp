#include "FleetReport.h"

#include "../Catalog.h"
#include "AtomicWrite.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>

#include <algorithm>

namespace mars {

namespace {
int rank(Status status)
{
    switch (status) {
    case Status::Pass: return 0;
    case Status::NotRun:
    case Status::Running: return 1;
    case Status::Warning: return 2;
    case Status::Fail: return 3;
    case Status::Error: return 4;
    }
    return 4;
}

const QList<Status>& worstFirst()
{
    static const QList<Status> list = {Status::Error, Status::Fail, Status::Warning, Status::NotRun, Status::Running, Status::Pass};
    return list;
}

// Never colour alone: a glyph and the word.
QString glyph(Status status)
{
    switch (status) {
    case Status::Pass: return QStringLiteral("\u2714");
    case Status::Warning: return QStringLiteral("\u26A0");
    case Status::Fail: return QStringLiteral("\u2716");
    case Status::Error: return QStringLiteral("\u26D4");
    default: return QStringLiteral("\u25CB");
    }
}

QString e(const QString& text)
{
    return escapeControl(text).toHtmlEscaped();
}
}  // namespace

FleetReport FleetReport::fromFolder(const QString& folder, Message* error)
{
    FleetReport fleet;
    fleet.m_folder = folder;
    const QFileInfo folderInfo(folder);
    if (!folderInfo.isDir()) {
        *error = msg("%1 is not a folder.").arg(folder);
        return fleet;
    }
    QDir dir(folder);
    dir.setNameFilters({QStringLiteral("*.json")});
    dir.setFilter(QDir::Files | QDir::Dirs | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot);  // links too: to skip them by name
    dir.setSorting(QDir::Name | QDir::IgnoreCase);
    const QFileInfoList entries = dir.entryInfoList();
    int read = 0;
    for (const QFileInfo& entry : entries) {
        const QString name = entry.fileName();
        if (entry.isSymbolicLink() || entry.isJunction() || isLink(entry.filePath())) {
            fleet.addSkipped(name, msg("a link; links are not followed, so nothing outside the folder is read"));
            continue;
        }
        if (!entry.isFile()) {
            fleet.addSkipped(name, msg("not a plain file"));
            continue;
        }
        if (++read > kMaxFiles) {
            fleet.addSkipped(name, msg("more than %1 reports in the folder; the rest were not read").argCount(quint64(kMaxFiles)));
            continue;
        }
        Message why;
        if (auto report = ReportReader::readFile(entry.filePath(), &why, ReportReader::Evidence::Skip))
            fleet.m_machines << Machine{name, *report};
        else
            fleet.addSkipped(name, why);
    }
    // A machine that wrote more than one report: its newest counts, the others are listed.
    QList<Machine> all;
    all.swap(fleet.m_machines);
    for (Machine& machine : all) {
        const QString key = machine.report.machine.toLower();
        const auto found = fleet.m_byMachine.constFind(key);
        if (found == fleet.m_byMachine.cend()) {
            fleet.m_byMachine.insert(key, fleet.m_machines.size());
            fleet.m_machines << machine;
            continue;
        }
        Machine& kept = fleet.m_machines[*found];
        if (machine.report.created > kept.report.created)
            std::swap(kept, machine);
        fleet.addSkipped(machine.file, msg("an older report of %1 (the newer one is %2)").arg(escapeControl(machine.report.machine), kept.file));
    }
    return fleet;
}

void FleetReport::add(const QString& file, const QByteArray& bytes)
{
    Message why;
    auto report = ReportReader::parse(bytes, &why, ReportReader::Evidence::Skip);
    if (!report) {
        addSkipped(file, why);
        return;
    }
    const QString key = report->machine.toLower();
    const auto found = m_byMachine.constFind(key);
    if (found == m_byMachine.cend()) {
        m_byMachine.insert(key, m_machines.size());
        m_machines << Machine{file, *report};
        return;
    }
    Machine machine{file, *report};
    Machine& kept = m_machines[*found];
    if (machine.report.created > kept.report.created)
        std::swap(kept, machine);
    addSkipped(machine.file, msg("an older report of %1 (the newer one is %2)").arg(escapeControl(machine.report.machine), kept.file));
}

QString FleetReport::toHtml(const TextRenderer& renderer) const
{
    auto t = [&renderer](const Message& message) { return message.render(renderer); };
    auto statusText = [&](Status status) -> QString { return glyph(status) + QLatin1Char(' ') + t(statusLabel(status)); };

    // The checks, in the catalogue's order, then any a newer version wrote.
    QStringList checkIds;
    QHash<QString, QString> titles;
    for (const CheckSpec& spec : checkCatalog()) {
        checkIds << spec.idText();
        titles.insert(spec.idText(), spec.titleMessage().render(renderer));
    }
    for (const Machine& machine : m_machines)
        for (const ReadCheck& check : machine.report.checks)
            if (!titles.contains(check.id)) {
                checkIds << check.id;
                titles.insert(check.id, check.title);
            }

    // Machines worst first, then by name.
    QList<const Machine*> machines;
    for (const Machine& machine : m_machines)
        machines << &machine;
    std::sort(machines.begin(), machines.end(), [](const Machine* a, const Machine* b) {
        const int ra = rank(a->report.overall), rb = rank(b->report.overall);
        return ra != rb ? ra > rb : a->report.machine.compare(b->report.machine, Qt::CaseInsensitive) < 0;
    });

    // Each finding (a code, or a check's status where an older report has none): how many machines, worst first.
    struct Count {
        QString code, checkId;
        Status status;
        int machines = 0;
        QString example;
    };
    QMap<QString, Count> counts;
    for (const Machine* machine : std::as_const(machines))
        for (const ReadCheck& check : machine->report.checks) {
            const QString key = check.code.isEmpty() ? check.id + QLatin1Char('/') + statusName(check.status) : check.code;
            Count& count = counts[key];
            if (count.machines == 0)
                count = Count{check.code, check.id, check.status, 0, check.summary};
            if (rank(check.status) > rank(count.status))
                count.status = check.status;
            ++count.machines;
        }
    QList<Count> findings = counts.values();
    std::sort(findings.begin(), findings.end(), [](const Count& a, const Count& b) {
        if (rank(a.status) != rank(b.status))
            return rank(a.status) > rank(b.status);
        if (a.machines != b.machines)
            return a.machines > b.machines;
        return a.code + a.checkId < b.code + b.checkId;
    });

    QString html;
    html.reserve(4096 + int(m_machines.size()) * 2048);
    const QString lang = renderer.language() == QLatin1String("zh_CN") ? QStringLiteral("zh-CN") : QStringLiteral("en");
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>\n").arg(lang, e(t(msg("MARS Setup Doctor fleet report"))));
    html += QStringLiteral(
        "<style>body{font-family:'Segoe UI','Microsoft YaHei',sans-serif;margin:2em;color:#1b1b1b}h1{font-size:1.4em}"
        "h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #ddd}h3{font-size:1em}"
        "table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:2px 6px;text-align:left;vertical-align:top;font-size:.9em}"
        ".s-pass{color:#107c10}.s-warning{color:#8a5a00}.s-fail,.s-error{color:#c42b1c;font-weight:600}code{font-family:Consolas,monospace}"
        "nav a{margin-right:.8em}</style>\n</head><body>\n");
    html += QStringLiteral("<h1 id=\"top\">%1</h1>\n").arg(e(t(msg("MARS Setup Doctor fleet report"))));
    html += QStringLiteral("<p>%1</p>\n").arg(e(t(msg("%1 machines merged, %2 files skipped; made %3 UTC.")
                                                     .argCount(quint64(m_machines.size())).argCount(quint64(m_skipped.size()))
                                                     .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm"))))));
    // The filters: plain links to the sections below.
    html += QStringLiteral("<nav><p><b>%1</b> ").arg(e(t(msg("By check:"))));
    for (const QString& id : std::as_const(checkIds))
        html += QStringLiteral("<a href=\"#check-%1\">%2</a>").arg(e(id), e(titles.value(id)));
    html += QStringLiteral("</p><p><b>%1</b> ").arg(e(t(msg("By status:"))));
    for (Status status : worstFirst())
        html += QStringLiteral("<a href=\"#status-%1\">%2</a>").arg(statusName(status), e(statusText(status)));
    html += QStringLiteral("<a href=\"#skipped\">%1</a></p></nav>\n").arg(e(t(msg("Skipped files"))));

    html += QStringLiteral("<h2 id=\"findings\">%1</h2>\n<table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>\n")
                .arg(e(t(msg("Findings, worst first"))), e(t(msg("Code"))), e(t(msg("Check"))), e(t(msg("Status"))), e(t(msg("Machines"))),
                     e(t(msg("For example"))));
    for (const Count& count : std::as_const(findings))
        html += QStringLiteral("<tr><td><code>%1</code></td><td><a href=\"#check-%2\">%3</a></td><td class=\"s-%4\">%5</td><td>%6</td><td>%7</td></tr>\n")
                    .arg(e(count.code.isEmpty() ? QStringLiteral("-") : count.code), e(count.checkId), e(titles.value(count.checkId)),
                         statusName(count.status), e(statusText(count.status)), QString::number(count.machines), e(count.example.left(300)));
    html += QStringLiteral("</table>\n");

    html += QStringLiteral("<h2 id=\"machines\">%1</h2>\n<table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th>")
                .arg(e(t(msg("Machines and checks"))), e(t(msg("Machine"))), e(t(msg("Report"))), e(t(msg("Created (UTC)"))), e(t(msg("Overall"))));
    for (const QString& id : std::as_const(checkIds))
        html += QStringLiteral("<th><a href=\"#check-%1\">%2</a></th>").arg(e(id), e(titles.value(id)));
    html += QStringLiteral("</tr>\n");
    for (const Machine* machine : std::as_const(machines)) {
        const ReadReport& report = machine->report;
        html += QStringLiteral("<tr id=\"machine-%1\"><td>%2</td><td><code>%1</code></td><td>%3</td><td class=\"s-%4\">%5</td>")
                    .arg(e(report.reportId), e(report.machine), e(report.created.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                         statusName(report.overall), e(statusText(report.overall)));
        for (const QString& id : std::as_const(checkIds)) {
            const ReadCheck* check = report.check(id);
            if (!check)
                html += QStringLiteral("<td>-</td>");
            else
                html += QStringLiteral("<td class=\"s-%1\">%2<br><code>%3</code></td>").arg(statusName(check->status), e(statusText(check->status)), e(check->code));
        }
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</table>\n");

    // One section per check, its machines grouped by status, worst first: the "filter by check and status".
    for (const QString& id : std::as_const(checkIds)) {
        html += QStringLiteral("<h2 id=\"check-%1\">%2</h2>\n").arg(e(id), e(titles.value(id)));
        for (Status status : worstFirst()) {
            QString items;
            int n = 0;
            for (const Machine* machine : std::as_const(machines))
                if (const ReadCheck* check = machine->report.check(id); check && check->status == status) {
                    ++n;
                    items += QStringLiteral("<li><a href=\"#machine-%1\">%2</a> <code>%3</code> %4</li>")
                                 .arg(e(machine->report.reportId), e(machine->report.machine), e(check->code), e(check->summary.left(300)));
                }
            if (n)
                html += QStringLiteral("<h3 id=\"check-%1-%2\">%3 (%4)</h3><ul>%5</ul>\n").arg(e(id), statusName(status), e(statusText(status)), QString::number(n), items);
        }
    }
    // One section per overall status.
    for (Status status : worstFirst()) {
        html += QStringLiteral("<h2 id=\"status-%1\">%2</h2>\n<ul>").arg(statusName(status), e(t(msg("Overall: %1").arg(statusText(status)))));
        for (const Machine* machine : std::as_const(machines))
            if (machine->report.overall == status)
                html += QStringLiteral("<li><a href=\"#machine-%1\">%2</a></li>").arg(e(machine->report.reportId), e(machine->report.machine));
        html += QStringLiteral("</ul>\n");
    }
    html += QStringLiteral("<h2 id=\"skipped\">%1</h2>\n<ul>").arg(e(t(msg("Skipped files"))));
    for (const Skipped& skipped : m_skipped)
        html += QStringLiteral("<li><code>%1</code>: %2</li>").arg(e(skipped.file), e(t(skipped.reason)));
    html += QStringLiteral("</ul>\n<p><a href=\"#top\">%1</a></p>\n</body></html>\n").arg(e(t(msg("Back to the top"))));
    return html;
}

}  // namespace mars
