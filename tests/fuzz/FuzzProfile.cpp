// libFuzzer target: the cloud-profile JSON loader with any bytes.
#include "FuzzTiming.h"
#include "checks/CloudProfile.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    mars::fuzz::timed([&] {
        QString error;
        const auto profile = mars::CloudProfiles::parse(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)), &error);
        if (!profile && error.isEmpty())
            __builtin_trap();  // every rejection says why
        if (profile && (profile->id.isEmpty() || profile->allowList.isEmpty()))
            __builtin_trap();
    });
    return 0;
}
