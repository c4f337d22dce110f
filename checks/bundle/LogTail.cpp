#include "LogTail.h"

#include "checks/FileReading.h"

namespace mars {

LogTail readLogTail(const QString& path, qint64 maxBytes)
{
    using platform::FileRead;
    const FileRead read = readFileTailNoFollow(path, maxBytes);
    LogTail tail;
    switch (read.state) {
    case FileRead::State::Missing: tail.state = LogTail::State::Missing; break;
    case FileRead::State::Refused: tail.state = LogTail::State::Refused; break;
    case FileRead::State::Failed: tail.state = LogTail::State::Failed; break;
    case FileRead::State::Read: tail.state = LogTail::State::Read; break;
    }
    tail.reason = QString::fromStdString(read.reason);
    tail.bytes = QByteArray(read.bytes.data(), qsizetype(read.bytes.size()));
    tail.head = QByteArray(read.head.data(), qsizetype(read.head.size()));
    tail.fileSize = qint64(read.fileSize);
    tail.truncated = read.offset > 0;
    return tail;
}

}  // namespace mars
