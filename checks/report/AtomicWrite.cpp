#include "AtomicWrite.h"

#include <QFileInfo>
#include <QSaveFile>

namespace mars {

bool isLink(const QString& path)
{
    const QFileInfo info(path);
    return info.isSymbolicLink() || info.isJunction();
}

bool writeFileAtomically(const QString& path, const QByteArray& bytes, Message* error)
{
    if (isLink(path)) {
        *error = Message::translatable("mars::AtomicWrite", QT_TRANSLATE_NOOP("mars::AtomicWrite", "%1 is a link; choose another name (this "
                                                                                                  "program never writes through a link)."))
                     .arg(path);
        return false;
    }
    QSaveFile file(path);
    file.setDirectWriteFallback(false);  // never write in place, even where a rename is not allowed
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    *error = Message::translatable("mars::AtomicWrite", QT_TRANSLATE_NOOP("mars::AtomicWrite", "%1: %2")).arg(path, file.errorString());
    return false;
}

}  // namespace mars
