#pragma once
#include <QString>

namespace mars {

QString defaultLogFile();
// A rotating log file (3 x 2 MiB) plus the console; Qt's own messages go to the same place. Returns the file used.
QString setUpLogging(const QString& requestedFile);

}  // namespace mars
