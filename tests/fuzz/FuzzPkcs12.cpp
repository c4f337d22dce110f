// libFuzzer target: the PKCS #12 iteration-count reader with any bytes. It never reads out of bounds, never recurses
// without bound, and a count it reports past the cap is one it found, never a wrapped-around number.
#include "FuzzTiming.h"
#include "checks/vault/Pkcs12Cost.h"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    mars::fuzz::timed([&] {
        const mars::Pkcs12Cost cost = mars::pkcs12Cost(std::string_view(reinterpret_cast<const char*>(data), size));
        if (cost.iterations > 0 && cost.counts == 0)
            __builtin_trap();  // a count with nothing counted
    });
    return 0;
}
