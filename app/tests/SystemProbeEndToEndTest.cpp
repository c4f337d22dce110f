// The probe-as-SYSTEM protocol end to end with the real program: the endpoint check asks the fake's runner, which
// starts this build's mars-setup-doctor in its probe mode exactly as the SYSTEM task would (same arguments, the
// result placeholder replaced by a file in a folder of its own), and the check takes the copy's answer as the
// agent's. What only Windows does (the task itself, the account being SYSTEM) is Win32SystemAccountTest's and the
// fake's; here the copy runs as this account, so the fake expects this account's id.
#include "checks/network/SystemProbe.h"
#include "checks/registration/EndpointsCheck.h"
#include "tests/support/CatchQt.h"
#include "tests/support/FakePlatform.h"
#include "tests/support/LoopbackHttpServer.h"
#include "tests/support/ProgramAsSystem.h"
#include "tests/support/Probes.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace mars;
using test::LoopbackHttpServer;


TEST_CASE("the real program answers a probe request in its probe mode, and the check takes that answer as the agent's", "[system-probe][e2e]")
{
    LoopbackHttpServer service([](const std::string&) { return LoopbackHttpServer::reply(200, "OK", "Microsoft NCSI"); });
    auto fake = std::make_shared<test::FakePlatform>();
    fake->systemSid = platform::currentAccountSid();
    QByteArray errors;
    fake->systemRunner = [&errors](const platform::ProbeProgram&, const std::vector<std::string>& arguments, const std::string& input, int timeoutMs) {
        return test::runProgramAsTask(QStringLiteral(MARS_PROGRAM), arguments, input, timeoutMs, &errors);
    };
    CheckContext context;
    context.inputs.network.stageTimeoutMs = 2000;
    context.inputs.network.probes = {test::ncsiProbe(service.url("/ncsi.txt"))};
    const platform::ProbeProgram program{".", {}, {"mars-setup-doctor"}, "mars-setup-doctor"};
    const CheckResult result = EndpointsCheck(fake, program).run(context);
    const QString text = renderAll(result.evidence).join('\n');
    INFO(text.toStdString() << "\ncopy's stderr: " << errors.toStdString());
    CHECK(errors.isEmpty());
    CHECK(result.status == Status::Pass);
    CHECK(result.facts.value("agentRoute").toString() == "system");
    CHECK(text.contains("As LocalSystem: reachable in"));
    CHECK(text.contains("| This account: reachable in"));
    CHECK(service.requests() == 2);  // once from here, once from the copy
}

TEST_CASE("the probe mode refuses a request it cannot read, and a result path that is a link", "[system-probe][e2e]")
{
    QTemporaryDir folder;
    QProcess copy;
    const QString badRequest = folder.filePath("bad-request.txt");
    QFile bad(badRequest);
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("%%%");
    bad.close();
    for (const QString& request : {badRequest, folder.filePath("no-such-request.txt")}) {
        copy.start(QStringLiteral(MARS_PROGRAM), {"--probe-endpoints-as-system", folder.filePath("r.json"), "--probe-request", request});
        REQUIRE(copy.waitForFinished(20000));
        CHECK(copy.exitCode() == 64);
        CHECK(QString::fromUtf8(copy.readAllStandardError()).contains("--probe-endpoints-as-system needs a result file and a valid --probe-request"));
        CHECK_FALSE(QFile::exists(folder.filePath("r.json")));
    }
    // A FIFO named as the request must not hold the copy (it would hold the task until Windows stops it).
    const QByteArray fifo = folder.filePath("fifo-request").toLocal8Bit();
    REQUIRE(mkfifo(fifo.constData(), 0600) == 0);
    copy.start(QStringLiteral(MARS_PROGRAM), {"--probe-endpoints-as-system", folder.filePath("r.json"), "--probe-request", QString::fromLocal8Bit(fifo)});
    REQUIRE(copy.waitForFinished(20000));
    CHECK(copy.exitCode() == 64);
    CHECK_FALSE(QFile::exists(folder.filePath("r.json")));

    const QString link = folder.filePath("link.json");
    REQUIRE(QFile::link(folder.filePath("elsewhere.json"), link));
    SystemProbeRequest request{{test::ncsiProbe("http://127.0.0.1:9/ncsi.txt")}, 500, {}};
    const QString requestFile = folder.filePath("request.txt");
    QFile good(requestFile);
    REQUIRE(good.open(QIODevice::WriteOnly));
    good.write(encodeRequest(request));
    good.close();
    copy.start(QStringLiteral(MARS_PROGRAM), {"--probe-endpoints-as-system", link, "--probe-request", requestFile});
    REQUIRE(copy.waitForFinished(20000));
    CHECK(copy.exitCode() == 64);
    CHECK(QString::fromUtf8(copy.readAllStandardError()).contains("is a link"));
    CHECK_FALSE(QFile::exists(folder.filePath("elsewhere.json")));
}
