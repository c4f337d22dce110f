#pragma once
#include <QTemporaryDir>

namespace mars::test {

// A temporary folder for Qt-side tests, removed at the end.
class TempFolderQt {
public:
    QString path() const { return m_dir.path(); }
    QString file(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

}  // namespace mars::test
