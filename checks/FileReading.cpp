#include "FileReading.h"

#include <QDir>
#include <QFile>

namespace mars {

std::filesystem::path toFilesystemPath(const QString& path)
{
#ifdef _WIN32
    return std::filesystem::path(QDir::toNativeSeparators(path).toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}

platform::FileRead readFileNoFollow(const QString& path, qint64 maxBytes)
{
    return platform::readRegularFileNoFollow(toFilesystemPath(path), std::uint64_t(qMax<qint64>(0, maxBytes)));
}

platform::FileRead readFileTailNoFollow(const QString& path, qint64 maxBytes)
{
    return platform::readRegularFileTail(toFilesystemPath(path), std::uint64_t(qMax<qint64>(0, maxBytes)));
}

}  // namespace mars
