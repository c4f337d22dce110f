// When may the clock be set by hand? Offsets x source situations: only the "agree" rows with a real offset set it.
#include "checks/clock/ClockDecision.h"
#include "tests/support/CatchQt.h"

using namespace mars;

namespace {
enum class Sources { Agree, Disagree, KissOfDeath, Unreachable, OnlyHttpDate };

ClockMeasurement measured(double offset, Sources sources)
{
    ClockMeasurement m;
    switch (sources) {
    case Sources::Agree: m.sntpOffset = offset; m.httpOffset = offset + 0.7; break;
    case Sources::Disagree: m.sntpOffset = offset; m.httpOffset = offset + 30; break;
    case Sources::KissOfDeath: m.httpOffset = offset; break;  // the SNTP answer was rejected
    case Sources::Unreachable: break;
    case Sources::OnlyHttpDate: m.httpOffset = offset; break;
    }
    return m;
}
}  // namespace

TEST_CASE("the decision table", "[clock][decision]")
{
    const double offsets[] = {1, -1, 3600, -3600, 15 * 3600, -15 * 3600, 86400, -86400, 3 * 365 * 86400.0, -3 * 365 * 86400.0};
    const Sources kinds[] = {Sources::Agree, Sources::Disagree, Sources::KissOfDeath, Sources::Unreachable, Sources::OnlyHttpDate};
    const platform::TimeService standalone{true, true, true, false, ""};
    const platform::TimeService domain{true, true, true, true, ""};
    int rows = 0, sets = 0;
    for (double offset : offsets) {
        for (Sources kind : kinds) {
            const ClockDecision decision = ClockDecision::decide(measured(offset, kind), standalone);
            const bool shouldSet = kind == Sources::Agree && std::abs(offset) > ClockDecision::kWarnAbove;
            INFO("offset " << offset << ", sources " << int(kind));
            CHECK(decision.offerSet == shouldSet);
            if (decision.offerSet)
                CHECK(decision.setOffset == offset);
            CHECK(decision.offerResync == (kind != Sources::Unreachable && std::abs(offset) > ClockDecision::kWarnAbove));
            CHECK_FALSE(ClockDecision::decide(measured(offset, kind), domain).offerSet);
            ++rows;
            sets += decision.offerSet;
        }
    }
    CHECK(rows == 50);
    CHECK(sets == 8);  // the agree rows, without the ±1 s ones
}

TEST_CASE("the portable build never offers to change the clock", "[clock][decision]")
{
    ClockMeasurement m;
    m.sntpOffset = 3600;
    m.httpOffset = 3600;
    const ClockDecision decision = ClockDecision::decide(m, platform::TimeService{});
    CHECK_FALSE(decision.offerSet);
    CHECK_FALSE(decision.offerResync);
}
