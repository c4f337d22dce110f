// The probe as LocalSystem: its request and answer as data (round trips, and everything the parent refuses), and
// the endpoint check with the SYSTEM route from the fake's runner. The fake stands in for Task Scheduler, which
// Wine cannot run (checks/platform/tests/Win32SystemAccountTest.cpp shows what Wine can); the run with the real program
// is app/tests/SystemProbeEndToEndTest.cpp.
#include "checks/network/SystemProbe.h"
#include "checks/registration/EndpointsCheck.h"
#include "tests/support/CatchQt.h"
#include "tests/support/FakePlatform.h"
#include "tests/support/InterceptingProxy.h"
#include "tests/support/LoopbackHttpServer.h"
#include "tests/support/Probes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace mars;
using test::LoopbackHttpServer;

namespace {
constexpr int kTimeoutMs = 1000;

SystemProbeRequest request(const QList<EndpointProbe>& probes)
{
    return SystemProbeRequest{probes, kTimeoutMs, QString()};
}

ProbeOutcome tlsFailure(const EndpointProbe& probe)
{
    ProbeOutcome outcome;
    outcome.probe = probe;
    outcome.failedAt = ProbeStage::Tls;
    outcome.error = QStringLiteral("The issuer certificate of a locally looked up certificate could not be found");
    outcome.via = QStringLiteral("direct");
    outcome.elapsedMs = 12;
    outcome.chain.leafSubject = QStringLiteral("login.chinacloudapi.cn");
    outcome.chain.issuer = QStringLiteral("Contoso / Contoso Inspection CA");
    outcome.chain.missingIssuer = true;
    return outcome;
}

SystemProbeAnswer answerFrom(const QList<ProbeOutcome>& outcomes, const QString& sid = QStringLiteral("S-1-5-18"))
{
    SystemProbeAnswer answer;
    answer.accountSid = sid;
    answer.routeReason = QStringLiteral("machine-default");
    answer.setting.known = true;
    answer.setting.source = "WinHTTP (as SYSTEM)";
    answer.outcomes = outcomes;
    return answer;
}

// A runner that hands back `json` as the copy's result, after the steps a real task takes.
std::function<platform::SystemRun(const platform::ProbeProgram&, const std::vector<std::string>&, const std::string&, int)> answering(const QByteArray& json)
{
    return [json](const platform::ProbeProgram&, const std::vector<std::string>&, const std::string&, int) {
        platform::SystemRun run;
        run.state = platform::SystemRun::State::Ran;
        run.output = json.toStdString();
        run.steps = {"folder C:\\ProgramData\\MARS Setup Doctor probe 1 created", "task \\MARS Setup Doctor probe 1 registered",
                     "task \\MARS Setup Doctor probe 1 removed", "folder C:\\ProgramData\\MARS Setup Doctor probe 1 removed"};
        return run;
    };
}

QString evidence(const CheckResult& result)
{
    return renderAll(result.evidence).join('\n');
}

LoopbackHttpServer::Respond answersNcsi()
{
    return [](const std::string&) { return LoopbackHttpServer::reply(200, "OK", "Microsoft NCSI"); };
}

const platform::ProbeProgram kProgram{"C:\\Program Files\\MARS Setup Doctor", {}, {"MarsSetupDoctor.exe"}, "MarsSetupDoctor.exe"};
}  // namespace

