#pragma once
#include <QByteArray>
#include <QString>

namespace mars {

// The end of a log file for the support bundle: its last maxBytes (from an even offset: the agent's logs may be
// UTF-16). The bundle decodes them and drops the first, partial line.
// A link, a junction or anything but a regular file is refused, never read through: C:\Windows\Temp is writable by
// every user, and a link planted there under a log's name would otherwise carry any file this elevated program can
// read into a ticket. (A link swapped in between that look and the open is not caught; the name is fixed and the
// folder's own permissions stop others from replacing a file the agent holds open.)
struct LogTail {
    enum class State { Read, Missing, Refused, Failed };
    State state = State::Missing;
    QByteArray bytes;
    qint64 fileSize = 0;
    bool truncated = false;  // only the last maxBytes are in bytes
    QString reason;          // why it was refused or failed (English, for the manifest)
};

LogTail readLogTail(const QString& path, qint64 maxBytes);

}  // namespace mars
