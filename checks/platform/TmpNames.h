#pragma once
#include <string_view>

namespace mars::platform {

// "*.tmp" as Windows matches it: the last four characters, in any case. "x.tmp.bak" and "x.tmpl" do not match.
inline bool isTmpName(std::string_view name)
{
    if (name.size() < 4)
        return false;
    const std::string_view tail = name.substr(name.size() - 4);
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
    return tail[0] == '.' && lower(tail[1]) == 't' && lower(tail[2]) == 'm' && lower(tail[3]) == 'p';
}

}  // namespace mars::platform
