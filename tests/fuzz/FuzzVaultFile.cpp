// libFuzzer target: the vault credentials file parser with any bytes. Every rejection says why, nothing is expanded,
// and the 1 MiB cap holds.
#include "FuzzTiming.h"
#include "checks/vault/VaultFile.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    mars::fuzz::timed([&] {
        const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
        const mars::VaultParse parse = mars::VaultFileParser::parse(bytes);
        if (!parse.ok() && (parse.error == mars::VaultFileError::None || parse.message.isEmpty()))
            __builtin_trap();  // every rejection says why
        if (parse.ok() && bytes.size() > mars::VaultFileParser::kMaxBytes)
            __builtin_trap();
        if (parse.ok() && parse.credentials->shape == mars::VaultCredentials::Shape::Current &&
            (parse.credentials->managementCert.empty() || parse.credentials->resourceName.isEmpty()))
            __builtin_trap();
    });
    return 0;
}
