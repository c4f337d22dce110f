// libFuzzer target: a tail of the agent's log with any bytes, decoded as the search for its last error decodes it
// (UTF-8 or UTF-16 by its mark or its zeros) and scanned for a known error. Whatever it holds: the line shown has no
// control or bidirectional character and stays within its bound, and a found error is one AgentErrors knows.
#include "FuzzTiming.h"
#include "checks/AgentLogs.h"
#include "checks/errors/ErrorScan.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    mars::fuzz::timed([&] {
        const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
        const QString text = mars::decodeLog(bytes, true, mars::logEncoding(bytes.left(4), bytes));
        const auto found = mars::newestKnownError(text);
        if (!found)
            return;
        if (!found->match.found() || mars::lookUpAgentError(found->match.idText()).idText() != found->match.idText())
            __builtin_trap();  // only an error of the table
        // Escaped: at most 6 characters for each of the bounded line's, and the two marks of a cut.
        if (found->shown.size() > mars::kMaxShownLineChars * 6 + 2)
            __builtin_trap();
        for (const QChar c : found->shown) {
            const char16_t u = c.unicode();
            if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) ||
                u == 0x200e || u == 0x200f || u == 0x061c || u == 0x2028 || u == 0x2029)
                __builtin_trap();  // never a control or bidirectional character
        }
    });
    return 0;
}
