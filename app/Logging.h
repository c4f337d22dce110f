#pragma once
#include <QString>

namespace mars {

QString defaultLogFile();
// A rotating log file (3 x 2 MiB) plus the console; Qt's own messages go to the same place. Returns the file used.
// quietConsole: only warnings on the console, as the command-line mode keeps stdout and stderr for its report.
QString setUpLogging(const QString& requestedFile, bool quietConsole = false);

}  // namespace mars
