// An elevated restart hands the user's folders and file names to the new instance on its command line: each must
// come back whole. Natively against the documented rules; under Wine against CommandLineToArgvW itself.
#include "checks/platform/CommandLineQuoting.h"

#include <catch2/catch.hpp>

#include <vector>
#ifdef _WIN32
#include <windows.h>
#include <shellapi.h>
#endif

using mars::platform::joinCommandLine;
using mars::platform::quoteArgument;

namespace {
const std::vector<std::wstring> kAwkward = {
    L"--install-folder", L"C:\\Program Files\\Agent\\",  // a trailing backslash before the closing quote
    L"--temp-folder", L"D:\\odd \"quoted\" name",        // quotes inside
    L"--log-file", L"\\\\server\\share\\logs\\a b.log",   // a UNC path with a space
    L"", L"tab\there", L"back\\\\\"slashes", L"plain",
};
}  // namespace

TEST_CASE("quoting follows the documented backslash and quote rules", "[quoting]")
{
    CHECK(quoteArgument(L"plain") == L"plain");
    CHECK(quoteArgument(L"") == L"\"\"");
    CHECK(quoteArgument(L"a b") == L"\"a b\"");
    CHECK(quoteArgument(L"C:\\dir with space\\") == L"\"C:\\dir with space\\\\\"");
    CHECK(quoteArgument(L"say \"hi\"") == L"\"say \\\"hi\\\"\"");
    CHECK(quoteArgument(L"a\\\\\"b") == L"\"a\\\\\\\\\\\"b\"");
    CHECK(quoteArgument(L"C:\\no\\spaces\\") == L"C:\\no\\spaces\\");  // nothing to quote: backslashes stay literal
}

#ifdef _WIN32
TEST_CASE("CommandLineToArgvW gives every argument back whole", "[quoting][wine]")
{
    const std::wstring line = L"program.exe " + joinCommandLine(kAwkward.data(), kAwkward.data() + kAwkward.size());
    int count = 0;
    LPWSTR* parsed = CommandLineToArgvW(line.c_str(), &count);
    REQUIRE(parsed);
    REQUIRE(count == int(kAwkward.size()) + 1);
    for (std::size_t i = 0; i < kAwkward.size(); ++i) {
        INFO("argument " << i);
        CHECK(std::wstring(parsed[i + 1]) == kAwkward[i]);
    }
    LocalFree(parsed);
}
#endif
