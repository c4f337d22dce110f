#pragma once
#include "../Message.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <functional>

namespace mars {

// Writes a whole file or nothing: a temporary file beside it, then a rename, so a report on a share that hundreds
// of machines write to is never half-written. A path that is a link (or a junction) is refused, never written
// through: QSaveFile alone would write to the link's target. False, and `error` says why, when nothing was written.
bool writeFileAtomically(const QString& path, const QByteArray& bytes, Message* error);
// The same for what is written in pieces (a fleet page of ten thousand machines): `write` fills the file, false from it
// (or a failed write) leaves nothing.
bool writeFileAtomicallyBy(const QString& path, const std::function<bool(QIODevice&)>& write, Message* error);
bool isLink(const QString& path);
// Every byte, or false with the device's error set: a write that stops short (a full disk) is written again, because
// only the failing call says why ("No space left on device"); the short one leaves "Unknown error".
bool writeWhole(QIODevice& device, const QByteArray& bytes);

}  // namespace mars
