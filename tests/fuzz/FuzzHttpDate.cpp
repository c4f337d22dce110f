// libFuzzer target: the HTTP Date parser with any text.
#include "FuzzTiming.h"
#include "checks/clock/HttpDate.h"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    mars::fuzz::timed([&] {
        const auto parsed = mars::httpdate::parse(std::string_view(reinterpret_cast<const char*>(data), size));
        if (!parsed.unixSeconds && parsed.error.empty())
            __builtin_trap();  // every rejection says why
        if (parsed.unixSeconds && (*parsed.unixSeconds < -2208988800 || *parsed.unixSeconds > 253402300799))
            __builtin_trap();  // accepted dates stay within 1900-9999
    });
    return 0;
}
