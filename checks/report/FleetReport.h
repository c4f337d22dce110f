#pragma once
// Many machines on one page: every JSON report in a folder (the share that `--check --out \\server\share\%COMPUTERNAME%.json`
// fills) merged into one self-contained HTML page, with no scripts and no links out: machines x checks, the count of
// each finding worst first, and one section per check and per status to jump to with plain anchors. Every file is
// untrusted: a bad, cut-short, foreign or oversized one is listed as skipped with the reason, never stops the merge.
#include "ReportReader.h"

#include <QHash>
#include <QList>
#include <QString>

namespace mars {

class FleetReport {
    MARS_DECLARE_MESSAGES(FleetReport)
public:
    struct Machine {
        QString file;
        ReadReport report;
    };
    struct Skipped {
        QString file;
        Message reason;
    };
    // More files than a fleet report is for are skipped, counted, not read.
    static constexpr int kMaxFiles = 20000;

    // Reads every *.json directly in `folder` (not in subfolders). Links are never followed: they are skipped.
    static FleetReport fromFolder(const QString& folder, Message* error);
    // One file's bytes, already read (what fromFolder does for each; the benchmark and the fuzzer use it directly).
    void add(const QString& file, const QByteArray& bytes);
    void addSkipped(const QString& file, const Message& reason) { m_skipped << Skipped{file, reason}; }

    const QList<Machine>& machines() const { return m_machines; }
    const QList<Skipped>& skipped() const { return m_skipped; }
    QString toHtml(const TextRenderer& renderer = TextRenderer::current()) const;

private:
    QString m_folder;
    QList<Machine> m_machines;
    QHash<QString, qsizetype> m_byMachine;  // a machine's newest report, by its lower-case name
    QList<Skipped> m_skipped;
};

}  // namespace mars