TEST_CASE("system probe request: a round trip on one base64url argument, and what the copy refuses", "[system-probe]")
{
    EndpointProbe ncsi = test::ncsiProbe("http://www.msftncsi.com/ncsi.txt");
    EndpointProbe https = test::httpsProbe(QStringLiteral("login.chinacloudapi.cn"), 443);
    https.answersHtml = true;
    SystemProbeRequest sent{{ncsi, https}, 2500, QStringLiteral("10.0.0.1:8080")};
    const QByteArray encoded = encodeRequest(sent);
    CHECK_FALSE(encoded.contains('"'));
    CHECK_FALSE(encoded.contains(' '));
    QString error;
    const auto received = decodeRequest(encoded, &error);
    REQUIRE(received);
    CHECK(received->stageTimeoutMs == 2500);
    CHECK(received->proxy == QStringLiteral("10.0.0.1:8080"));
    REQUIRE(received->probes.size() == 2);
    CHECK(received->probes[0].url == ncsi.url);
    CHECK(received->probes[0].expect == ncsi.expect);
    CHECK(received->probes[1].host == https.host);
    CHECK(received->probes[1].port == 443);
    CHECK(received->probes[1].answersHtml);

    CHECK_FALSE(decodeRequest("not base64!", &error));
    CHECK(error == QStringLiteral("the request is not base64url"));
    CHECK_FALSE(decodeRequest(QByteArray(SystemProbeRequest::kMaxEncodedBytes + 1, 'A'), &error));
    CHECK(error.contains("larger than"));
    const auto encodeJson = [](const char* json) { return QByteArray(json).toBase64(QByteArray::Base64UrlEncoding); };
    CHECK_FALSE(decodeRequest(encodeJson("[]"), &error));
    CHECK_FALSE(decodeRequest(encodeJson(R"({"stageTimeoutMs":1000,"probes":[]})"), &error));
    CHECK(error.contains("no probes"));
    CHECK_FALSE(decodeRequest(encodeJson(R"({"stageTimeoutMs":0,"probes":[{"kind":"https","host":"a","port":443}]})"), &error));
    CHECK_FALSE(decodeRequest(encodeJson(R"({"stageTimeoutMs":1000,"probes":[{"kind":"https","host":"a","port":70000}]})"), &error));
    CHECK(error.contains("probe that is not valid"));
    // Found by fuzz_systemprobe: a probe without a port was taken as port 0, which its own re-encoding then refused.
    CHECK_FALSE(decodeRequest(encodeJson(R"({"stageTimeoutMs":1000,"probes":[{"kind":"https","host":"a"}]})"), &error));
    SystemProbeRequest many{QList<EndpointProbe>(SystemProbeRequest::kMaxProbes + 1, https), 1000, {}};
    CHECK_FALSE(decodeRequest(encodeRequest(many), &error));
}

TEST_CASE("system probe answer: every part of an outcome survives the file", "[system-probe]")
{
    const EndpointProbe probe = test::httpsProbe(QStringLiteral("login.chinacloudapi.cn"), 443);
    ProbeOutcome outcome = tlsFailure(probe);
    outcome.block = ProxyBlock{true, false, 403, QStringLiteral("proxy.contoso.com:8080"), QStringLiteral("squid/5.7"), QStringLiteral("403 with Via"),
                               ProxyCause::CannotConnect, QStringLiteral("ERR_CONNECT_FAIL 111: connection refused")};
    outcome.localDns = QStringLiteral("Host not found");
    outcome.answer.status = 403;
    outcome.answer.headers = {{"via", "1.1 proxy (squid/5.7)"}, {"content-type", "text/html"}};
    outcome.bodyStart = QByteArray("<html>\0blocked", 14);
    outcome.chain.rootSha1 = QStringLiteral("DF3C24F9BFD666761B268073FE06D1CC8D4F82A4");
    outcome.proxyAuthentication = true;
    const QByteArray json = answerJson(answerFrom({outcome}));
    QString error;
    const auto parsed = parseAnswer(json, request({probe}), QStringLiteral("S-1-5-18"), &error);
    INFO(error.toStdString());
    REQUIRE(parsed);
    CHECK(parsed->routeReason == QStringLiteral("machine-default"));
    CHECK(parsed->setting.source == "WinHTTP (as SYSTEM)");
    REQUIRE(parsed->outcomes.size() == 1);
    const ProbeOutcome& back = parsed->outcomes.first();
    CHECK(back.probe.host == probe.host);  // the request's probe, not one the answer could substitute
    CHECK(back.failedAt == ProbeStage::Tls);
    CHECK(back.error == outcome.error);
    CHECK(back.chain.issuer == outcome.chain.issuer);
    CHECK(back.chain.missingIssuer);
    CHECK(back.chain.rootSha1 == outcome.chain.rootSha1);
    CHECK(back.block.blocked);
    CHECK(back.block.name == QStringLiteral("squid/5.7"));
    CHECK(back.block.cause == ProxyCause::CannotConnect);
    CHECK(back.block.detail == outcome.block.detail);
    CHECK(back.localDns == outcome.localDns);
    CHECK(back.answer.status == 403);
    CHECK(back.answer.value("via") == QByteArray("1.1 proxy (squid/5.7)"));
    CHECK(back.bodyStart == outcome.bodyStart);
    CHECK(back.proxyAuthentication);
}

