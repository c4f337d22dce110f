// Benchmark: --fleet-report over 1,000 generated reports (every check of the catalogue, ten lines of evidence each,
// as many machines write to a share), against the baseline of only reading and parsing the same files in the same
// run. Budget: the whole merge, folder to HTML, within 2 s; it prints both times, the ratio to the baseline and the
// share of the budget used.
#include "checks/Catalog.h"
#include "checks/report/FleetReport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>

using namespace mars;

namespace {
constexpr int kReports = 1000;
constexpr qint64 kBudgetMs = 2000;

QByteArray generated(int machine)
{
    static const char* statuses[] = {"pass", "pass", "pass", "warning", "fail"};
    QJsonArray checks;
    QString overall = QStringLiteral("pass");
    int n = 0;
    for (const CheckSpec& spec : checkCatalog()) {
        const QString status = QLatin1String(statuses[(machine + n++) % 5]);
        QJsonArray evidence;
        for (int line = 0; line < 10; ++line)
            evidence << QStringLiteral("Evidence line %1 of %2 on SRV-%3: C:\\Program Files\\Microsoft Azure Recovery Services Agent").arg(line).arg(spec.idText()).arg(machine);
        checks << QJsonObject{{"section", spec.sectionText()}, {"id", spec.idText()}, {"articleStep", spec.articleStep}, {"title", spec.titleMessage().render(TextRenderer())},
                              {"status", status}, {"code", QStringLiteral("MSD-GEN-00%1").arg(1 + n % 2)}, {"docs", ""},
                              {"summary", QStringLiteral("A verdict of %1").arg(spec.idText())}, {"evidence", evidence},
                              {"facts", QJsonObject{}}, {"fixes", QJsonArray{}}};
        if (status == QLatin1String("fail"))
            overall = status;
    }
    return QJsonDocument(QJsonObject{{"tool", "MARS Setup Doctor"}, {"reportId", QStringLiteral("%1").arg(machine, 8, 16, QLatin1Char('0')).toUpper()},
                                     {"version", "1.0.0"}, {"language", "en"}, {"created", "2026-12-01T10:00:00Z"}, {"createdLocal", "2026-12-01T18:00:00+08:00"},
                                     {"machine", QStringLiteral("SRV-%1").arg(machine)}, {"os", "Windows Server 2022"}, {"cloud", "china"},
                                     {"overall", overall}, {"checks", checks}, {"fixesApplied", QJsonArray{}}})
        .toJson();
}
}  // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir folder;
    if (!folder.isValid())
        return 1;
    qint64 bytes = 0;
    for (int i = 0; i < kReports; ++i) {
        QFile file(folder.filePath(QStringLiteral("SRV-%1.json").arg(i)));
        const QByteArray json = generated(i);
        bytes += json.size();
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
            return 1;
    }

    // Baseline: every file read and parsed as JSON, nothing else.
    QElapsedTimer timer;
    timer.start();
    int parsed = 0;
    for (const QFileInfo& info : QDir(folder.path()).entryInfoList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile file(info.filePath());
        if (file.open(QIODevice::ReadOnly))
            parsed += QJsonDocument::fromJson(file.readAll()).isObject();
    }
    const qint64 baseline = qMax<qint64>(1, timer.elapsed());

    timer.restart();
    Message error;
    const FleetReport fleet = FleetReport::fromFolder(folder.path(), &error);
    const qint64 read = timer.elapsed();
    const QString html = fleet.toHtml(TextRenderer());
    const qint64 merge = timer.elapsed();

    std::printf("fleet report, %d reports (%.1f MB): merged to %.1f MB of HTML in %lld ms; reading and parsing alone %lld ms; "
                "ratio %.2f; %.0f %% of the 2 s budget (reading %lld ms, the page %lld ms)\n",
                kReports, double(bytes) / 1e6, double(html.size()) / 1e6, static_cast<long long>(merge), static_cast<long long>(baseline),
                double(merge) / double(baseline), 100.0 * double(merge) / double(kBudgetMs), static_cast<long long>(read),
                static_cast<long long>(merge - read));
    const bool whole = parsed == kReports && fleet.machines().size() == kReports && fleet.skipped().isEmpty();
    if (!whole)
        std::printf("merged %lld of %d reports, %lld skipped\n", static_cast<long long>(fleet.machines().size()), kReports,
                    static_cast<long long>(fleet.skipped().size()));
    return whole && merge <= kBudgetMs ? 0 : 1;
}
