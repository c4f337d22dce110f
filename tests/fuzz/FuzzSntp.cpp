// libFuzzer target: the SNTP reply parser with any bytes, against a fixed request.
#include "FuzzTiming.h"
#include "checks/clock/Sntp.h"

#include <cmath>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    mars::fuzz::timed([&] {
        const double sent = 1764040000.25;
        const auto reply = mars::sntp::parseReply(data, size, mars::sntp::toNtpTimestamp(sent), sent, sent + 0.05);
        if (reply.ok && !std::isfinite(reply.offset))
            __builtin_trap();  // an accepted reply must carry a usable offset
        if (size >= 8) {
            std::uint64_t stamp = 0;
            for (int i = 0; i < 8; ++i)
                stamp = (stamp << 8) | data[i];
            (void)mars::sntp::fromNtpTimestamp(stamp);
        }
    });
    return 0;
}
