#include "AgentEventLog.h"

namespace mars::platform {

bool cutUtf8(std::string& text, std::size_t maxBytes)
{
    if (text.size() <= maxBytes)
        return false;
    std::size_t end = maxBytes;
    // Back over continuation bytes (10xxxxxx) to the start of the character the cut would split.
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end;
    text.resize(end);
    return true;
}

}  // namespace mars::platform
