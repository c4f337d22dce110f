#pragma once
#include <QString>

class QCoreApplication;

namespace mars {

// Loads the program's own translation and Qt's for `language` ("zh_CN", "en"; empty: the system's). Returns the
// language actually used; English needs no file.
QString installTranslations(QCoreApplication& app, const QString& language);

}  // namespace mars
