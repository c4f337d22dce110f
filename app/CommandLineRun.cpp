#include "CommandLineRun.h"

#include "checks/Catalog.h"
#include "checks/platform/ProcessExit.h"
#include "checks/report/Report.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <cstdio>

namespace mars {

namespace {
void runUntilIdle(CheckSession& session)
{
    if (!session.isBusy())
        return;
    QEventLoop loop;
    QObject::connect(&session, &CheckSession::idle, &loop, &QEventLoop::quit);
    loop.exec();
}
}  // namespace

int runCommandLine(const StartupOptions& options, const std::shared_ptr<platform::Platform>& platform)
{
    CheckSession session;
    addAllChecks(session, platform);
    CheckContext context;
    context.cloudId = options.cloud;
    context.tempFolder = options.tempFolder;
    session.setContext(context);

    session.runAll();
    runUntilIdle(session);

    for (const QString& requested : options.fixes) {
        const QString checkId = requested.section(QLatin1Char('/'), 0, 0);
        const QString fixId = requested.section(QLatin1Char('/'), 1, 1);
        if (fixId == QLatin1String("restart-elevated")) {
            std::fprintf(stderr, "fix %s: not from the command line; run the command from an elevated prompt instead\n", qPrintable(requested));
            continue;
        }
        bool offered = false;
        for (const auto& fix : session.result(checkId).fixes)
            offered = offered || fix->id() == fixId;
        if (!offered) {
            std::fprintf(stderr, "fix %s: not needed now (the check does not offer it)\n", qPrintable(requested));
            continue;
        }
        session.applyFix(checkId, fixId);  // re-runs the check afterwards
        runUntilIdle(session);
    }

    const Report report = Report::fromSession(session, QCoreApplication::applicationVersion());
    const QByteArray output = options.json ? QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented) : report.toText().toUtf8();
    std::fwrite(output.constData(), 1, size_t(output.size()), stdout);
    std::fflush(stdout);
    spdlog::info("command-line run finished: {}", statusName(report.worstStatus()).toStdString());  // flushed (flush_on)
    // Everything is out: a look-up still waiting for a silent DNS server must not keep the process alive.
    platform::endProcessWithin(std::chrono::milliseconds(500), report.exitCode());
    return report.exitCode();
}

}  // namespace mars