TEST_CASE("system probe answer: the parent refuses anything else, and says why", "[system-probe]")
{
    const EndpointProbe probe = test::httpsProbe(QStringLiteral("login.chinacloudapi.cn"), 443);
    const SystemProbeRequest sent = request({probe});
    QString error;
    // Made by another account: an administrator's own run of the probe mode is not SYSTEM's verdict.
    CHECK_FALSE(parseAnswer(answerJson(answerFrom({tlsFailure(probe)}, QStringLiteral("S-1-5-21-1-2-3-1001"))), sent, QStringLiteral("S-1-5-18"), &error));
    CHECK(error == QStringLiteral("it ran as S-1-5-21-1-2-3-1001, not as S-1-5-18"));
    CHECK_FALSE(parseAnswer(answerJson(answerFrom({tlsFailure(probe), tlsFailure(probe)})), sent, QStringLiteral("S-1-5-18"), &error));
    CHECK(error == QStringLiteral("its answer holds 2 outcomes for 1 probes"));
    CHECK_FALSE(parseAnswer("{", sent, QStringLiteral("S-1-5-18"), &error));
    CHECK(error.startsWith("its answer is not JSON"));
    CHECK_FALSE(parseAnswer(QByteArray(platform::SystemAccount::kMaxOutputBytes + 1, ' '), sent, QStringLiteral("S-1-5-18"), &error));
    CHECK(error.contains("larger than"));

    QJsonObject object = QJsonDocument::fromJson(answerJson(answerFrom({tlsFailure(probe)}))).object();
    const auto withOutcome = [&object](const char* key, const QJsonValue& value) {
        QJsonObject copy = object;
        QJsonArray outcomes = copy.value("outcomes").toArray();
        QJsonObject first = outcomes.first().toObject();
        first.insert(QLatin1String(key), value);
        outcomes.replace(0, first);
        copy.insert("outcomes", outcomes);
        return QJsonDocument(copy).toJson();
    };
    CHECK_FALSE(parseAnswer(withOutcome("failedAt", "SMTP"), sent, QStringLiteral("S-1-5-18"), &error));
    CHECK(error == QStringLiteral("its answer's outcome 1 is not valid"));
    CHECK_FALSE(parseAnswer(withOutcome("elapsedMs", -1), sent, QStringLiteral("S-1-5-18"), &error));
    CHECK_FALSE(parseAnswer(withOutcome("error", QString(5000, 'x')), sent, QStringLiteral("S-1-5-18"), &error));
    CHECK_FALSE(parseAnswer(withOutcome("bodyStart", QString::fromLatin1(QByteArray(600, 'x').toBase64())), sent, QStringLiteral("S-1-5-18"), &error));
    object.insert("version", 2);
    CHECK_FALSE(parseAnswer(QJsonDocument(object).toJson(), sent, QStringLiteral("S-1-5-18"), &error));
    CHECK(error == QStringLiteral("its answer is not a version 1 mars-system-probe answer"));
}

