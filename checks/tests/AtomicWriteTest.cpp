// A report, page or bundle written to a full disk says "no space left", not "Unknown error" (issue 21, item 14):
// QSaveFile's first short write leaves no reason, so every byte is written again until the failing call gives one.
#include "checks/report/AtomicWrite.h"
#include "tests/support/CatchQt.h"
#include "tests/support/Skip.h"
#include "tests/support/TempFolderQt.h"

#include <QFile>

#include <sys/mount.h>

#include <cerrno>
#include <cstring>

using namespace mars;

TEST_CASE("a write to a full disk names the reason, and leaves nothing behind", "[report][atomic-write]")
{
    test::TempFolderQt folder;
    const QByteArray where = QFile::encodeName(folder.path());
    if (::mount("tmpfs", where.constData(), "tmpfs", MS_NOSUID | MS_NODEV, "size=64k") != 0)
        MARS_SKIP("needs to mount a small tmpfs (root in a namespace that allows it)");
    struct Unmount {
        QByteArray where;
        ~Unmount() { ::umount2(where.constData(), MNT_DETACH); }
    } unmount{where};

    const QString path = folder.file(QStringLiteral("report.html"));
    Message error;
    CHECK_FALSE(writeFileAtomically(path, QByteArray(1024 * 1024, 'x'), &error));
    const QString text = error.render(TextRenderer());
    INFO(text.toStdString());
    CHECK(text.contains(QString::fromLocal8Bit(std::strerror(ENOSPC))));
    CHECK_FALSE(text.contains(QStringLiteral("Unknown error")));
    CHECK_FALSE(QFile::exists(path));

    // Written in pieces (the fleet page), the same.
    Message streamed;
    CHECK_FALSE(writeFileAtomicallyBy(path, [](QIODevice& file) {
        for (int i = 0; i < 64; ++i)
            if (!writeWhole(file, QByteArray(16 * 1024, 'y')))
                return false;
        return true;
    }, &streamed));
    CHECK(streamed.render(TextRenderer()).contains(QString::fromLocal8Bit(std::strerror(ENOSPC))));
}
