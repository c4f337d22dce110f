// Benchmark: --fleet-report over 10,000 generated reports (every check of the catalogue, a little evidence, and two
// checks of each machine's own ids, the shape that made the page quadratic; half written in Chinese, every summary
// with its message as data, so the Chinese page renders each of them again in its language), against the baseline of only reading and
// parsing the same files in the same run. Each run is a child process of its own, so its peak memory (VmHWM) is its
// own: 1,000 and 10,000 machines are merged (and parsed alone), and what the merge adds beyond parsing may grow by a
// small summary per machine at most, never by the reports. Passes on the ratio to the baseline and on that growth; the 2 s target is printed, not
// asserted (an absolute time says more about the machine than the code). The target is the shipped program's, so
// scripts/test.sh runs this in a Release build; the line says which build measured it.
#include "checks/Catalog.h"
#include "checks/report/AtomicWrite.h"
#include "checks/report/FleetReport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>

#include <sys/resource.h>

using namespace mars;

namespace {
constexpr int kSmall = 1000;
constexpr int kLarge = 10000;
constexpr qint64 kTargetMs = 2000;
// The merge against reading and parsing alone: the checks of every field, the summary and the page cost a few times the
// parse; the quadratic page was two orders of magnitude past it.
constexpr double kMaxRatio = 6.0;
// Peak memory the merge adds per machine from 1,000 to 10,000, beyond what reading and parsing alone add (the folder's
// listing): the small summary. Holding the reports, as before, was their size (5 KB here, 3 MB a hostile one).
constexpr double kMaxBytesPerMachine = 1024;

QByteArray generated(int machine)
{
    static const TextRenderer chinese = TextRenderer::forLanguage(QStringLiteral("zh_CN"));
    const TextRenderer renderer = machine % 2 ? chinese : TextRenderer();
    static const char* statuses[] = {"pass", "pass", "pass", "warning", "fail"};
    QJsonArray checks;
    QString overall = QStringLiteral("pass");
    int n = 0;
    auto add = [&](const QString& id, const QString& title, const QString& section) {
        const QString status = QLatin1String(statuses[(machine + n++) % 5]);
        QJsonArray evidence, evidenceMessages;
        for (int line = 0; line < 2; ++line) {
            const QString folder = QStringLiteral("C:\\Program Files\\Microsoft Azure Recovery Services Agent\\SRV-%1-%2").arg(machine).arg(line);
            evidence << QStringLiteral("%1 is a file, not a folder.").arg(folder);
            evidenceMessages << QJsonObject{{"context", "mars::InstallFolderCheck"}, {"source", "%1 is a file, not a folder."}, {"args", QJsonArray{folder}}};
        }
        // A summary as this program writes it: its text in the report's language and the message beside it.
        const QString account = QStringLiteral("SRV-%1\\backup-%2").arg(machine).arg(id);
        const QJsonObject summaryMessage{{"context", "mars::AdminRightsCheck"}, {"source", "%1 is not a local administrator."}, {"args", QJsonArray{account}}};
        checks << QJsonObject{{"section", section}, {"id", id}, {"articleStep", 0}, {"title", title}, {"status", status},
                              {"code", QStringLiteral("MSD-GEN-00%1").arg(1 + n % 2)}, {"docs", ""},
                              {"summary", Message::translatable("mars::AdminRightsCheck", "%1 is not a local administrator.").arg(account).render(renderer)},
                              {"summaryMessage", summaryMessage}, {"evidence", evidence}, {"evidenceMessages", evidenceMessages},
                              {"facts", QJsonObject{}}, {"fixes", QJsonArray{}}};
        if (status == QLatin1String("fail"))
            overall = status;
    };
    for (const CheckSpec& spec : checkCatalog())
        add(spec.idText(), spec.titleMessage().render(TextRenderer()), spec.sectionText());
    add(QStringLiteral("own-%1-a").arg(machine), QStringLiteral("A check only SRV-%1 has").arg(machine), QStringLiteral("registration"));
    add(QStringLiteral("own-%1-b").arg(machine), QStringLiteral("Another check only SRV-%1 has").arg(machine), QStringLiteral("registration"));
    return QJsonDocument(QJsonObject{{"tool", "MARS Setup Doctor"}, {"reportId", QStringLiteral("%1").arg(machine, 8, 16, QLatin1Char('0')).toUpper()},
                                     {"version", "1.0.0"}, {"language", renderer.language()}, {"created", "2026-12-01T10:00:00Z"}, {"createdLocal", "2026-12-01T18:00:00+08:00"},
                                     {"machine", QStringLiteral("SRV-%1").arg(machine)}, {"os", "Windows Server 2022"}, {"cloud", "china"},
                                     {"overall", overall}, {"checks", checks}, {"fixesApplied", QJsonArray{}}})
        .toJson(QJsonDocument::Compact);
}

qint64 peakKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const auto match = QRegularExpression(QStringLiteral("VmHWM:\\s*(\\d+) kB")).match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

// The process's CPU time (user and system): on a machine shared with other work, the wall time of a run says as much
// about the others as about it; the CPU times' ratio is printed beside the wall times'.
qint64 cpuMs()
{
    rusage usage{};
    if (::getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000 + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

// In the child: one run over `folder`, then "ms peakKb machines skipped pageBytes cpuMs".
int child(const QString& mode, const QString& folder, const QString& page)
{
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuStart = cpuMs();
    qint64 machines = 0, skipped = 0;
    if (mode == QLatin1String("parse")) {
        for (const QFileInfo& info : QDir(folder).entryInfoList({QStringLiteral("*.json")}, QDir::Files)) {
            QFile file(info.filePath());
            if (file.open(QIODevice::ReadOnly))
                machines += QJsonDocument::fromJson(file.readAll()).isObject();
        }
    } else {
        Message error;
        const TextRenderer chinese = TextRenderer::forLanguage(QStringLiteral("zh_CN"));
        const FleetReport fleet = FleetReport::fromFolder(folder, &error, chinese);
        if (!error.isEmpty() || !writeFileAtomicallyBy(page, [&](QIODevice& file) { return fleet.writeHtml(file, chinese); }, &error))
            return 1;
        machines = fleet.machines().size();
        skipped = fleet.skipped().size();
    }
    const qint64 ms = timer.elapsed();
    const qint64 cpu = cpuMs() - cpuStart;
    std::printf("%lld %lld %lld %lld %lld %lld\n", static_cast<long long>(ms), static_cast<long long>(peakKb()), static_cast<long long>(machines),
                static_cast<long long>(skipped), static_cast<long long>(QFileInfo(page).size()), static_cast<long long>(cpu));
    return 0;
}

struct Run {
    qint64 ms = -1, peakKb = -1, machines = -1, skipped = -1, pageBytes = -1, cpuMs = -1;
};

Run run(const QString& mode, const QString& folder, const QString& page)
{
    QProcess process;
    process.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), mode, folder, page});
    Run result;
    if (!process.waitForFinished(600000) || process.exitCode() != 0)
        return result;
    const QStringList numbers = QString::fromLatin1(process.readAllStandardOutput()).split(QLatin1Char(' '));
    if (numbers.size() == 6) {
        result.ms = numbers[0].toLongLong();
        result.peakKb = numbers[1].toLongLong();
        result.machines = numbers[2].toLongLong();
        result.skipped = numbers[3].toLongLong();
        result.pageBytes = numbers[4].toLongLong();
        result.cpuMs = numbers[5].trimmed().toLongLong();
    }
    return result;
}