TEST_CASE("the agent's verdict is LocalSystem's: it fails TLS where this account gets through, and the report says why", "[system-probe][routes]")
{
    LoopbackHttpServer service(answersNcsi());
    const EndpointProbe probe = test::ncsiProbe(service.url("/ncsi.txt"));
    auto fake = std::make_shared<test::FakePlatform>();
    ProbeOutcome failure = tlsFailure(probe);
    failure.chain = {};
    fake->systemRunner = answering(answerJson(answerFrom({failure})));
    CheckContext context;
    context.inputs.network.stageTimeoutMs = kTimeoutMs;
    context.inputs.network.probes = {probe};
    const CheckResult result = EndpointsCheck(fake, kProgram).run(context);
    const QString text = evidence(result);
    INFO(text.toStdString());
    CHECK(result.status == Status::Warning);  // the connectivity probe only: a Warning, but LocalSystem's
    CHECK(result.facts.value("agentRoute").toString() == "system");
    CHECK(text.contains("As LocalSystem: blocked at TLS after 12 ms, direct"));
    CHECK(text.contains("| This account: reachable in"));
    CHECK(text.contains("The agent's verdict is what LocalSystem met, probed in a one-shot scheduled task, along the route it takes there: direct "
                        "(WinHTTP (as SYSTEM))."));
    CHECK(text.contains("As LocalSystem, step by step: folder C:\\ProgramData\\MARS Setup Doctor probe 1 created; task \\MARS Setup Doctor "
                        "probe 1 registered; task \\MARS Setup Doctor probe 1 removed;"));
    CHECK(text.contains("The routes disagree: along This account (direct) 0 of 1 addresses fail, along the agent's route 1"));
    // The request the copy got: these probes, this timeout.
    REQUIRE(fake->systemRuns.size() == 1);
    const std::vector<std::string>& arguments = fake->systemRuns.front();
    REQUIRE(arguments.size() == 4);
    CHECK(arguments[0] == "--probe-endpoints-as-system");
    CHECK(arguments[1] == platform::SystemAccount::kResultPlaceholder);
    CHECK(arguments[2] == "--probe-request");
    CHECK(arguments[3] == platform::SystemAccount::kInputPlaceholder);  // a file: never the request itself on a command line
    REQUIRE(fake->systemInputs.size() == 1);
    QString error;
    const auto sent = decodeRequest(QByteArray::fromStdString(fake->systemInputs.front()), &error);
    REQUIRE(sent);
    CHECK(sent->stageTimeoutMs == kTimeoutMs);
    CHECK(sent->probes.first().url == probe.url);
}

TEST_CASE("a root only this account trusts: LocalSystem's TLS fails where this account's passes, and the report says where to put the root", "[system-probe][tls]")
{
    const test::TestChain chain(QStringLiteral("/O=Contoso/CN=Contoso User Root"), QStringLiteral("/O=Contoso/CN=Contoso Issuing CA"),
                                QStringLiteral("DNS:login.partner.microsoftonline.cn,IP:127.0.0.1"));
    REQUIRE(chain.ok);
    const test::TrustedCa trusted(chain.root());  // this account's store (Qt's default CAs in this process)
    test::InterceptingProxy proxy(chain, LoopbackHttpServer::reply(404, "Not Found", "{}", "Content-Type: application/json\r\n"));
    const EndpointProbe probe = test::httpsProbe(QStringLiteral("login.partner.microsoftonline.cn"), 443);
    auto fake = std::make_shared<test::FakePlatform>();
    fake->account.proxy = proxy.address().toStdString();
    fake->systemRunner = answering(answerJson(answerFrom({tlsFailure(probe)})));
    CheckContext context;
    context.inputs.network.stageTimeoutMs = 2000;
    context.inputs.network.probes = {probe};
    const CheckResult result = EndpointsCheck(fake, kProgram).run(context);
    const QString text = evidence(result);
    INFO(text.toStdString());
    CHECK(result.status == Status::Fail);  // sign-in is essential, and LocalSystem cannot reach it
    CHECK(result.facts.value("agentRoute").toString() == "system");
    CHECK(text.contains("login.partner.microsoftonline.cn: this account trusts its certificate but LocalSystem does not: the root certificate ("));
    CHECK(text.contains("Contoso User Root) is probably only in this user's store."));
}

