#include "FleetReport.h"

#include "../Catalog.h"
#include "AtomicWrite.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QCborValue>
#include <QJsonDocument>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <vector>

#ifdef Q_OS_UNIX
#include <dirent.h>
#endif

namespace mars {

namespace {
// The overall a report of this program would have written for these checks (Report::worstStatus's order): a report
// that claims to have passed over a failed check shows failed. No check at all examined nothing: never a pass.
Status recomputedOverall(const QList<ReadCheck>& checks)
{
    if (checks.isEmpty())
        return Status::NotRun;
    Status worst = Status::Pass;
    for (const ReadCheck& check : checks)
        worst = worseOf(worst, check.status);
    return worst;
}

const QList<Status>& worstFirst()
{
    static const QList<Status> list = {Status::Error, Status::Fail, Status::Warning, Status::NotRun, Status::Running, Status::Pass};
    return list;
}

// Never colour alone: a glyph and the word. Glyphs every font the page meets has (Segoe UI Symbol, Microsoft
// YaHei, DejaVu): U+26D4 was a missing-glyph box on many. "?" for Error: the check could not look, nothing is known.
QString glyph(Status status)
{
    switch (status) {
    case Status::Pass: return QStringLiteral("\u2714");
    case Status::Warning: return QStringLiteral("\u26A0");
    case Status::Fail: return QStringLiteral("\u2716");
    case Status::Error: return QStringLiteral("?");
    case Status::Running: return QStringLiteral("\u25D0");
    case Status::NotRun: break;
    }
    return QStringLiteral("\u25CB");
}

// A saved report is of a finished run: a check still "running" in it never finished, and says so (not "Checking…").
Message fleetStatusLabel(Status status)
{
    if (status == Status::Running)
        return Message::translatable("FleetReport", QT_TRANSLATE_NOOP("FleetReport", "Did not finish"));
    return statusLabel(status);
}

// The name of a report's language, for a summary shown as the report wrote it.
Message languageName(const QString& language)
{
    if (language == QLatin1String("zh_CN"))
        return FleetReport::msg("Chinese");
    if (language.isEmpty() || language == QLatin1String("en"))  // a report without the field is of the English-only versions
        return FleetReport::msg("English");
    return Message::plain(language);
}

QString e(const QString& text)
{
    return escapeControl(text).toHtmlEscaped();
}

// The page goes out in pieces of some tens of KB: never the whole page in memory.
class PageWriter {
public:
    explicit PageWriter(QIODevice& out) : m_out(out) { m_buffer.reserve(kPiece + 4096); }
    ~PageWriter() { flush(); }
    PageWriter& operator+=(const QString& text)
    {
        m_buffer += text;
        if (m_buffer.size() >= kPiece)
            flush();
        return *this;
    }
    bool flush()
    {
        if (!m_buffer.isEmpty()) {
            const QByteArray bytes = m_buffer.toUtf8();
            m_ok = m_ok && writeWhole(m_out, bytes);
            m_buffer.resize(0);  // keeps its capacity: clear() would free it and the next pieces grow it again
        }
        return m_ok;
    }

private:
    static constexpr qsizetype kPiece = 64 * 1024;
    QIODevice& m_out;
    QString m_buffer;
    bool m_ok = true;
};

#ifdef Q_OS_UNIX
// A name that is not UTF-8 cannot be opened through a QString, and QDir shows it garbled, if at all: such files
// are listed as skipped, their bytes escaped, so no file of the folder goes unmentioned.
QStringList namesNotUtf8(const QString& folder)
{
    QStringList names;
    DIR* dir = ::opendir(QFile::encodeName(folder).constData());
    if (!dir)
        return names;
    while (const dirent* entry = ::readdir(dir)) {
        const QByteArray name(entry->d_name);
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder.decode(name);
        if (!decoder.hasError() || !name.toLower().endsWith(".json"))
            continue;
        QString shown;
        for (const char c : name)
            shown += uchar(c) < 0x80 ? QString(QLatin1Char(c)) : QStringLiteral("\\x%1").arg(uchar(c), 2, 16, QLatin1Char('0'));
        names << shown;
    }
    ::closedir(dir);
    return names;
}
#endif
}  // namespace

FleetReport::FleetReport(const TextRenderer& pageLanguage) : m_pageLanguage(pageLanguage), m_now(QDateTime::currentDateTimeUtc())
{
    for (const CheckSpec& spec : checkCatalog()) {
        m_columnOf.insert(spec.idText(), quint32(m_columns.size()));
        m_columns << Column{spec.idText(), QString()};
    }
    m_codes << QString();
}

FleetReport FleetReport::fromFolder(const QString& folder, Message* error, const TextRenderer& pageLanguage)
{
    FleetReport fleet(pageLanguage);
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
#ifdef Q_OS_UNIX
    const QStringList notUtf8 = namesNotUtf8(folder);
    for (const QString& name : notUtf8)
        fleet.addSkipped(name, msg("the file's name is not UTF-8 (shown with its bytes escaped); rename it to merge it"));
#endif
    for (const QFileInfo& entry : entries) {
        const QString name = entry.fileName();
#ifdef Q_OS_UNIX
        if (!notUtf8.isEmpty() && name.contains(QChar::ReplacementCharacter) && !entry.exists())
            continue;  // listed above, by its bytes
#endif
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
            fleet.addReport(name, *report);
        else
            fleet.addSkipped(name, why);
    }
    return fleet;
}

void FleetReport::add(const QString& file, const QByteArray& bytes)
{
    Message why;
    if (auto report = ReportReader::parse(bytes, &why, ReportReader::Evidence::Skip))
        addReport(file, *report);
    else
        addSkipped(file, why);
}

void FleetReport::keepSummary(const ReadCheck& check, Cell* cell)
{
    if (check.summaryAsData) {
        // The data as read, not written again from the message (a tenth of the page's time): it was read as it is, so
        // it reads again the same way. A check made in memory has only the message.
        const QJsonValue asData = check.summaryData.isUndefined() ? check.summaryMessage.toData() : check.summaryData;
        // CBOR, not JSON text: no escaping and no number formatting for data that only this program reads back.
        const QByteArray data = QCborValue::fromJsonValue(asData).toCbor();
        if (data.size() <= kMaxSummaryData) {
            // At most 3 bytes a character: fits 16 bits.
            const QByteArray text = check.summaryMessage.render(m_pageLanguage).left(kMaxShownSummary).toUtf8();
            if (keepText(text + data, cell)) {
                cell->summaryBytes = quint16(text.size());
                cell->dataBytes = quint16(data.size());
            }
            return;
        }
    }
    if (!check.summary.isEmpty())
        keepText(check.summary.left(kMaxShownSummary).toUtf8(), cell);
}

bool FleetReport::keepText(const QByteArray& bytes, Cell* cell)
{
    if (m_summariesFull)
        return false;
    if (!m_texts) {
        m_texts = std::make_shared<QTemporaryFile>();
        if (!m_texts->open()) {
            m_summariesFull = true;
            return false;
        }
    }
    const qint64 at = m_textEnd;  // not size(): that flushes, once per check
    if (at + bytes.size() > kMaxSummaryBytes || (m_texts->pos() != at && !m_texts->seek(at)) || !writeWhole(*m_texts, bytes)) {
        m_summariesFull = true;
        return false;
    }
    m_textEnd += bytes.size();
    cell->summaryAt = at;
    cell->summaryBytes = quint16(bytes.size());
    return true;
}

QString FleetReport::summaryOf(const Cell& cell, const Machine& machine, const TextRenderer& renderer) const
{
    if (cell.summaryAt < 0 || !m_texts || !m_texts->seek(cell.summaryAt))
        return QString();
    if (cell.dataBytes > 0) {
        if (renderer.language() == m_pageLanguage.language())
            return QString::fromUtf8(m_texts->read(cell.summaryBytes));
        // Read from the report as such data already; read again, as it is kept on disk, not in memory.
        if (!m_texts->seek(cell.summaryAt + cell.summaryBytes))
            return QString();
        Message message, why;
        if (Message::fromData(QCborValue::fromCbor(m_texts->read(cell.dataBytes)).toJsonValue(), &message, &why) != Message::DataState::Read)
            return QString();
        return message.render(renderer).left(kMaxShownSummary);
    }
    const QString text = QString::fromUtf8(m_texts->read(cell.summaryBytes));
    if (machine.language == renderer.language() || (machine.language.isEmpty() && renderer.language() == QLatin1String("en")))
        return text;
    return msg("%1 (as the report wrote it, in %2)").arg(text, languageName(machine.language)).render(renderer);
}

quint32 FleetReport::codeIndex(const QString& code)
{
    if (code.isEmpty())
        return 0;
    if (const auto found = m_codeOf.constFind(code); found != m_codeOf.cend())
        return *found;
    if (m_codes.size() > kMaxCodes)
        return 0;
    m_codeOf.insert(code, quint32(m_codes.size()));
    m_codes << code;
    return quint32(m_codes.size() - 1);
}

void FleetReport::addReport(const QString& file, const ReadReport& report)
{
    if (report.created.toUTC().toSecsSinceEpoch() > m_now.toSecsSinceEpoch() + kFutureToleranceSecs) {
        addSkipped(file, msg("dated %1 UTC, in the future: a clock set ahead, or a forged date that would hide the machine's genuine newest report")
                             .arg(report.created.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        return;
    }
    Machine machine;
    machine.file = file;
    machine.reportId = report.reportId;
    machine.name = report.machine;
    machine.created = report.created.toUTC();
    machine.claimedOverall = report.overall;
    machine.language = report.language;
    machine.overall = recomputedOverall(report.checks);
    machine.cells.reserve(qMin<qsizetype>(report.checks.size(), m_columns.size() + kMaxExtraColumns));
    for (const ReadCheck& check : report.checks) {
        auto column = m_columnOf.constFind(check.id);
        if (column == m_columnOf.cend()) {
            if (m_extraColumns >= kMaxExtraColumns) {
                ++machine.checksLeftOut;
                continue;
            }
            ++m_extraColumns;
            column = m_columnOf.insert(check.id, quint32(m_columns.size()));
            m_columns << Column{check.id, check.title.left(kMaxShownTitle)};
        }
        Cell cell;
        cell.column = *column;
        cell.code = codeIndex(check.code);
        cell.status = check.status;
        keepSummary(check, &cell);
        machine.textsAsWritten = machine.textsAsWritten || (cell.summaryAt >= 0 && cell.dataBytes == 0);
        machine.cells << cell;
    }

    // A machine that wrote more than one report: its newest counts, the others are listed.
    const QString key = machine.name.toLower();
    const auto found = m_byMachine.constFind(key);
    if (found == m_byMachine.cend()) {
        m_byMachine.insert(key, m_machines.size());
        m_machines << std::move(machine);
        return;
    }
    Machine& kept = m_machines[*found];
    if (machine.created > kept.created)
        std::swap(kept, machine);
    addSkipped(machine.file, msg("an older report of %1 (the newer one is %2)").arg(machine.name, kept.file));
}

QString FleetReport::toHtml(const TextRenderer& renderer) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeHtml(buffer, renderer);
    return QString::fromUtf8(buffer.data());
}

bool FleetReport::writeHtml(QIODevice& out, const TextRenderer& renderer) const
{
    auto t = [&renderer](const Message& message) { return message.render(renderer); };
    auto statusText = [&](Status status) -> QString { return glyph(status) + QLatin1Char(' ') + t(fleetStatusLabel(status)); };
    // Six statuses and some thousands of codes, shown in hundreds of thousands of cells: each rendered and escaped once.
    std::array<QString, 6> shownStatus, statusClass;  // by Status
    for (Status status : worstFirst()) {
        shownStatus[size_t(status)] = e(statusText(status));
        statusClass[size_t(status)] = statusName(status);
    }
    QStringList shownCodes;
    shownCodes.reserve(m_codes.size());
    for (const QString& code : m_codes)
        shownCodes << e(code);

    // The checks, in the catalogue's order, then any a newer version wrote (up to kMaxExtraColumns).
    QStringList titles;
    for (const CheckSpec& spec : checkCatalog())
        titles << spec.titleMessage().render(renderer);
    for (qsizetype i = titles.size(); i < m_columns.size(); ++i)
        titles << m_columns[i].title;

    // Machines worst first, then by name.
    std::vector<const Machine*> machines;
    machines.reserve(size_t(m_machines.size()));
    for (const Machine& machine : m_machines)
        machines.push_back(&machine);
    std::sort(machines.begin(), machines.end(), [](const Machine* a, const Machine* b) {
        const int ra = severity(a->overall), rb = severity(b->overall);
        return ra != rb ? ra > rb : a->name.compare(b->name, Qt::CaseInsensitive) < 0;
    });
    // Anchors: by report id, made unique (two machines may carry one id). Both they and the names escaped once: each
    // is shown in every check's section.
    QStringList anchors, names;
    anchors.reserve(qsizetype(machines.size()));
    names.reserve(qsizetype(machines.size()));
    QHash<QString, int> anchorUses;
    for (const Machine* machine : machines) {
        const int uses = anchorUses[machine->reportId]++;
        anchors << e(uses == 0 ? machine->reportId : machine->reportId + QLatin1Char('-') + QString::number(uses + 1));
        names << e(machine->name);
    }
    // Each column's cells, machine by machine in the page's order: every section below reads its own, once.
    struct Entry {
        qsizetype machine;
        const Cell* cell;
    };
    std::vector<std::vector<Entry>> byColumn(size_t(m_columns.size()));
    qint64 leftOut = 0;
    for (qsizetype i = 0; i < qsizetype(machines.size()); ++i) {
        for (const Cell& cell : machines[size_t(i)]->cells)
            byColumn[cell.column].push_back(Entry{i, &cell});
        leftOut += machines[size_t(i)]->checksLeftOut;
    }

    // Each finding (a code, or a check's status where an older report has none): how many machines, worst first.
    struct Count {
        quint32 code, column;
        Status status;
        int machines = 0;
        const Cell* example;
        const Machine* exampleMachine;
    };
    // Keyed by the code's index, or (top bit set) by the column and status.
    QHash<quint64, qsizetype> countOf;
    std::vector<Count> findings;
    for (const Machine* machine : machines)
        for (const Cell& cell : machine->cells) {
            const quint64 key = cell.code ? quint64(cell.code) : (quint64(1) << 63) | (quint64(cell.column) << 8) | quint64(cell.status);
            auto found = countOf.constFind(key);
            if (found == countOf.cend()) {
                found = countOf.insert(key, qsizetype(findings.size()));
                findings.push_back(Count{cell.code, cell.column, cell.status, 0, &cell, machine});
            }
            Count& count = findings[size_t(*found)];
            if (severity(cell.status) > severity(count.status))
                count.status = cell.status;
            ++count.machines;
        }
    std::sort(findings.begin(), findings.end(), [this](const Count& a, const Count& b) {
        if (severity(a.status) != severity(b.status))
            return severity(a.status) > severity(b.status);
        if (a.machines != b.machines)
            return a.machines > b.machines;
        return m_codes[a.code] + m_columns[a.column].id < m_codes[b.code] + m_columns[b.column].id;
    });

    PageWriter html(out);
    const QString lang = renderer.language() == QLatin1String("zh_CN") ? QStringLiteral("zh-CN") : QStringLiteral("en");
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>\n").arg(lang, e(t(msg("MARS Setup Doctor fleet report"))));
    html += QStringLiteral(
        "<style>body{font-family:'Segoe UI','Microsoft YaHei',sans-serif;margin:2em;color:#1b1b1b}h1{font-size:1.4em}"
        "h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #ddd}h3{font-size:1em}"
        "table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:2px 6px;text-align:left;vertical-align:top;font-size:.9em}"
        ".s-pass{color:#107c10}.s-warning{color:#8a5a00}.s-fail{color:#c42b1c;font-weight:600}.s-error{color:#7a1f6e;font-weight:600}code{font-family:Consolas,monospace}"
        ".nw{white-space:nowrap}nav a{margin-right:.8em}</style>\n</head><body>\n");
    html += QStringLiteral("<h1 id=\"top\">%1</h1>\n").arg(e(t(msg("MARS Setup Doctor fleet report"))));
    html += QStringLiteral("<p>%1</p>\n").arg(e(t(msg("%1 machines merged, %2 files skipped; made %3 UTC.")
                                                     .argCount(quint64(m_machines.size())).argCount(quint64(m_skipped.size()))
                                                     .arg(m_now.toString(QStringLiteral("yyyy-MM-dd HH:mm"))))));
    if (leftOut > 0)
        html += QStringLiteral("<p>%1</p>\n").arg(e(t(msg("%1 checks of ids this program does not know are not shown: the page has columns for at most %2 such checks.")
                                                         .argCount(quint64(leftOut)).argCount(quint64(kMaxExtraColumns)))));
    if (const auto asWritten = std::count_if(machines.begin(), machines.end(), [](const Machine* machine) { return machine->textsAsWritten; }))
        html += QStringLiteral("<p>%1</p>\n").arg(e(t(msg("Machines whose reports hold some summaries only as they were written (by an older version, or in words this "
                                                           "version does not have): %1. Those are shown in their report's language, marked when it is not this page's.")
                                                         .argCount(quint64(asWritten)))));
    if (m_summariesFull)
        html += QStringLiteral("<p>%1</p>\n").arg(e(t(msg("Some summaries are not shown: the reports hold more text than the page keeps."))));
    // The filters: plain links to the sections below.
    html += QStringLiteral("<nav><p><b>%1</b> ").arg(e(t(msg("By check:"))));
    for (qsizetype c = 0; c < m_columns.size(); ++c)
        html += QStringLiteral("<a href=\"#check-%1\">%2</a> ").arg(e(m_columns[c].id), e(titles[c]));
    // Only the statuses some machine has: no link to an empty heading, no empty heading.
    QList<Status> overalls;
    for (Status status : worstFirst())
        if (std::any_of(machines.begin(), machines.end(), [status](const Machine* machine) { return machine->overall == status; }))
            overalls << status;
    html += QStringLiteral("</p><p><b>%1</b> ").arg(e(t(msg("By status:"))));
    for (Status status : overalls)
        html += QStringLiteral("<a href=\"#status-%1\">%2</a> ").arg(statusName(status), e(statusText(status)));
    html += QStringLiteral("<a href=\"#skipped\">%1</a></p></nav>\n").arg(e(t(msg("Skipped files"))));

    html += QStringLiteral("<h2 id=\"findings\">%1</h2>\n<table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>\n")
                .arg(e(t(msg("Findings, worst first"))), e(t(msg("Code"))), e(t(msg("Check"))), e(t(msg("Status"))), e(t(msg("Machines"))),
                     e(t(msg("For example"))));
    for (const Count& count : findings)
        html += QStringLiteral("<tr><td><code>%1</code></td><td><a href=\"#check-%2\">%3</a></td><td class=\"s-%4\">%5</td><td>%6</td><td>%7</td></tr>\n")
                    .arg(e(count.code ? m_codes[count.code] : QStringLiteral("-")), e(m_columns[count.column].id), e(titles[count.column]),
                         statusName(count.status), e(statusText(count.status)), QString::number(count.machines), e(summaryOf(*count.example, *count.exampleMachine, renderer)));
    html += QStringLiteral("</table>\n");

    html += QStringLiteral("<h2 id=\"machines\">%1</h2>\n<table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th>")
                .arg(e(t(msg("Machines and checks"))), e(t(msg("Machine"))), e(t(msg("Report"))), e(t(msg("Created (UTC)"))), e(t(msg("Overall"))));
    for (qsizetype c = 0; c < m_columns.size(); ++c)
        html += QStringLiteral("<th><a href=\"#check-%1\">%2</a></th>").arg(e(m_columns[c].id), e(titles[c]));
    html += QStringLiteral("</tr>\n");
    std::vector<const Cell*> row(size_t(m_columns.size()), nullptr);
    for (qsizetype i = 0; i < qsizetype(machines.size()); ++i) {
        const Machine& machine = *machines[size_t(i)];
        QString overall = statusText(machine.overall);
        if (machine.claimedOverall != machine.overall)
            overall += QLatin1Char(' ') + t(msg("(the report claims %1)").arg(t(fleetStatusLabel(machine.claimedOverall))));
        QString report = QStringLiteral("<code>%1</code>").arg(e(machine.reportId));
        if (machine.checksLeftOut > 0)
            report += QStringLiteral("<br>") + e(t(msg("%1 checks not shown").argCount(quint64(machine.checksLeftOut))));
        html += QStringLiteral("<tr id=\"machine-%1\"><td>%2</td><td class=\"nw\">%3</td><td class=\"nw\">%4</td><td class=\"s-%5\">%6</td>")
                    .arg(anchors[i], names[i], report, e(machine.created.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                         statusName(machine.overall), e(overall));
        for (const Cell& cell : machine.cells)
            row[cell.column] = &cell;
        QString cells;
        for (const Cell* cell : row) {
            if (!cell) {
                cells += QLatin1String("<td>-</td>");
                continue;
            }
            cells += QLatin1String("<td class=\"s-");
            cells += statusClass[size_t(cell->status)];
            cells += QLatin1String("\">");
            cells += shownStatus[size_t(cell->status)];
            cells += QLatin1String("<br><code>");
            cells += shownCodes[cell->code];
            cells += QLatin1String("</code></td>");
        }
        cells += QLatin1String("</tr>\n");
        html += cells;
        for (const Cell& cell : machine.cells)
            row[cell.column] = nullptr;
    }
    html += QStringLiteral("</table>\n");

    // One section per check, its machines grouped by status, worst first: the "filter by check and status". The
    // status's anchor joins with a dot, which no check id holds: "check-a-fail" could be check "a-fail".
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        html += QStringLiteral("<h2 id=\"check-%1\">%2</h2>\n").arg(e(m_columns[c].id), e(titles[c]));
        // The links above reach every check's section: one no report lists says so, never a bare heading.
        if (byColumn[size_t(c)].empty())
            html += QStringLiteral("<p>%1</p>\n").arg(e(t(msg("No report lists this check."))));
        for (Status status : worstFirst()) {
            const std::vector<Entry>& entries = byColumn[size_t(c)];
            const auto n = std::count_if(entries.begin(), entries.end(), [status](const Entry& entry) { return entry.cell->status == status; });
            if (n == 0)
                continue;
            html += QStringLiteral("<h3 id=\"check-%1.%2\">%3 (%4)</h3><ul>").arg(e(m_columns[c].id), statusName(status), shownStatus[size_t(status)], QString::number(n));
            QString items;
            for (const Entry& entry : entries) {
                if (entry.cell->status != status)
                    continue;
                items += QLatin1String("<li><a href=\"#machine-");
                items += anchors[entry.machine];
                items += QLatin1String("\">");
                items += names[entry.machine];
                items += QLatin1String("</a> <code>");
                items += shownCodes[entry.cell->code];
                items += QLatin1String("</code> ");
                items += e(summaryOf(*entry.cell, *machines[size_t(entry.machine)], renderer));
                items += QLatin1String("</li>");
                if (items.size() >= 16 * 1024) {
                    html += items;
                    items.clear();
                }
            }
            html += items;
            html += QStringLiteral("</ul>\n");
        }
    }
    // One section per overall status some machine has.
    for (Status status : overalls) {
        html += QStringLiteral("<h2 id=\"status-%1\">%2</h2>\n<ul>").arg(statusName(status), e(t(msg("Overall: %1").arg(statusText(status)))));
        for (qsizetype i = 0; i < qsizetype(machines.size()); ++i)
            if (machines[size_t(i)]->overall == status)
                html += QStringLiteral("<li><a href=\"#machine-%1\">%2</a></li>").arg(anchors[i], names[i]);
        html += QStringLiteral("</ul>\n");
    }
    html += QStringLiteral("<h2 id=\"skipped\">%1</h2>\n<ul>").arg(e(t(msg("Skipped files"))));
    for (const Skipped& skipped : m_skipped)
        html += QStringLiteral("<li><code>%1</code>: %2</li>").arg(e(skipped.file), e(t(skipped.reason)));
    html += QStringLiteral("</ul>\n<p><a href=\"#top\">%1</a></p>\n</body></html>\n").arg(e(t(msg("Back to the top"))));
    return html.flush();
}

}  // namespace mars
