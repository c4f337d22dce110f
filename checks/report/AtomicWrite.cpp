#include "AtomicWrite.h"

#include <QFileInfo>
#include <QSaveFile>

namespace mars {

bool isLink(const QString& path)
{
    const QFileInfo info(path);
    return info.isSymbolicLink() || info.isJunction();
}

bool writeWhole(QIODevice& device, const QByteArray& bytes)
{
    for (qint64 done = 0; done < bytes.size();) {
        const qint64 written = device.write(bytes.constData() + done, bytes.size() - done);
        if (written <= 0)
            return false;
        done += written;
    }
    return true;
}

bool writeFileAtomically(const QString& path, const QByteArray& bytes, Message* error)
{
    return writeFileAtomicallyBy(path, [&bytes](QIODevice& file) { return writeWhole(file, bytes); }, error);
}

bool writeFileAtomicallyBy(const QString& path, const std::function<bool(QIODevice&)>& write, Message* error)
{
    if (isLink(path)) {
        *error = Message::translatable("mars::AtomicWrite", QT_TRANSLATE_NOOP("mars::AtomicWrite", "%1 is a link; choose another name (this "
                                                                                                  "program never writes through a link)."))
                     .arg(path);
        return false;
    }
    QSaveFile file(path);
    file.setDirectWriteFallback(false);  // never write in place, even where a rename is not allowed
    if (file.open(QIODevice::WriteOnly) && write(file) && file.commit())
        return true;
    *error = Message::translatable("mars::AtomicWrite", QT_TRANSLATE_NOOP("mars::AtomicWrite", "%1: %2")).arg(path, file.errorString());
    return false;
}

}  // namespace mars
