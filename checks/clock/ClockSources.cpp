#include "ClockSources.h"

#include "HttpDate.h"
#include "Sntp.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>
#include <QUdpSocket>

#include <algorithm>
#include <chrono>
#include <memory>

namespace mars {

namespace {

sntp::UnixTime now()
{
    return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
}

std::optional<QHostAddress> resolve(const QString& host, QDeadlineTimer deadline, QString& error)
{
    QHostAddress literal;
    if (literal.setAddress(host))
        return literal;
    QEventLoop loop;
    std::optional<QHostAddress> found;
    QHostInfo::lookupHost(host, &loop, [&](const QHostInfo& info) {
        for (const QHostAddress& address : info.addresses())
            if (!found && address.protocol() == QAbstractSocket::IPv4Protocol)
                found = address;
        if (!found && !info.addresses().isEmpty())
            found = info.addresses().first();
        if (!found)
            error = QStringLiteral("DNS: ") + info.errorString();
        loop.quit();
    });
    QTimer::singleShot(std::max<qint64>(0, deadline.remainingTime()), &loop, &QEventLoop::quit);
    loop.exec();
    if (!found && error.isEmpty())
        error = QStringLiteral("DNS: no answer in time");
    return found;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

}  // namespace

TimeSample sampleSntp(const QString& server, int timeoutMs)
{
    TimeSample sample;
    sample.kind = TimeSample::Kind::Sntp;
    sample.source = server;
    const QDeadlineTimer deadline(timeoutMs);
    const int colon = server.lastIndexOf(QLatin1Char(':'));
    const QString host = colon > 0 && !server.contains(QLatin1Char(']')) && server.count(QLatin1Char(':')) == 1 ? server.left(colon) : server;
    const quint16 port = host == server ? 123 : server.mid(colon + 1).toUShort();
    const auto address = resolve(host, deadline, sample.error);
    if (!address)
        return sample;

    QUdpSocket socket;
    if (!socket.bind(address->protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress::AnyIPv6 : QHostAddress::AnyIPv4, 0)) {
        sample.error = QStringLiteral("UDP: ") + socket.errorString();
        return sample;
    }
    const sntp::UnixTime sentAt = now();
    const auto request = sntp::buildRequest(sentAt);
    const std::uint64_t requestTimestamp = sntp::toNtpTimestamp(sentAt);
    socket.writeDatagram(reinterpret_cast<const char*>(request.data()), qint64(request.size()), *address, port);
    while (true) {
        if (!socket.waitForReadyRead(int(std::max<qint64>(0, deadline.remainingTime())))) {
            sample.error = sample.error.isEmpty() ? QStringLiteral("UDP %1: no answer within %2 ms (port 123 blocked?)").arg(port).arg(timeoutMs)
                                                  : sample.error;
            return sample;
        }
        QByteArray datagram(512, Qt::Uninitialized);
        QHostAddress sender;
        quint16 senderPort = 0;
        const qint64 size = socket.readDatagram(datagram.data(), datagram.size(), &sender, &senderPort);
        const sntp::UnixTime receivedAt = now();
        if (size < 0)
            continue;
        if (!sender.isEqual(*address, QHostAddress::TolerantConversion) || senderPort != port) {
            sample.error = QStringLiteral("ignored a reply from %1:%2, not the server").arg(sender.toString()).arg(senderPort);
            continue;  // keep waiting for the real server until the deadline
        }
        const sntp::Reply reply = sntp::parseReply(reinterpret_cast<const std::uint8_t*>(datagram.constData()), std::size_t(size),
                                                   requestTimestamp, sentAt, receivedAt);
        if (!reply.ok) {
            sample.error = QString::fromStdString(reply.error);
            return sample;
        }
        sample.ok = true;
        sample.error.clear();
        sample.offset = reply.offset;
        sample.delay = reply.delay;
        return sample;
    }
}

TimeSample sampleHttpDate(const QUrl& url, int timeoutMs)
{
    TimeSample sample;
    sample.kind = TimeSample::Kind::HttpDate;
    sample.source = url.toString();
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(timeoutMs);
    const sntp::UnixTime sentAt = now();
    QNetworkReply* reply = manager.head(request);
    reply->setReadBufferSize(16 * 1024);  // only the Date header is read; a body sent anyway is never held
    // A computer whose clock is off sees valid certificates as expired or not yet valid. Only those errors are
    // ignored, only to read the Date; nothing is sent, and the result is marked as such.
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply, &sample](const QList<QSslError>& errors) {
        for (const QSslError& error : errors)
            if (error.error() != QSslError::CertificateNotYetValid && error.error() != QSslError::CertificateExpired)
                return;
        sample.note = QStringLiteral("certificate dates ignored: they do not fit this computer's clock");
        reply->ignoreSslErrors(errors);
    });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs + 100, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const sntp::UnixTime receivedAt = now();
    const QByteArray date = reply->rawHeader("Date");
    if (!reply->isFinished()) {
        sample.error = QStringLiteral("HTTPS: no answer within %1 ms").arg(timeoutMs);
    } else if (date.isEmpty()) {
        sample.error = reply->error() != QNetworkReply::NoError ? QStringLiteral("HTTPS: ") + reply->errorString()
                                                                : QStringLiteral("HTTPS: the answer has no Date header");
    } else if (const httpdate::Parsed parsed = httpdate::parse(date.toStdString()); !parsed.unixSeconds) {
        sample.error = QStringLiteral("HTTPS: unreadable Date \"%1\": %2").arg(QString::fromLatin1(date.left(64)), QString::fromStdString(parsed.error));
    } else {
        // Date has whole seconds, truncated: its middle is half a second later.
        sample.ok = true;
        sample.offset = double(*parsed.unixSeconds) + 0.5 - (sentAt + receivedAt) / 2;
        sample.delay = receivedAt - sentAt;
    }
    reply->abort();
    delete reply;
    return sample;
}

ClockMeasurement measureClock(const QStringList& sntpServers, const QList<QUrl>& dateUrls, int timeoutMs)
{
    // One QThread per source, all at once; each sample ends by its own timeout, and wait() returns only once a
    // thread has fully finished (Qt's per-thread cleanup included).
    std::vector<TimeSample> samples(std::size_t(sntpServers.size() + dateUrls.size()));
    std::vector<std::unique_ptr<QThread>> threads;
    std::size_t slot = 0;
    for (const QString& server : sntpServers)
        threads.emplace_back(QThread::create([&samples, slot = slot++, server, timeoutMs] { samples[slot] = sampleSntp(server, timeoutMs); }));
    for (const QUrl& url : dateUrls)
        threads.emplace_back(QThread::create([&samples, slot = slot++, url, timeoutMs] { samples[slot] = sampleHttpDate(url, timeoutMs); }));
    for (auto& thread : threads)
        thread->start();
    for (auto& thread : threads)
        thread->wait();
    ClockMeasurement measurement;
    std::vector<double> sntpOffsets, httpOffsets;
    for (const TimeSample& sample : samples) {
        if (sample.ok)
            (sample.kind == TimeSample::Kind::Sntp ? sntpOffsets : httpOffsets).push_back(sample.offset);
        measurement.samples << sample;
    }
    if (!sntpOffsets.empty())
        measurement.sntpOffset = median(sntpOffsets);
    if (!httpOffsets.empty())
        measurement.httpOffset = median(httpOffsets);
    return measurement;
}

}  // namespace mars
