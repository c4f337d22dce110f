#include "ClockCheck.h"

#include "../Catalog.h"
#include "../CloudProfile.h"
#include "../PlatformText.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

#include <chrono>
#include <cmath>

namespace mars {

std::span<const FindingSpec> ClockCheck::findings()
{
    using A = Article;
    static constexpr FindingSpec table[] = {
        {Code::Right, "MSD-CLK-001", kPass, "The clock is right.", A::Troubleshoot},
        {Code::Off, "MSD-CLK-002", kWarning, "The clock is off by more than the warning limit.", A::Troubleshoot},
        {Code::TooFarOff, "MSD-CLK-003", kFail, "The clock is off by more than sign-in and storage accept (error 34513).", A::Troubleshoot},
        {Code::NoSource, "MSD-CLK-004", kError, "The clock could not be compared with any time source.", A::Troubleshoot},
    };
    static_assert(coversEachCodeInOrder<Code>(table));
    return table;
}

namespace {
constexpr int kDefaultTimeoutMs = 4000;

double unixNow()
{
    return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
}

QString utcText(double unixSeconds)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(unixSeconds * 1000), QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}
}  // namespace

ClockCheck::ClockCheck(std::shared_ptr<platform::Platform> platform) : m_platform(std::move(platform)) {}

Message ClockCheck::describeAmount(double seconds)
{
    const double magnitude = std::abs(seconds);
    if (magnitude < 60)
        return msg("%1 s").arg(magnitude, 0, 'f', 1);
    if (magnitude < 3600)
        return msg("%1 min %2 s").arg(qRound(magnitude) / 60).arg(qRound(magnitude) % 60);
    if (magnitude < 172800)
        return msg("%1 h %2 min").arg(qRound(magnitude / 60) / 60).arg(qRound(magnitude / 60) % 60);
    return msg("%1 days").arg(qRound(magnitude / 86400));
}

Message ClockCheck::describeOffset(double seconds)
{
    if (std::abs(seconds) < 1)
        return msg("less than a second off");
    // offset = source - this computer: a positive offset means this computer is behind.
    return seconds >= 0 ? msg("%1 behind").arg(describeAmount(seconds)) : msg("%1 ahead").arg(describeAmount(seconds));
}

ClockMeasurement ClockCheck::measure(const CheckContext& context)
{
    const auto profile = profileFor(context);
    QStringList servers = context.inputs.network.timeServers;
    QList<QUrl> dateUrls;
    for (const QString& url : context.inputs.network.dateUrls)
        dateUrls << QUrl(url);
    if (servers.isEmpty() && profile)
        servers = profile->timeServers;
    if (context.inputs.network.dateUrls.isEmpty() && profile) {
        // The service's own HTTPS endpoints, as the endpoint check probes them (a custom list replaces the profile's).
        const QList<EndpointProbe>& probes = context.inputs.network.probes.isEmpty() ? profile->probes : context.inputs.network.probes;
        for (const EndpointProbe& probe : probes)
            if (probe.kind == QLatin1String("https") && dateUrls.size() < 2)
                dateUrls << QUrl(QStringLiteral("https://%1:%2/").arg(probe.host).arg(probe.port));
    }
    return measureClock(servers, dateUrls, context.inputs.network.stageTimeoutMs > 0 ? context.inputs.network.stageTimeoutMs : kDefaultTimeoutMs);
}

