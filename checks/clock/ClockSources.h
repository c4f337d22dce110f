#pragma once
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace mars {

// One comparison of this computer's clock with a time source.
struct TimeSample {
    enum class Kind { Sntp, HttpDate };
    Kind kind = Kind::Sntp;
    QString source;   // "time.windows.cn" or "https://login.partner.microsoftonline.cn/"
    bool ok = false;
    QString error;
    double offset = 0;  // source minus this computer, seconds
    double delay = 0;   // round trip, seconds
    QString note;       // e.g. certificate dates ignored to read the Date of a computer whose clock is off
};

struct ClockMeasurement {
    QList<TimeSample> samples;
    std::optional<double> sntpOffset;  // median of the SNTP answers
    std::optional<double> httpOffset;  // median of the HTTP Date answers
    std::optional<double> offset() const { return sntpOffset ? sntpOffset : httpOffset; }
};

// Asks every SNTP server ("host" or "host:port", UDP 123 by default) and every HTTPS URL's Date header at once; each
// gives up after timeoutMs. Runs its own event loops: call it from a worker thread. Proxy-aware for HTTP.
ClockMeasurement measureClock(const QStringList& sntpServers, const QList<QUrl>& dateUrls, int timeoutMs);

TimeSample sampleSntp(const QString& server, int timeoutMs);
TimeSample sampleHttpDate(const QUrl& url, int timeoutMs);

}  // namespace mars
