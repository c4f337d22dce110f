#include "DosAttributes.h"

#include <cstdio>

namespace mars::platform::posix {

std::optional<std::uint32_t> parseDosAttributes(const std::string& value)
{
    // Samba's binary (NDR) form is not parsed: without the text form the attributes count as unknown, i.e. none.
    std::string text = value;
    while (!text.empty() && text.back() == '\0')
        text.pop_back();
    if (text.size() < 3 || text.size() > 10 || text[0] != '0' || (text[1] != 'x' && text[1] != 'X'))
        return std::nullopt;
    std::uint32_t result = 0;
    for (size_t i = 2; i < text.size(); ++i) {
        const char c = text[i];
        std::uint32_t digit;
        if (c >= '0' && c <= '9')
            digit = static_cast<std::uint32_t>(c - '0');
        else if (c >= 'a' && c <= 'f')
            digit = static_cast<std::uint32_t>(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            digit = static_cast<std::uint32_t>(c - 'A' + 10);
        else
            return std::nullopt;
        result = result * 16 + digit;
    }
    return result;
}

std::string formatDosAttributes(std::uint32_t attributes)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "0x%x", attributes);
    return buffer;
}

}  // namespace mars::platform::posix
