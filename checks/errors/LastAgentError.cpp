#include "LastAgentError.h"

#include "ErrorScan.h"
#include "checks/AgentLogs.h"
#include "checks/Check.h"
#include "checks/FileReading.h"

#include <QDir>
#include <QFileInfo>

namespace mars {

QJsonObject AgentErrorSource::toJson() const
{
    QJsonObject json{{QStringLiteral("kind"), kind == Kind::File ? QStringLiteral("file") : QStringLiteral("channel")},
                     {kind == Kind::File ? QStringLiteral("file") : QStringLiteral("channel"), escapeControl(where)},
                     {QStringLiteral("line"), line},
                     {QStringLiteral("foundBy"), byId ? QStringLiteral("id") : QStringLiteral("message")}};
    if (time.isValid())
        json.insert(kind == Kind::File ? QStringLiteral("fileLastWritten") : QStringLiteral("time"), time.toUTC().toString(Qt::ISODate));
    if (kind == Kind::Channel)
        json.insert(QStringLiteral("eventId"), qint64(eventId));
    return json;
}

namespace {

// "09:14 today", "09:14 yesterday", else "2026-12-01 09:14": in this computer's time zone, as the agent's console shows.
Message whenText(const QDateTime& time, const QDateTime& now)
{
    const QDateTime local = time.toLocalTime();
    const QString clock = local.toString(QStringLiteral("HH:mm"));
    const qint64 days = local.date().daysTo(now.toLocalTime().date());
    if (days == 0)
        return FoundAgentError::msg("%1 today").arg(clock);
    if (days == 1)
        return FoundAgentError::msg("%1 yesterday").arg(clock);
    return Message::plain(local.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

QDateTime fromUnixMs(std::int64_t ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

bool newer(const std::optional<FoundAgentError>& candidate, const std::optional<FoundAgentError>& best)
{
    return candidate && (!best || (candidate->source.time.isValid() && (!best->source.time.isValid() || candidate->source.time > best->source.time)));
}

std::optional<FoundAgentError> fromLog(const AgentLogFile& log, QStringList& notExamined)
{
    using platform::FileRead;
    const FileRead read = readFileTailNoFollow(log.path, kAgentLogScanBytes);
    const QString where = QDir::toNativeSeparators(log.path);
    switch (read.state) {
    case FileRead::State::Missing: return std::nullopt;
    case FileRead::State::Refused:
    case FileRead::State::Failed: notExamined << QStringLiteral("%1: not read: %2").arg(escapeControl(where), QString::fromStdString(read.reason)); return std::nullopt;
    case FileRead::State::Read: break;
    }
    const QByteArray head(read.head.data(), qsizetype(read.head.size()));
    const QByteArray bytes(read.bytes.data(), qsizetype(read.bytes.size()));
    QString text = decodeLog(bytes, read.offset == 0, logEncoding(head, bytes));
    if (read.offset > 0) {  // a tail begins mid-line: that part of a line is not the agent's whole line
        const qsizetype firstNewline = text.indexOf(QLatin1Char('\n'));
        text = firstNewline < 0 ? QString() : text.mid(firstNewline + 1);
    }
    const std::optional<ErrorLine> line = newestKnownError(text);
    if (!line)
        return std::nullopt;
    FoundAgentError found;
    found.match = line->match;
    found.source.kind = AgentErrorSource::Kind::File;
    found.source.where = where;
    found.source.name = QFileInfo(log.path).fileName();
    found.source.time = fromUnixMs(read.modifiedMs);
    found.source.line = line->shown;
    found.source.byId = line->byId;
    return found;
}

std::optional<FoundAgentError> fromChannel(platform::AgentEventLog& eventLog, QStringList& notExamined)
{
    const platform::AgentEventRead read = eventLog.newestProblems(platform::kAgentEventChannel, platform::kMaxAgentEvents);
    const QString channel = QString::fromLatin1(platform::kAgentEventChannel);
    if (read.state != platform::AgentEventRead::State::Read) {
        if (read.state != platform::AgentEventRead::State::NoChannel)
            notExamined << QStringLiteral("%1: %2").arg(channel, QString::fromStdString(read.reason));
        return std::nullopt;
    }
    for (const platform::AgentEvent& event : read.events) {  // newest first: the first that names an error
        const std::optional<ErrorLine> line = newestKnownError(QString::fromStdString(event.message));
        if (!line)
            continue;
        FoundAgentError found;
        found.match = line->match;
        found.source.kind = AgentErrorSource::Kind::Channel;
        found.source.where = channel;
        found.source.name = channel;
        found.source.time = fromUnixMs(event.timeMs);
        found.source.line = line->shown;
        found.source.eventId = event.eventId;
        found.source.byId = line->byId;
        return found;
    }
    return std::nullopt;
}

}  // namespace

Message FoundAgentError::offer(const QDateTime& now) const
{
    const QString id = errorId();
    const bool numbered = !id.isEmpty() && (id.front().isDigit() || id.startsWith(QLatin1String("0x")));
    const Message error = numbered ? msg("error %1").arg(id) : match.error ? match.error->titleMessage() : match.advice->titleMessage();
    const Message when = source.time.isValid() ? whenText(source.time, now) : msg("an unknown time");
    if (source.kind == AgentErrorSource::Kind::Channel)
        return msg("Start from %1 (seen in the agent's event log at %2)").arg(error, when);
    return msg("Start from %1 (seen in %2, last written at %3)").arg(error).arg(source.name).arg(when);
}

AgentRecordsSearch findAgentsLastError(platform::Platform& platform, const CheckContext& context)
{
    AgentRecordsSearch search;
    for (const AgentLogFile& log : agentLogFiles(platform, context))
        if (auto found = fromLog(log, search.notExamined); newer(found, search.found))
            search.found = std::move(found);
    if (auto found = fromChannel(platform.agentEventLog(), search.notExamined); newer(found, search.found))
        search.found = std::move(found);
    return search;
}

}  // namespace mars