TEST_CASE("the probe as LocalSystem fails, times out or leaves something behind: never a Pass", "[system-probe][routes]")
{
    LoopbackHttpServer service(answersNcsi());
    auto fake = std::make_shared<test::FakePlatform>();
    CheckContext context;
    context.inputs.network.stageTimeoutMs = kTimeoutMs;
    context.inputs.network.probes = {test::ncsiProbe(service.url("/ncsi.txt"))};
    SECTION("the task could not be started")
    {
        fake->systemRunner = [](const platform::ProbeProgram&, const std::vector<std::string>&, const std::string&, int) {
            platform::SystemRun run;
            run.state = platform::SystemRun::State::Failed;
            run.error = "the task could not be started: 0x80004001";
            run.steps = {"task \\MARS Setup Doctor probe 1 registered", "task \\MARS Setup Doctor probe 1 removed"};
            return run;
        };
        const CheckResult result = EndpointsCheck(fake, kProgram).run(context);
        INFO(evidence(result).toStdString());
        CHECK(result.status == Status::Warning);
        CHECK(result.finding == findingOf<EndpointsCheck>(EndpointsCheck::Code::SystemProbeIncomplete));
        CHECK(evidence(result).contains("The probe as LocalSystem gave no verdict: the task could not be started: 0x80004001."));
        CHECK(result.facts.value("agentRoute").toString() != "system");
    }
    SECTION("an answer from another account")
    {
        fake->systemRunner = answering(answerJson(answerFrom({tlsFailure(context.inputs.network.probes.first())}, QStringLiteral("S-1-5-21-9"))));
        const CheckResult result = EndpointsCheck(fake, kProgram).run(context);
        CHECK(result.finding == findingOf<EndpointsCheck>(EndpointsCheck::Code::SystemProbeIncomplete));
        CHECK(evidence(result).contains("gave no verdict: it ran as S-1-5-21-9, not as S-1-5-18."));
    }
    SECTION("the task was not removed")
    {
        ProbeOutcome fine;
        fine.probe = context.inputs.network.probes.first();
        fine.via = QStringLiteral("direct");
        auto answering_ = answering(answerJson(answerFrom({fine})));
        fake->systemRunner = [answering_](const platform::ProbeProgram& program, const std::vector<std::string>& arguments, const std::string& input,
                                          int timeoutMs) {
            platform::SystemRun run = answering_(program, arguments, input, timeoutMs);
            run.cleanedUp = false;
            run.steps.push_back("task \\MARS Setup Doctor probe 1 could NOT be removed: 0x80070005");
            return run;
        };
        const CheckResult result = EndpointsCheck(fake, kProgram).run(context);
        INFO(evidence(result).toStdString());
        CHECK(result.status == Status::Warning);
        CHECK(result.finding == findingOf<EndpointsCheck>(EndpointsCheck::Code::SystemProbeIncomplete));
        CHECK(evidence(result).contains("left something behind"));
    }
    SECTION("not elevated: not probed, said, and the other routes still give the verdict")
    {
        fake->systemRunner = [](const platform::ProbeProgram&, const std::vector<std::string>&, const std::string&, int) {
            platform::SystemRun run;
            run.state = platform::SystemRun::State::NotElevated;
            return run;
        };
        const CheckResult result = EndpointsCheck(fake, kProgram).run(context);
        CHECK(result.status == Status::Pass);
        CHECK(evidence(result).contains("As LocalSystem: not probed, because this program is not running as administrator."));
    }
}

TEST_CASE("the time the SYSTEM task is given covers the copy's own probing and its start", "[system-probe]")
{
    CHECK(systemProbeTimeoutMs(5000) == 18000);
    CHECK(systemProbeTimeoutMs(1000) > 1000 + 1500);
}
