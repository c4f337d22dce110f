#include "ClockCheck.h"

#include "../CloudProfile.h"
#include "../PlatformText.h"

#include <QDateTime>
#include <QTimeZone>

#include <chrono>
#include <cmath>

namespace mars {

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

QString ClockCheck::describeOffset(double seconds)
{
    const double magnitude = std::abs(seconds);
    if (magnitude < 1)
        return tr("less than a second off");
    QString amount;
    if (magnitude < 60)
        amount = tr("%1 s").arg(magnitude, 0, 'f', 1);
    else if (magnitude < 3600)
        amount = tr("%1 min %2 s").arg(qRound(magnitude) / 60).arg(qRound(magnitude) % 60);
    else if (magnitude < 172800)
        amount = tr("%1 h %2 min").arg(qRound(magnitude / 60) / 60).arg(qRound(magnitude / 60) % 60);
    else
        amount = tr("%1 days").arg(qRound(magnitude / 86400));
    // offset = source - this computer: a positive offset means this computer is behind.
    return seconds >= 0 ? tr("%1 behind").arg(amount) : tr("%1 ahead").arg(amount);
}

ClockMeasurement ClockCheck::measure(const CheckContext& context)
{
    const auto profile = CloudProfiles::find(context.cloudId);
    QStringList servers = context.timeServers;
    QList<QUrl> dateUrls;
    for (const QString& url : context.dateUrls)
        dateUrls << QUrl(url);
    if (servers.isEmpty() && profile)
        servers = profile->timeServers;
    if (context.dateUrls.isEmpty() && profile) {
        for (const EndpointProbe& probe : profile->probes)
            if (probe.kind == QLatin1String("https") && dateUrls.size() < 2)
                dateUrls << QUrl(QStringLiteral("https://%1/").arg(probe.host));
    }
    return measureClock(servers, dateUrls, context.networkTimeoutMs > 0 ? context.networkTimeoutMs : kDefaultTimeoutMs);
}

CheckResult ClockCheck::run(const CheckContext& context) const
{
    const ClockMeasurement measurement = measure(context);
    const platform::TimeService service = m_platform->timeService();
    CheckResult result;
    for (const TimeSample& sample : measurement.samples) {
        const QString kind = sample.kind == TimeSample::Kind::Sntp ? tr("time server") : tr("HTTPS Date");
        if (sample.ok)
            result.evidence << tr("%1 (%2): this computer is %3 (round trip %4 ms)%5")
                                   .arg(sample.source, kind, describeOffset(sample.offset))
                                   .arg(qRound(sample.delay * 1000))
                                   .arg(sample.note.isEmpty() ? QString() : QStringLiteral("; ") + sample.note);
        else
            result.evidence << tr("%1 (%2): %3").arg(sample.source, kind, sample.error);
    }
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDateTime local = QDateTime::currentDateTime();
    result.evidence << tr("Time zone: %1 (%2)").arg(zone.displayName(local, QTimeZone::LongName), zone.displayName(local, QTimeZone::OffsetName));
    if (service.applicable)
        result.evidence << (service.installed ? (service.running ? tr("Windows Time service: running") : tr("Windows Time service: stopped"))
                                              : tr("Windows Time service: %1").arg(QString::fromStdString(service.error)));
    result.evidence << tr("Sign-in tokens are accepted within 5 minutes of the service's time, and Azure Storage rejects requests "
                          "older than 15 minutes. A wrong clock or time zone makes fresh vault credentials look invalid (error 34513).");

    const auto offset = measurement.offset();
    if (!offset) {
        result.status = Status::Error;
        result.summary = tr("Could not compare the clock with any time source.");
        result.evidence << tr("UDP port 123 and HTTPS to the service both failed; the network check shows why.");
        return result;
    }
    const double magnitude = std::abs(*offset);
    result.status = magnitude > ClockDecision::kFailAbove ? Status::Fail : magnitude > ClockDecision::kWarnAbove ? Status::Warning : Status::Pass;
    result.summary = result.status == Status::Pass ? tr("The clock is right (%1).").arg(describeOffset(*offset))
                                                   : tr("The clock is %1.").arg(describeOffset(*offset));
    const ClockDecision decision = ClockDecision::decide(measurement, service);
    const bool elevated = m_platform->queryAdminStatus().elevated;
    if (decision.offerResync)
        result.fixes << std::make_shared<ResyncClockFix>(m_platform, !elevated);
    if (decision.offerSet)
        result.fixes << std::make_shared<SetClockFix>(m_platform, decision.setOffset, !elevated);
    if (!decision.whyNotSet.isEmpty())
        result.evidence << decision.whyNotSet;
    if (!service.applicable && result.status != Status::Pass)
        result.evidence << tr("Correct the clock with this system's own time service; this build does not change it.");
    return result;
}

ResyncClockFix::ResyncClockFix(std::shared_ptr<platform::Platform> platform, bool needsElevation)
    : m_platform(std::move(platform)), m_needsElevation(needsElevation)
{
}

QString ResyncClockFix::plan() const
{
    return tr("Start the Windows Time service if it is stopped, and run \"w32tm /resync /force\". The clock is measured "
              "again afterwards. Windows Time refuses corrections larger than 15 hours on a stand-alone computer; if the "
              "clock stays wrong, the check says so.");
}

FixOutcome ResyncClockFix::apply(const CheckContext& context, FixProgress&) const
{
    FixOutcome outcome = toOutcome(m_platform->resyncClock());
    if (!outcome.ok())
        return outcome;
    const auto after = ClockCheck::measure(context).offset();
    if (after && std::abs(*after) > ClockDecision::kWarnAbove)
        outcome.failures << tr("The clock is still %1: Windows Time did not correct it.").arg(ClockCheck::describeOffset(*after));
    return outcome;
}

SetClockFix::SetClockFix(std::shared_ptr<platform::Platform> platform, double offset, bool needsElevation)
    : m_platform(std::move(platform)), m_offset(offset), m_needsElevation(needsElevation)
{
}

QString SetClockFix::plan() const
{
    const double now = unixNow();
    return tr("Change the system clock from %1 to %2 (%3 by %4), as a time server and an HTTPS service agree. The "
              "time is measured again just before the change; if the sources no longer agree, nothing is changed.")
        .arg(utcText(now), utcText(now + m_offset), m_offset >= 0 ? tr("forward") : tr("back"),
             ClockCheck::describeOffset(std::abs(m_offset)).section(QLatin1Char(' '), 0, -2));
}

FixOutcome SetClockFix::apply(const CheckContext& context, FixProgress&) const
{
    // Never act on the figure shown earlier: measure again and decide again.
    const ClockMeasurement fresh = ClockCheck::measure(context);
    const ClockDecision decision = ClockDecision::decide(fresh, m_platform->timeService());
    FixOutcome outcome;
    if (!decision.offerSet) {
        outcome.failures << tr("Nothing changed: %1").arg(decision.whyNotSet.isEmpty() ? tr("the clock no longer needs it.") : decision.whyNotSet);
        return outcome;
    }
    const double before = unixNow();
    outcome = toOutcome(m_platform->setClock(before + decision.setOffset));
    if (outcome.ok())
        outcome.changes = QStringList{tr("Set the clock from %1 to %2.").arg(utcText(before), utcText(before + decision.setOffset))};
    return outcome;
}

}  // namespace mars
