#include "LogTail.h"

#include "../report/AtomicWrite.h"

#include <QFile>
#include <QFileInfo>

namespace mars {

LogTail readLogTail(const QString& path, qint64 maxBytes)
{
    LogTail tail;
    const QFileInfo info(path);
    if (isLink(path)) {
        tail.state = LogTail::State::Refused;
        tail.reason = QStringLiteral("it is a link (never read through)");
        return tail;
    }
    if (!info.exists())
        return tail;
    if (!info.isFile()) {
        tail.state = LogTail::State::Refused;
        tail.reason = QStringLiteral("it is not a regular file");
        return tail;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {  // Qt opens with FILE_SHARE_READ | FILE_SHARE_WRITE: the agent may keep writing
        tail.state = LogTail::State::Failed;
        tail.reason = file.errorString();
        return tail;
    }
    tail.fileSize = file.size();
    qint64 start = qMax<qint64>(0, tail.fileSize - maxBytes);
    start += start % 2;  // even, so a UTF-16 log (as the agent's may be) keeps its character boundaries
    if (start > 0 && !file.seek(start)) {
        tail.state = LogTail::State::Failed;
        tail.reason = file.errorString();
        return tail;
    }
    tail.bytes = file.read(maxBytes);
    tail.truncated = start > 0;
    tail.state = LogTail::State::Read;
    return tail;
}

}  // namespace mars
