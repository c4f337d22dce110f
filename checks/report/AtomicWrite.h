#pragma once
#include "../Message.h"

#include <QByteArray>
#include <QString>

namespace mars {

// Writes a whole file or nothing: a temporary file beside it, then a rename, so a report on a share that hundreds
// of machines write to is never half-written. A path that is a link (or a junction) is refused, never written
// through: QSaveFile alone would write to the link's target. False, and `error` says why, when nothing was written.
bool writeFileAtomically(const QString& path, const QByteArray& bytes, Message* error);
bool isLink(const QString& path);

}  // namespace mars