bool fill(const QString& folder, int reports, qint64* bytes)
{
    if (!QDir().mkpath(folder))
        return false;
    for (int i = 0; i < reports; ++i) {
        QFile file(folder + QStringLiteral("/SRV-%1.json").arg(i));
        const QByteArray json = generated(i);
        *bytes += json.size();
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
            return false;
    }
    return true;
}
}  // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 5 && QLatin1String(argv[1]) == QLatin1String("--child"))
        return child(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]), QString::fromLocal8Bit(argv[4]));
    if (peakKb() < 0) {
        std::printf("MARS-SKIPPED: no /proc/self/status to read peak memory from\n");
        return 77;
    }
    QTemporaryDir temp;
    if (!temp.isValid())
        return 1;
    const QString small = temp.filePath(QStringLiteral("small")), large = temp.filePath(QStringLiteral("large"));
    qint64 smallBytes = 0, largeBytes = 0;
    if (!fill(small, kSmall, &smallBytes) || !fill(large, kLarge, &largeBytes))
        return 1;

    const Run parseSmall = run(QStringLiteral("parse"), small, temp.filePath(QStringLiteral("none"))),
              mergeSmall = run(QStringLiteral("merge"), small, temp.filePath(QStringLiteral("small.html"))),
              parseLarge = run(QStringLiteral("parse"), large, temp.filePath(QStringLiteral("none"))),
              mergeLarge = run(QStringLiteral("merge"), large, temp.filePath(QStringLiteral("large.html")));
    for (const Run* r : {&parseSmall, &mergeSmall, &parseLarge, &mergeLarge})
        if (r->ms < 0) {
            std::printf("a run failed\n");
            return 1;
        }
    const double ratio = double(mergeLarge.ms) / double(qMax<qint64>(1, parseLarge.ms));
    const double perMachine =
        double((mergeLarge.peakKb - mergeSmall.peakKb) - (parseLarge.peakKb - parseSmall.peakKb)) * 1024.0 / double(kLarge - kSmall);
    std::printf("fleet report, %d reports (%.1f MB) with %d distinct check ids: merged to a %.1f MB page in %lld ms (%.0f %% of the %lld ms "
                "target, %s build); reading and parsing alone %lld ms; ratio %.2f (at most %.1f)\n",
                kLarge, double(largeBytes) / 1e6, 2 * kLarge, double(mergeLarge.pageBytes) / 1e6, static_cast<long long>(mergeLarge.ms),
                100.0 * double(mergeLarge.ms) / double(kTargetMs), static_cast<long long>(kTargetMs), MARS_BUILD_TYPE,
                static_cast<long long>(parseLarge.ms), ratio,
                kMaxRatio);
    std::printf("CPU time (user + system): merged in %lld ms, reading and parsing alone %lld ms; ratio %.2f\n", static_cast<long long>(mergeLarge.cpuMs),
                static_cast<long long>(parseLarge.cpuMs), double(mergeLarge.cpuMs) / double(qMax<qint64>(1, parseLarge.cpuMs)));
    std::printf("peak memory: %d reports %lld KB (parsing alone %lld KB), %d reports %lld KB (parsing alone %lld KB); "
                "the merge adds %.0f bytes per machine beyond parsing (at most %.0f); the %d reports hold %.0f bytes each\n",
                kSmall, static_cast<long long>(mergeSmall.peakKb), static_cast<long long>(parseSmall.peakKb), kLarge,
                static_cast<long long>(mergeLarge.peakKb), static_cast<long long>(parseLarge.peakKb), perMachine, kMaxBytesPerMachine, kLarge,
                double(largeBytes) / kLarge);
    // The page renders each summary from its data in Chinese, the English reports' too: not their text as written.
    QFile smallPage(temp.filePath(QStringLiteral("small.html")));
    const QByteArray page = smallPage.open(QIODevice::ReadOnly) ? smallPage.readAll() : QByteArray();
    const bool inChinese = page.contains(QStringLiteral("SRV-0\\backup-admin-rights 不是本地管理员。").toUtf8()) &&
                           page.contains(QStringLiteral("SRV-1\\backup-admin-rights 不是本地管理员。").toUtf8()) &&
                           !page.contains("is not a local administrator");
    if (!inChinese)
        std::printf("the page does not show the English reports' summaries in Chinese\n");
    const bool whole = inChinese && mergeSmall.machines == kSmall && mergeLarge.machines == kLarge && mergeLarge.skipped == 0 && parseLarge.machines == kLarge;
    if (!whole)
        std::printf("merged %lld of %d reports, %lld skipped\n", static_cast<long long>(mergeLarge.machines), kLarge,
                    static_cast<long long>(mergeLarge.skipped));
    return whole && ratio <= kMaxRatio && perMachine <= kMaxBytesPerMachine ? 0 : 1;
}
