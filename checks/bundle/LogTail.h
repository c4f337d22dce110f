#pragma once
#include <QByteArray>
#include <QString>

namespace mars {

// The end of a log file for the support bundle: its last maxBytes (from an even offset: the agent's logs may be
// UTF-16), and the file's first bytes (its byte-order mark, which a tail of a long file has lost). The bundle decodes
// them and drops the first, partial line.
// Opened first, then checked (FileReading.h): a link, a junction or anything but a regular file with one name is
// refused, never read through, and a FIFO never makes the bundle wait. C:\Windows\Temp is writable by every user,
// and a link planted there under a log's name would otherwise carry any file this elevated program can read into a
// ticket; a name swapped between a look and an open cannot be, as nothing is looked at before the open.
struct LogTail {
    enum class State { Read, Missing, Refused, Failed };
    State state = State::Missing;
    QByteArray bytes;
    QByteArray head;  // the file's first bytes (up to 4), read from the same open file
    qint64 fileSize = 0;
    bool truncated = false;  // only the last maxBytes are in bytes
    QString reason;          // why it was refused or failed, as the platform layer said it (platformText() translates)
};

LogTail readLogTail(const QString& path, qint64 maxBytes);

}  // namespace mars
