// Benchmark: the sign-in rehearsal runs beside the endpoint probes. A session runs the network check (12 hosts, 6
// black-holed) and the vault check with its rehearsal sent to a black-holed token endpoint, against the baseline of
// the network check alone in the same run. Target: every verdict on screen within the baseline plus one per-stage
// timeout (and 15 % slack), i.e. the rehearsal does not queue behind the probes.
#include "checks/Catalog.h"
#include "checks/CheckSession.h"
#include "checks/platform/Platform.h"
#include "checks/registration/EndpointsCheck.h"
#include "checks/registration/VaultCredentialsCheck.h"
#include "checks/TypedIds.h"
#include "../support/LoopbackHttpServer.h"
#include "../support/Probes.h"
#include "../support/TempFolderQt.h"
#include "../support/VaultFiles.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace mars;
using test::LoopbackHttpServer;

namespace {

qint64 runUntilIdle(CheckSession& session, const QStringList& ids)
{
    QElapsedTimer timer;
    timer.start();
    for (const QString& id : ids)
        session.run(id);
    while (session.isBusy() && timer.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return timer.elapsed();
}

}  // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int kTimeoutMs = 1500;
    LoopbackHttpServer good([](const std::string&) { return LoopbackHttpServer::reply(200, "OK", "Microsoft NCSI"); });
    LoopbackHttpServer blackHole([](const std::string&) { return std::string(); });

    const EndpointProbe silent = test::httpsProbe(QStringLiteral("127.0.0.1"), blackHole.port());
    const EndpointProbe answering = test::ncsiProbe(good.url("/ncsi.txt"));

    test::TempFolderQt folder;
    const QString vaultFile = folder.file(QStringLiteral("bench.VaultCredentials"));
    QFile file(vaultFile);
    file.open(QIODevice::WriteOnly);
    file.write(test::vaultFileXml());
    file.close();

    CheckSession session;
    CheckServices services{std::shared_ptr<platform::Platform>(platform::makeSystemPlatform()), nullptr};
    for (const CheckSpec& spec : checkCatalog())
        if (spec.idText() == id<EndpointsCheck>() || spec.idText() == id<VaultCredentialsCheck>())
            session.addCheck(spec, spec.make(services));
    CheckContext context;
    context.inputs.network.stageTimeoutMs = kTimeoutMs;
    for (int i = 0; i < 6; ++i)
        context.inputs.network.probes << silent << answering;
    context.inputs.vaultCredentials = vaultFile;
    context.inputs.rehearseSignIn = true;
    context.inputs.network.tokenEndpoint = QStringLiteral("https://127.0.0.1:%1/tenant/oauth2/token").arg(blackHole.port());
    session.setContext(context);

    const qint64 baseline = runUntilIdle(session, {id<EndpointsCheck>()});
    const qint64 both = runUntilIdle(session, {id<EndpointsCheck>(), id<VaultCredentialsCheck>()});
    const QJsonObject signIn = session.result(id<VaultCredentialsCheck>()).facts[QStringLiteral("signIn")].toObject();
    const bool rehearsed = signIn[QStringLiteral("cause")] == QStringLiteral("network");
    const double limit = (baseline + kTimeoutMs) * 1.15;
    std::printf("network check alone: %lld ms; with the sign-in rehearsal beside it (black-holed token endpoint, stage %s): "
                "%lld ms; limit %.0f ms (baseline + one %d ms stage timeout, +15%%)\n",
                static_cast<long long>(baseline), signIn[QStringLiteral("stage")].toString().toUtf8().constData(),
                static_cast<long long>(both), limit, kTimeoutMs);
    return rehearsed && both <= limit ? 0 : 1;
}
