#pragma once
// The platform layer's no-follow, non-blocking reads (platform/FileRead.h) for Qt paths: every file this program
// reads by a name someone else may control goes through here, never through QFile (which follows links and waits
// on a FIFO).
#include "platform/FileRead.h"

#include <QString>

#include <filesystem>

namespace mars {

std::filesystem::path toFilesystemPath(const QString& path);

// The whole file, at most maxBytes; see platform::readRegularFileNoFollow.
platform::FileRead readFileNoFollow(const QString& path, qint64 maxBytes);
// Its last maxBytes (from an even offset) and its head; see platform::readRegularFileTail.
platform::FileRead readFileTailNoFollow(const QString& path, qint64 maxBytes);

}  // namespace mars
