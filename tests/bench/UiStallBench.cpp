// Benchmark: the UI thread's worst stall while the 12-host network check (6 black-holed) and a 100,000-file
// cleanup run with the wizard on screen, against the idle event loop measured first in the same run (target:
// <= 50 ms); and the time until the wizard has painted its first page (target: < 1 s), against a bare QWizard.
#include "../support/AnsweringPrompter.h"
#include "../support/LoopbackHttpServer.h"
#include "checks/Catalog.h"
#include "checks/registration/EndpointsCheck.h"
#include "checks/registration/TempFilesCheck.h"
#include "checks/TypedIds.h"
#include "wizard/MainWizard.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <filesystem>
#include <fstream>

using namespace mars;
using test::LoopbackHttpServer;

namespace {
// Largest gap between 5 ms timer ticks while `busy` says work is going on.
qint64 worstStall(const std::function<bool()>& busy)
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0, worst = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        worst = std::max(worst, now - last);
        last = now;
    });
    tick.start(5);
    while (busy())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return worst;
}

qint64 firstPaint(QWidget& widget)
{
    struct PaintWatch : QObject {
        bool painted = false;
        bool eventFilter(QObject*, QEvent* event) override
        {
            painted = painted || event->type() == QEvent::Paint;
            return false;
        }
    } watch;
    QElapsedTimer clock;
    clock.start();
    widget.installEventFilter(&watch);
    widget.show();
    while (!watch.painted && clock.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    widget.removeEventFilter(&watch);
    return clock.elapsed();
}
}  // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    namespace fs = std::filesystem;
    const fs::path folder = fs::temp_directory_path() / ("mars-stall-" + std::to_string(QCoreApplication::applicationPid()));
    fs::create_directories(folder);
    for (int i = 0; i < 100000; ++i)
        std::ofstream(folder / ("f" + std::to_string(i) + ".tmp")) << "x";

    LoopbackHttpServer good([](const std::string&) { return LoopbackHttpServer::reply(200, "OK", "Microsoft NCSI"); });
    LoopbackHttpServer blackHole([](const std::string&) { return std::string(); });
    QList<EndpointProbe> probes;
    for (int i = 0; i < 6; ++i) {
        EndpointProbe silent{QStringLiteral("sign-in"), QStringLiteral("https"), QStringLiteral("127.0.0.1"), blackHole.port(), {}, {}};
        EndpointProbe ncsi{QStringLiteral("connectivity"), QStringLiteral("ncsi"), {}, 80, QString::fromStdString(good.url("/ncsi.txt")),
                           QStringLiteral("Microsoft NCSI")};
        probes << silent << ncsi;
    }

    QWizard bare;
    bare.addPage(new QWizardPage);
    const qint64 barePaint = firstPaint(bare);
    bare.hide();

    std::shared_ptr<platform::Platform> system = platform::makeSystemPlatform();
    test::AnsweringPrompter prompter;
    CheckSession session;
    addAllChecks(session, {system, std::make_shared<PassphraseStore>()});
    CheckContext context;
    context.inputs.tempFolder = QString::fromStdString(folder.string());
    context.inputs.network.probes = probes;
    context.inputs.network.timeServers = {QStringLiteral("127.0.0.1:9")};
    context.inputs.network.stageTimeoutMs = 1500;
    session.setContext(context);
    QElapsedTimer created;
    created.start();
    MainWizard wizard({&session, system, &prompter});
    wizard.setStartId(MainWizard::pageIdFromName(QStringLiteral("registration")));
    firstPaint(wizard);
    const qint64 wizardPaint = created.elapsed();  // construction included

    const qint64 idle = worstStall([t = QElapsedTimer()]() mutable {
        if (!t.isValid())
            t.start();
        return t.elapsed() < 1000;
    });
    // The page started its checks when it was shown; wait for the count, then clear the files.
    bool fixStarted = false;
    const qint64 busy = worstStall([&] {
        if (!fixStarted && session.result(id<TempFilesCheck>()).status == Status::Fail) {
            session.applyFix(id<TempFilesCheck>(), QStringLiteral("clear-tmp-files"));
            fixStarted = true;
        }
        return !fixStarted || session.isBusy();
    });
    const bool cleared = session.result(id<TempFilesCheck>()).status == Status::Pass;
    fs::remove_all(folder);

    // Judged against the baselines of this run: the stall the work adds to the idle loop's own worst, and the paint
    // time the wizard adds to a bare QWizard's, so a loaded machine moves both sides alike.
    const qint64 addedStall = busy - idle;
    const qint64 addedPaint = wizardPaint - barePaint;
    std::printf("UI stall while probing 12 hosts and clearing 100,000 files: worst %lld ms; idle loop: worst %lld ms; "
                "added %lld ms, target <= 50 ms%s\n",
                static_cast<long long>(busy), static_cast<long long>(idle), static_cast<long long>(addedStall),
                cleared ? "" : " (cleanup did not finish!)");
    std::printf("first paint: wizard %lld ms, bare QWizard %lld ms, ratio %.2f, added %lld ms; target: added < 1000 ms\n",
                static_cast<long long>(wizardPaint), static_cast<long long>(barePaint),
                double(wizardPaint) / double(std::max<qint64>(1, barePaint)), static_cast<long long>(addedPaint));
    return addedStall <= 50 && addedPaint < 1000 && cleared ? 0 : 1;
}
