#pragma once
// The HTTP Date header (RFC 9110, section 5.6.7), without Qt: fed untrusted text and fuzzed.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mars::httpdate {

struct Parsed {
    std::optional<std::int64_t> unixSeconds;
    std::string error;  // set when unixSeconds is not
};

// Accepts IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), the obsolete RFC 850 form ("Sunday, 06-Nov-94 08:49:37
// GMT") and asctime ("Sun Nov  6 08:49:37 1994"). A leap second (:60) counts as :59. Years 1900-9999.
Parsed parse(std::string_view text);

std::int64_t daysFromCivil(std::int64_t year, unsigned month, unsigned day);

}  // namespace mars::httpdate
