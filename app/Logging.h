#pragma once
#include <QString>

namespace mars {

QString defaultLogFile();
// A rotating log file (3 x 2 MiB) plus the console; Qt's own messages go to the same place. Returns the file used.
// quietConsole: only warnings on the console, as the command-line mode keeps stdout and stderr for its report.
// refusal: set when the requested file (not the default) is a link, a FIFO or anything but a regular file; the
// caller stops with a usage error. Without it, or for the default file, logging goes on to the console only.
QString setUpLogging(const QString& requestedFile, bool quietConsole = false, QString* refusal = nullptr);

}  // namespace mars
