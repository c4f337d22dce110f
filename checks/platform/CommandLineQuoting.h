#pragma once
// Quoting one argument so that CommandLineToArgvW (and the C runtime) gives it back unchanged: the rules of
// "Parsing C++ command-line arguments" (learn.microsoft.com): a quote is escaped with a backslash, backslashes are
// literal unless they precede a quote, so those — and the ones before the closing quote — are doubled.
// Standard C++ only: tested natively, and against CommandLineToArgvW itself under Wine.
#include <string>

namespace mars::platform {

inline std::wstring quoteArgument(const std::wstring& argument)
{
    if (!argument.empty() && argument.find_first_of(L" \t\n\v\"") == std::wstring::npos)
        return argument;
    std::wstring quoted = L"\"";
    for (auto it = argument.begin();; ++it) {
        std::size_t backslashes = 0;
        while (it != argument.end() && *it == L'\\') {
            ++it;
            ++backslashes;
        }
        if (it == argument.end()) {
            quoted.append(backslashes * 2, L'\\');  // before the closing quote: each one doubled
            break;
        }
        if (*it == L'"') {
            quoted.append(backslashes * 2 + 1, L'\\');
            quoted.push_back(L'"');
        } else {
            quoted.append(backslashes, L'\\');
            quoted.push_back(*it);
        }
    }
    quoted.push_back(L'"');
    return quoted;
}

inline std::wstring joinCommandLine(const std::wstring* begin, const std::wstring* end)
{
    std::wstring line;
    for (const std::wstring* it = begin; it != end; ++it) {
        if (!line.empty())
            line.push_back(L' ');
        line += quoteArgument(*it);
    }
    return line;
}

}  // namespace mars::platform
