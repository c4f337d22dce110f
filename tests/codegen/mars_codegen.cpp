// Writes the generated parts of the source tree's files (GeneratedFiles.h) from the catalogue and the checks' finding
// tables: `mars_codegen <source folder>`, run by the target update_generated_docs. A file already as it should be is
// left untouched; a changed one is replaced whole (QSaveFile), never half-written.
#include "GeneratedFiles.h"

#include <QFile>
#include <QSaveFile>

#include <cstdio>

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: mars_codegen <source folder>\n");
        return 2;
    }
    const QString root = QString::fromLocal8Bit(argv[1]);
    int failures = 0;
    for (const mars::codegen::GeneratedFile& generated : mars::codegen::generatedFiles()) {
        const QString path = root + QLatin1Char('/') + QLatin1String(generated.path);
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "mars_codegen: cannot read %s: %s\n", qPrintable(path), qPrintable(in.errorString()));
            ++failures;
            continue;
        }
        const QByteArray current = in.readAll();
        in.close();
        QString error;
        const auto wanted = generated.regenerate(current, &error);
        if (!wanted) {
            std::fprintf(stderr, "mars_codegen: %s %s\n", generated.path, qPrintable(error));
            ++failures;
            continue;
        }
        if (*wanted == current)
            continue;
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(*wanted) != wanted->size() || !out.commit()) {
            std::fprintf(stderr, "mars_codegen: cannot write %s: %s\n", qPrintable(path), qPrintable(out.errorString()));
            ++failures;
            continue;
        }
        std::printf("mars_codegen: updated %s\n", generated.path);
    }
    return failures ? 1 : 0;
}
