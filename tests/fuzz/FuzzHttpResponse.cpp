// libFuzzer target: the HTTP status line parser and the NCSI answer classifier. The input is split at the first
// NUL: before it a status line, after it the body; the status comes from the parsed line.
#include "FuzzTiming.h"
#include "checks/network/HttpClassify.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    mars::fuzz::timed([&] {
        const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
        const qsizetype split = input.indexOf('\0');
        const QByteArray line = split < 0 ? input : input.left(split);
        const QByteArray body = split < 0 ? QByteArray() : input.mid(split + 1);
        const auto status = mars::parseStatusLine(line);
        if (status && (*status < 100 || *status > 599))
            __builtin_trap();
        const auto verdict = mars::classifyNcsi(status.value_or(0), QString::fromUtf8(body.left(200)), body, QStringLiteral("Microsoft NCSI"));
        if (verdict.ok == !verdict.error.isEmpty())
            __builtin_trap();  // a verdict is either fine or says what is wrong
    });
    return 0;
}
