#include "HttpDate.h"

#include <array>

namespace mars::httpdate {

namespace {

constexpr std::array<std::string_view, 7> kShortDays = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr std::array<std::string_view, 7> kLongDays = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
constexpr std::array<std::string_view, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

Parsed failure(const char* reason)
{
    return {std::nullopt, reason};
}

// Reads exactly `count` digits at `at`.
std::optional<int> digits(std::string_view text, std::size_t at, std::size_t count)
{
    if (at + count > text.size())
        return std::nullopt;
    int value = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return std::nullopt;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

int monthIndex(std::string_view name)
{
    for (std::size_t i = 0; i < kMonths.size(); ++i)
        if (kMonths[i] == name)
            return int(i) + 1;
    return 0;
}

bool isLeap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysIn(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeap(year) ? 29 : days[month - 1];
}

// "08:49:37" at `at`.
bool clock(std::string_view text, std::size_t at, int& hour, int& minute, int& second)
{
    const auto h = digits(text, at, 2), m = digits(text, at + 3, 2), s = digits(text, at + 6, 2);
    if (!h || !m || !s || text.size() < at + 8 || text[at + 2] != ':' || text[at + 5] != ':')
        return false;
    hour = *h;
    minute = *m;
    second = *s;
    return true;
}

Parsed finish(int year, int month, int day, int hour, int minute, int second)
{
    if (year < 1900 || year > 9999)
        return failure("year out of range (1900-9999)");
    if (month < 1 || month > 12)
        return failure("unknown month");
    if (day < 1 || day > daysIn(year, month))
        return failure("no such day in that month");
    if (hour > 23 || minute > 59 || second > 60)
        return failure("time of day out of range");
    if (second == 60)
        second = 59;  // a leap second: a second's error is far below what the clock check cares about
    const std::int64_t days = daysFromCivil(year, unsigned(month), unsigned(day));
    return {days * 86400 + hour * 3600 + minute * 60 + second, {}};
}

bool isZone(std::string_view zone)
{
    return zone == "GMT" || zone == "UTC";
}

Parsed imfFixdate(std::string_view text)
{
    // "Sun, 06 Nov 1994 08:49:37 GMT": 29 characters exactly
    if (text.size() != 29 || text[3] != ',' || text[4] != ' ' || text[7] != ' ' || text[11] != ' ' || text[16] != ' ' || text[25] != ' ')
        return failure("not an IMF-fixdate");
    const auto day = digits(text, 5, 2);
    const auto year = digits(text, 12, 4);
    int hour = 0, minute = 0, second = 0;
    if (!day || !year || !clock(text, 17, hour, minute, second))
        return failure("malformed IMF-fixdate");
    if (!isZone(text.substr(26)))
        return failure("the time zone must be GMT");
    return finish(*year, monthIndex(text.substr(8, 3)), *day, hour, minute, second);
}

Parsed rfc850(std::string_view text, std::size_t comma)
{
    // "Sunday, 06-Nov-94 08:49:37 GMT"
    const std::string_view rest = text.substr(comma + 1);
    if (rest.size() != 23 || rest[0] != ' ' || rest[3] != '-' || rest[7] != '-' || rest[10] != ' ' || rest[19] != ' ')
        return failure("not an RFC 850 date");
    const auto day = digits(rest, 1, 2);
    const auto shortYear = digits(rest, 8, 2);
    int hour = 0, minute = 0, second = 0;
    if (!day || !shortYear || !clock(rest, 11, hour, minute, second))
        return failure("malformed RFC 850 date");
    if (!isZone(rest.substr(20)))
        return failure("the time zone must be GMT");
    // Two-digit years: RFC 9110 says a year more than 50 years ahead is in the past century; 70-99 are 19xx.
    const int year = *shortYear >= 70 ? 1900 + *shortYear : 2000 + *shortYear;
    return finish(year, monthIndex(rest.substr(4, 3)), *day, hour, minute, second);
}

Parsed asctime(std::string_view text)
{
    // "Sun Nov  6 08:49:37 1994": 24 characters, the day padded with a space
    if (text.size() != 24 || text[3] != ' ' || text[7] != ' ' || text[10] != ' ' || text[19] != ' ')
        return failure("not an asctime date");
    std::optional<int> day = text[8] == ' ' ? digits(text, 9, 1) : digits(text, 8, 2);
    const auto year = digits(text, 20, 4);
    int hour = 0, minute = 0, second = 0;
    if (!day || !year || !clock(text, 11, hour, minute, second))
        return failure("malformed asctime date");
    return finish(*year, monthIndex(text.substr(4, 3)), *day, hour, minute, second);
}

}  // namespace

std::int64_t daysFromCivil(std::int64_t year, unsigned month, unsigned day)
{
    // Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
    year -= month <= 2;
    const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
    const auto yearOfEra = unsigned(year - era * 400);
    const unsigned dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const unsigned dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + std::int64_t(dayOfEra) - 719468;
}

Parsed parse(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    if (text.empty())
        return failure("empty date");
    if (text.size() > 64)
        return failure("too long for a date");
    const std::size_t comma = text.find(',');
    if (comma == 3) {
        for (auto day : kShortDays)
            if (text.substr(0, 3) == day)
                return imfFixdate(text);
        return failure("unknown day name");
    }
    if (comma != std::string_view::npos) {
        for (auto day : kLongDays)
            if (text.substr(0, comma) == day)
                return rfc850(text, comma);
        return failure("unknown day name");
    }
    for (auto day : kShortDays)
        if (text.substr(0, 3) == day)
            return asctime(text);
    return failure("not an HTTP date");
}

}  // namespace mars::httpdate
