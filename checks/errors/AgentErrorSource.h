#pragma once
// Where the error a run starts from was found in the agent's own records (its log, its event channel), when it was
// found there rather than given by the user. Carried in the run's context, so the Welcome page, the report and
// --check say the same.
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace mars {

struct AgentErrorSource {
    enum class Kind { File, Channel };
    Kind kind = Kind::File;
    QString where;        // the log's path (native separators) or the channel's name
    QString name;         // the log's file name ("CBUICurr.errlog") or the channel's name
    QDateTime time;       // UTC. A log: its last write (the line's own time is not read: the log's format is not
                          // documented). An event: when it was written.
    QString line;         // the line or message that names the error: escaped, bounded (checks/errors/ErrorScan.h)
    quint32 eventId = 0;  // an event's own ID (shown, never interpreted)
    bool byId = false;    // the error was found by its ID, not by its message's words

    QJsonObject toJson() const;
};

}  // namespace mars
