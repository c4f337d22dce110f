#pragma once
// The probe as LocalSystem, as a protocol between this program and a copy of itself that a one-shot SYSTEM task
// starts (platform::SystemAccount): the request travels in a file beside the copy (base64url; up to 64 KiB, more
// than a command line may hold), the answer comes back in a JSON file; only SYSTEM and Administrators can open either.
// The answer is checked as untrusted input all the same: bounded in size and count, and made by SYSTEM.
#include "HostProbe.h"
#include "checks/platform/NetworkSettings.h"
#include "checks/platform/SystemAccount.h"

#include <optional>

namespace mars {

struct SystemProbeRequest {
    static constexpr int kMaxProbes = 64;
    static constexpr qsizetype kMaxEncodedBytes = 64 * 1024;
    QList<EndpointProbe> probes;
    int stageTimeoutMs = 5000;
    QString proxy;  // --proxy as given ("host:port"), empty when none
};

QByteArray encodeRequest(const SystemProbeRequest& request);
std::optional<SystemProbeRequest> decodeRequest(const QByteArray& encoded, QString* error);

// What the copy saw, as SYSTEM, along the route the agent takes there.
struct SystemProbeAnswer {
    QString accountSid;        // who ran it: must be SystemAccount::expectedSid()
    QString routeReason;       // RoutePlan::agentRouteReason, as SYSTEM worked it out
    platform::ProxySetting setting;  // that route's setting (known, proxy, source ...)
    QList<ProbeOutcome> outcomes;    // one per requested probe, in order
};

QByteArray answerJson(const SystemProbeAnswer& answer);
// Refuses anything but a well-formed answer from `expectedSid` with one outcome per probe of `request`.
std::optional<SystemProbeAnswer> parseAnswer(const QByteArray& json, const SystemProbeRequest& request, const QString& expectedSid,
                                             QString* error);

// Runs the copy as SYSTEM and reads its answer. `run` says what happened on the way (steps, clean-up); the
// answer is there only when it ran and its file passed parseAnswer (else `error` says why).
struct SystemProbeRun {
    platform::SystemRun run;
    std::optional<SystemProbeAnswer> answer;
    QString error;
};
SystemProbeRun probeAsSystem(platform::SystemAccount& account, const platform::ProbeProgram& program, const SystemProbeRequest& request);

// The copy's side: probes `request` as whoever this process runs as (SYSTEM, in the task), along the route the
// agent takes here, and writes the answer to `resultPath` atomically (never through a link). Empty, or why not.
QString answerRequest(const SystemProbeRequest& request, platform::NetworkSettings& settings, const QString& resultPath);

// How long the task may take: the copy's own probing (its PAC evaluations and one stage timeout per proxy tried),
// plus its start-up as a task.
int systemProbeTimeoutMs(int stageTimeoutMs);

// The arguments the copy is started with (kResultPlaceholder for the result file, kInputPlaceholder for the request's).
QStringList systemProbeArguments();
inline constexpr const char* kProbeAsSystemOption = "probe-endpoints-as-system";
inline constexpr const char* kProbeRequestOption = "probe-request";

}  // namespace mars
