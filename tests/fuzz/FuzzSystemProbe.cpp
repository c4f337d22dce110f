// libFuzzer target: the probe as LocalSystem's two inputs with any bytes — the answer file the parent reads back
// (and, from the same bytes, the request the copy decodes from its command line). Refusals must say why; an
// accepted answer has exactly one outcome per probe, and a decoded request re-encodes to one that decodes the same.
#include "FuzzTiming.h"
#include "checks/network/SystemProbe.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    mars::fuzz::timed([&] {
        const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
        mars::SystemProbeRequest request;
        mars::EndpointProbe probe;
        probe.kind = QStringLiteral("https");
        probe.host = QStringLiteral("login.chinacloudapi.cn");
        request.probes = {probe, probe};
        QString error;
        const auto answer = mars::parseAnswer(bytes, request, QStringLiteral("S-1-5-18"), &error);
        if (!answer && error.isEmpty())
            __builtin_trap();
        if (answer && (answer->outcomes.size() != request.probes.size() || answer->accountSid != QStringLiteral("S-1-5-18")))
            __builtin_trap();
        const auto decoded = mars::decodeRequest(bytes, &error);
        if (!decoded && error.isEmpty())
            __builtin_trap();
        if (decoded) {
            const auto again = mars::decodeRequest(mars::encodeRequest(*decoded), &error);
            if (!again || again->probes.size() != decoded->probes.size() || again->stageTimeoutMs != decoded->stageTimeoutMs)
                __builtin_trap();
        }
    });
    return 0;
}
