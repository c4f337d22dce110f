#pragma once
#include "../Check.h"
#include "../clock/ClockDecision.h"

namespace mars {

// Check 4 of the article: the clock. Measured against SNTP and, because UDP 123 is often blocked, the Date header
// of the cloud's HTTPS endpoints. A wrong clock makes fresh vault credentials look expired (error 34513).
class ClockCheck final : public CheckOf<ClockCheck> {
    MARS_DECLARE_MESSAGES(ClockCheck)
public:
    static constexpr char kId[] = "clock";
    enum class Code { Right, Off, TooFarOff, NoSource, Count };
    static std::span<const FindingSpec> findings();
    using Facts = ClockOffset;  // what the session hands to the checks that judge dates (CheckSpec::measuresClock)

    explicit ClockCheck(std::shared_ptr<platform::Platform> platform);
    Verdict judge(const CheckContext& context) const override;

    static ClockMeasurement measure(const CheckContext& context);
    static Message describeOffset(double seconds);  // "5 min 3 s behind"
    static Message describeAmount(double seconds);  // "5 min 3 s": the size of an offset, without its direction

private:
    std::shared_ptr<platform::Platform> m_platform;
};

class ResyncClockFix final : public Fix {
    MARS_DECLARE_MESSAGES(ResyncClockFix)
public:
    explicit ResyncClockFix(std::shared_ptr<platform::Platform> platform);
    Message plan() const override;
    FixOutcome apply(const CheckContext& context, FixProgress& progress) const override;

private:
    std::shared_ptr<platform::Platform> m_platform;
};

class SetClockFix final : public Fix {
    MARS_DECLARE_MESSAGES(SetClockFix)
public:
    SetClockFix(std::shared_ptr<platform::Platform> platform, double offset);
    Message plan() const override;
    FixOutcome apply(const CheckContext& context, FixProgress& progress) const override;

private:
    std::shared_ptr<platform::Platform> m_platform;
    double m_offset;
};

}  // namespace mars