ClockCheck::Verdict ClockCheck::judge(const CheckContext& context) const
{
    const ClockMeasurement measurement = measure(context);
    const platform::TimeService service = m_platform->clock().timeService();
    Verdict result;
    QJsonArray samples;
    for (const TimeSample& sample : measurement.samples) {
        const Message kind = sample.kind == TimeSample::Kind::Sntp ? msg("time server") : msg("HTTPS Date");
        samples << QJsonObject{{QStringLiteral("source"), sample.source}, {QStringLiteral("ok"), sample.ok},
                               {QStringLiteral("offsetSeconds"), sample.offset},
                               {QStringLiteral("kind"), sample.kind == TimeSample::Kind::Sntp ? QStringLiteral("sntp") : QStringLiteral("https-date")}};
        if (sample.ok)
            result.evidence << msg("%1 (%2): this computer is %3 (round trip %4 ms)%5")
                                   .arg(sample.source, kind, describeOffset(sample.offset))
                                   .arg(qRound(sample.delay * 1000))
                                   .arg(sample.note.isEmpty() ? QString() : QStringLiteral("; ") + sample.note);
        else
            result.evidence << msg("%1 (%2): %3").arg(sample.source, kind, osErrorText(sample.error));
    }
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDateTime local = QDateTime::currentDateTime();
    // The zone's name in each reader's language, not the system's: a Chinese report on an English Windows too.
    const Message zoneName = Message::perLanguage(zone.displayName(local, QTimeZone::LongName, QLocale(QLocale::English, QLocale::UnitedStates)),
                                                  zone.displayName(local, QTimeZone::LongName, QLocale(QLocale::Chinese, QLocale::China)));
    result.evidence << msg("Time zone: %1 (%2)").arg(zoneName, zone.displayName(local, QTimeZone::OffsetName));
    if (service.applicable)
        result.evidence << (service.installed ? (service.running ? msg("Windows Time service: running") : msg("Windows Time service: stopped"))
                                              : msg("Windows Time service: %1").arg(platformText(service.error)));
    result.evidence << msg("Sign-in tokens are accepted within 5 minutes of the service's time, and Azure Storage rejects requests "
                          "older than 15 minutes. A wrong clock or time zone makes fresh vault credentials look invalid (error 34513).");

    const auto offset = measurement.offset();
    if (!offset) {
        result.status = Status::Error;
        result.code = Code::NoSource;
        result.summary = msg("Could not compare the clock with any time source.");
        result.evidence << msg("UDP port 123 and HTTPS to the service both failed; the network check shows why.");
        return result;
    }
    const double magnitude = std::abs(*offset);
    result.facts = {{QStringLiteral("offsetSeconds"), *offset}, {QStringLiteral("samples"), samples}};
    result.exportFacts(ClockOffset{*offset});
    result.status = magnitude > ClockDecision::kFailAbove ? Status::Fail : magnitude > ClockDecision::kWarnAbove ? Status::Warning : Status::Pass;
    result.code = result.status == Status::Fail ? Code::TooFarOff : result.status == Status::Warning ? Code::Off : Code::Right;
    result.summary = result.status == Status::Pass ? msg("The clock is right (%1).").arg(describeOffset(*offset))
                                                   : msg("The clock is %1.").arg(describeOffset(*offset));
    const ClockDecision decision = ClockDecision::decide(measurement, service);
    if (decision.offerResync)
        result.fixes << std::make_shared<ResyncClockFix>(m_platform);
    if (decision.offerSet)
        result.fixes << std::make_shared<SetClockFix>(m_platform, decision.setOffset);
    if (!decision.whyNotSet.isEmpty())
        result.evidence << decision.whyNotSet;
    if (!service.applicable && result.status != Status::Pass)
        result.evidence << msg("Correct the clock with this system's own time service; this build does not change it.");
    return result;
}

ResyncClockFix::ResyncClockFix(std::shared_ptr<platform::Platform> platform) : Fix(fixes::resyncClock), m_platform(std::move(platform)) {}

Message ResyncClockFix::plan() const
{
    return msg("Start the Windows Time service if it is stopped, and run \"w32tm /resync /rediscover\". The clock is measured "
              "again afterwards. Windows Time refuses corrections larger than 15 hours on a stand-alone computer; if the "
              "clock stays wrong, the check says so.");
}

FixOutcome ResyncClockFix::apply(const CheckContext& context, FixProgress&) const
{
    FixOutcome outcome = toOutcome(m_platform->clock().resyncClock());
    if (!outcome.ok())
        return outcome;
    const auto after = ClockCheck::measure(context).offset();
    if (after && std::abs(*after) > ClockDecision::kWarnAbove)
        outcome.failures << msg("The clock is still %1: Windows Time did not correct it.").arg(ClockCheck::describeOffset(*after));
    return outcome;
}

SetClockFix::SetClockFix(std::shared_ptr<platform::Platform> platform, double offset)
    : Fix(fixes::setClock), m_platform(std::move(platform)), m_offset(offset)
{
}

Message SetClockFix::plan() const
{
    const double now = unixNow();
    return msg("Change the system clock from %1 to %2 (%3 by %4), as a time server and an HTTPS service agree. The "
              "time is measured again just before the change; if the sources no longer agree, nothing is changed.")
        .arg(utcText(now), utcText(now + m_offset), m_offset >= 0 ? msg("forward") : msg("back"),
             ClockCheck::describeAmount(m_offset));
}

FixOutcome SetClockFix::apply(const CheckContext& context, FixProgress&) const
{
    // Never act on the figure shown earlier: measure again and decide again.
    const ClockMeasurement fresh = ClockCheck::measure(context);
    const ClockDecision decision = ClockDecision::decide(fresh, m_platform->clock().timeService());
    FixOutcome outcome;
    if (!decision.offerSet) {
        outcome.failures << msg("Nothing changed: %1").arg(!decision.whyNotSet.isEmpty() ? decision.whyNotSet : msg("the clock no longer needs it."));
        return outcome;
    }
    const double before = unixNow();
    outcome = toOutcome(m_platform->clock().setClock(before + decision.setOffset));
    outcome.before << msg("The clock showed %1.").arg(utcText(before));
    if (outcome.ok())
        outcome.changes = Messages{msg("Set the clock from %1 to %2.").arg(utcText(before), utcText(before + decision.setOffset))};
    return outcome;
}

}  // namespace mars
