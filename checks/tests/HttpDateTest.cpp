// The HTTP Date parser against a table: RFC 9110's three forms, edge years, leap days and seconds, and garbage.
// Generated rows get their expected value from the C library's timegm(), an independent implementation.
#include "checks/clock/HttpDate.h"

#include <catch2/catch.hpp>

#include <ctime>

using mars::httpdate::parse;

namespace {
std::int64_t expected(int year, int month, int day, int hour, int minute, int second)
{
    std::tm tm{};
    tm.tm_year = year - 1900;
    tm.tm_mon = month - 1;
    tm.tm_mday = day;
    tm.tm_hour = hour;
    tm.tm_min = minute;
    tm.tm_sec = second;
    return std::int64_t(timegm(&tm));
}

const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const char* const kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
const char* const kLongDays[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

int weekday(int year, int month, int day)
{
    const std::int64_t days = mars::httpdate::daysFromCivil(year, unsigned(month), unsigned(day));
    return int(((days % 7) + 11) % 7);  // 1970-01-01 was a Thursday
}
}  // namespace

TEST_CASE("the RFC's own examples, in all three forms", "[httpdate]")
{
    const std::int64_t rfc = 784111777;  // Sun, 06 Nov 1994 08:49:37 GMT
    CHECK(parse("Sun, 06 Nov 1994 08:49:37 GMT").unixSeconds == rfc);
    CHECK(parse("Sunday, 06-Nov-94 08:49:37 GMT").unixSeconds == rfc);
    CHECK(parse("Sun Nov  6 08:49:37 1994").unixSeconds == rfc);
}

TEST_CASE("generated dates across 1970-9999 in three forms", "[httpdate]")
{
    int rows = 0;
    const int years[] = {1970, 1999, 2000, 2024, 2036, 2038, 2106, 9999};
    for (int year : years) {
        for (int month = 1; month <= 12; month += 1) {
            const int day = 1 + (month * 7 + year) % 28;
            const int hour = (month * 5) % 24, minute = (month * 13) % 60, second = (month * 17) % 60;
            char imf[64], asc[64];
            std::snprintf(imf, sizeof imf, "%s, %02d %s %04d %02d:%02d:%02d GMT", kDays[weekday(year, month, day)], day, kMonths[month - 1],
                          year, hour, minute, second);
            std::snprintf(asc, sizeof asc, "%s %s %2d %02d:%02d:%02d %04d", kDays[weekday(year, month, day)], kMonths[month - 1], day,
                          hour, minute, second, year);
            INFO(imf << " / " << asc);
            CHECK(parse(imf).unixSeconds == expected(year, month, day, hour, minute, second));
            CHECK(parse(asc).unixSeconds == expected(year, month, day, hour, minute, second));
            rows += 2;
            if (year >= 1970 && year <= 2069) {
                char rfc850[64];
                std::snprintf(rfc850, sizeof rfc850, "%s, %02d-%s-%02d %02d:%02d:%02d GMT", kLongDays[weekday(year, month, day)], day,
                              kMonths[month - 1], year % 100, hour, minute, second);
                INFO(rfc850);
                CHECK(parse(rfc850).unixSeconds == expected(year, month, day, hour, minute, second));
                ++rows;
            }
        }
    }
    CHECK(rows >= 200);
}

TEST_CASE("edge cases: leap days, leap seconds, zones, padding", "[httpdate]")
{
    CHECK(parse("Thu, 29 Feb 2024 12:00:00 GMT").unixSeconds == expected(2024, 2, 29, 12, 0, 0));
    CHECK(parse("Tue, 29 Feb 2000 00:00:00 GMT").unixSeconds == expected(2000, 2, 29, 0, 0, 0));
    CHECK(parse("Sat, 31 Dec 2016 23:59:60 GMT").unixSeconds == expected(2016, 12, 31, 23, 59, 59));
    CHECK(parse("Thu, 01 Jan 1970 00:00:00 GMT").unixSeconds == 0);
    CHECK(parse("Tue, 19 Jan 2038 03:14:08 GMT").unixSeconds == 2147483648);
    CHECK(parse("Fri, 31 Dec 9999 23:59:59 GMT").unixSeconds == 253402300799);
    CHECK(parse("Mon, 01 Jan 1900 00:00:00 GMT").unixSeconds == -2208988800);
    CHECK(parse("Sun, 06 Nov 1994 08:49:37 UTC").unixSeconds == 784111777);
    CHECK(parse("  Sun, 06 Nov 1994 08:49:37 GMT\t").unixSeconds == 784111777);
    CHECK(parse("Sun Nov 16 08:49:37 1994").unixSeconds == 784975777);
    CHECK(parse("Friday, 31-Dec-99 23:59:59 GMT").unixSeconds == 946684799);
    CHECK(parse("Saturday, 01-Jan-00 00:00:00 GMT").unixSeconds == 946684800);
}

TEST_CASE("garbage is rejected with a reason, never a crash", "[httpdate]")
{
    const char* garbage[] = {
        "", " ", "GMT", "0", "Sun", "Sun,", "Sun, ", "yesterday", "Sun, 06 Nov 1994 08:49:37",
        "Sun, 06 Nov 1994 08:49:37 PST", "Sun, 06 Nov 1994 08:49:37 +0000", "Sun, 6 Nov 1994 08:49:37 GMT",
        "Sun, 06 Nov 94 08:49:37 GMT", "Sun, 06 Nov 1994 8:49:37 GMT", "Sun, 06 Nov 1994 08:49 GMT", "Sun, 06 nov 1994 08:49:37 GMT",
        "Sun, 06 Foo 1994 08:49:37 GMT", "Sun, 31 Nov 1994 08:49:37 GMT", "Sun, 29 Feb 1900 08:49:37 GMT",
        "Sun, 29 Feb 2023 08:49:37 GMT", "Sun, 00 Nov 1994 08:49:37 GMT", "Sun, 06 Nov 1994 24:00:00 GMT",
        "Sun, 06 Nov 1994 08:60:00 GMT", "Sun, 06 Nov 1994 08:49:61 GMT", "Sun, 06 Nov 1899 08:49:37 GMT",
        "Sun, 06 Nov 10000 08:49:37 GMT", "Xyz, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-1994 08:49:37 GMT",
        "Sunday, 06 Nov 94 08:49:37 GMT", "Funday, 06-Nov-94 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 EST",
        "Sun Nov 6 08:49:37 1994", "Sun Nov  6 08:49:37 94", "Sun Nov  6 08:49:37", "Sun Nov  6 08-49-37 1994",
        "Sun, 06 Nov 1994 08:49:37 GMT extra", "Sun, 06 Nov 1994 08:49:37 GMTGMTGMTGMTGMTGMTGMTGMTGMTGMTGMTGMTGMTGMTGMT",
        "Sun, -6 Nov 1994 08:49:37 GMT", "Sun, 06 Nov 19a4 08:49:37 GMT", "Sun,06 Nov 1994 08:49:37 GMT",
        "\xff\xfe\xfd", "Sun, 06 Nov 1994 08:49:37 GMT\r\nSet-Cookie: x",
    };
    int rejected = 0;
    for (const char* text : garbage) {
        const auto parsed = parse(text);
        INFO("'" << text << "'");
        CHECK_FALSE(parsed.unixSeconds.has_value());
        CHECK_FALSE(parsed.error.empty());
        rejected += !parsed.unixSeconds;
    }
    CHECK(rejected >= 40);
}
