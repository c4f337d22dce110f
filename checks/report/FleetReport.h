#pragma once
// Many machines on one page: every JSON report in a folder (the share that `--check --out \\server\share\%COMPUTERNAME%.json`
// fills) merged into one self-contained HTML page, with no scripts and no links out: machines x checks, the count of
// each finding worst first, and one section per check and per status to jump to with plain anchors. Every file is
// untrusted: a bad, cut-short, foreign, future-dated or oversized one is listed as skipped with the reason, never stops
// the merge.
//
// Ten thousand machines fit: each report is parsed, reduced to a small summary (its statuses and codes; the texts
// shown go to a temporary file, read back as the page is written) and dropped, and the page is written piece by piece.
// A summary goes there as the message it is (the report's data), so the page renders every machine's in the page's
// language, whatever language its report was written in; a report without that data (an older version's) keeps its
// text as written, which the page marks. What one report may bring is capped
// (its checks of ids this program does not know, the length of what is shown), so neither the time nor the page grows
// with the square of the reports.
#include "ReportReader.h"

#include <QHash>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QTemporaryFile>

#include <functional>
#include <memory>

namespace mars {

class FleetReport {
    MARS_DECLARE_MESSAGES(FleetReport)
public:
    // One check of one machine: indexes into the fleet's columns and pools, so ten thousand machines stay small.
    struct Cell {
        qint64 summaryAt = -1;  // in the texts' file; -1: none kept
        quint32 column = 0;
        quint32 code = 0;  // 0: none
        // The summary's text: rendered in the language the page is expected in when the report gave the message as
        // data, which follows it (dataBytes), for a page in another language; else the report's text as written.
        quint16 summaryBytes = 0;
        quint16 dataBytes = 0;
        Status status = Status::NotRun;
    };
    struct Machine {
        QString file;
        QString reportId;
        QString name;
        QDateTime created;
        Status overall = Status::NotRun;    // recomputed from the checks, never what the report claims
        Status claimedOverall = Status::NotRun;
        QList<Cell> cells;
        int checksLeftOut = 0;  // checks of ids past the page's columns
        QString language;       // the report's: what a summary kept only as its text is written in
        bool textsAsWritten = false;  // some summary is kept only as the report wrote it (no message data)
    };
    struct Skipped {
        QString file;
        Message reason;
    };
    // More files than a fleet report is for are skipped, counted, not read.
    static constexpr int kMaxFiles = 20000;
    // Columns for checks this program does not know (a newer version's); past these, such checks are counted per
    // machine and left out, or the table would grow with machines x distinct ids.
    static constexpr int kMaxExtraColumns = 40;
    // What of a report's texts the page shows.
    static constexpr int kMaxShownSummary = 300;
    static constexpr int kMaxShownTitle = 120;
    // A summary's message data kept, at most (UTF-8 bytes): past it, the report's rendered text is kept instead.
    static constexpr int kMaxSummaryData = 8 * 1024;
    // All the summaries the page keeps, at most (bytes, on disk): past it, the sections show codes without summaries.
    static constexpr qint64 kMaxSummaryBytes = 256 * 1024 * 1024;
    static constexpr int kMaxCodes = 20000;
    // A report dated further ahead than this is refused: it would otherwise replace the genuine newest one.
    static constexpr qint64 kFutureToleranceSecs = 24 * 60 * 60;

    // `pageLanguage`: the language the page will most likely be written in, so each summary is rendered once, as the
    // report is read; a page in another language renders them again from their data.
    explicit FleetReport(const TextRenderer& pageLanguage = TextRenderer::current());
    // Reads every *.json directly in `folder` (not in subfolders). Links are never followed: they are skipped.
    static FleetReport fromFolder(const QString& folder, Message* error, const TextRenderer& pageLanguage = TextRenderer::current());
    // One file's bytes, already read (what fromFolder does for each; the benchmark and the fuzzer use it directly).
    void add(const QString& file, const QByteArray& bytes);
    void addSkipped(const QString& file, const Message& reason) { m_skipped << Skipped{file, reason}; }

    const QList<Machine>& machines() const { return m_machines; }
    const QList<Skipped>& skipped() const { return m_skipped; }
    // The page, written in pieces to `out`; false when a write failed.
    bool writeHtml(QIODevice& out, const TextRenderer& renderer = TextRenderer::current()) const;
    QString toHtml(const TextRenderer& renderer = TextRenderer::current()) const;

private:
    struct Column {
        QString id;
        QString title;  // empty for the catalogue's checks: their title is rendered in the page's language
    };
    void addReport(const QString& file, const ReadReport& report);
    void keepSummary(const ReadCheck& check, Cell* cell);
    bool keepText(const QByteArray& bytes, Cell* cell);
    QString summaryOf(const Cell& cell, const Machine& machine, const TextRenderer& renderer) const;
    quint32 codeIndex(const QString& code);

    TextRenderer m_pageLanguage;
    QDateTime m_now;
    QList<Column> m_columns;
    QHash<QString, quint32> m_columnOf;
    int m_extraColumns = 0;
    QStringList m_codes;
    QHash<QString, quint32> m_codeOf;
    std::shared_ptr<QTemporaryFile> m_texts;  // the summaries shown, UTF-8, one after another
    qint64 m_textEnd = 0;
    bool m_summariesFull = false;
    QList<Machine> m_machines;
    QHash<QString, qsizetype> m_byMachine;  // a machine's newest report, by its lower-case name
    QList<Skipped> m_skipped;
};

}  // namespace mars
