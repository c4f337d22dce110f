// A check's id and its finding codes are written in one place, the check's own files (its kId in its header, its codes
// in its findings() table); everything else, production code and tests alike, names them through the check's type
// (id<FooCheck>(), findingOf<FooCheck>(FooCheck::Code::X), codeText<FooCheck>(...)). Then renaming a check or adding
// one touches only the check, and the compiler finds every use. A string that happens to spell a check id but means
// something else (a JSON key, a route's name, a command-line option) carries the comment "not a check id" on its line.
// Scanned: the C++ sources of checks/, wizard/, app/ and tests/. Not scanned: the shell and Python test scripts, which
// drive the built program from outside, as a user's script would, and so use the published codes and ids as text.
#include "checks/Catalog.h"
#include "checks/FindingCodes.h"
#include "tests/support/CatchQt.h"

#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <vector>

using namespace mars;

namespace {
struct Literal {
    int line;
    QString text;
    bool markedNotAnId;  // its line's comment says "not a check id"
};

// The string literals of a C++ source, with their lines: comments, character literals and raw strings understood,
// so a quoted id in a comment is not a use and a '"' character is not a string.
std::vector<Literal> stringLiterals(const QString& source)
{
    std::vector<Literal> literals;
    QHash<int, bool> marked;  // line -> its comment says "not a check id"
    int line = 1;
    const qsizetype n = source.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = source[i];
        if (c == QLatin1Char('\n')) {
            ++line;
        } else if (c == QLatin1Char('/') && i + 1 < n && source[i + 1] == QLatin1Char('/')) {
            const qsizetype end = source.indexOf(QLatin1Char('\n'), i);
            const QString comment = source.mid(i, end < 0 ? -1 : end - i);
            if (comment.contains(QLatin1String("not a check id")))
                marked[line] = true;
            i = (end < 0 ? n : end) - 1;
        } else if (c == QLatin1Char('/') && i + 1 < n && source[i + 1] == QLatin1Char('*')) {
            const qsizetype end = source.indexOf(QLatin1String("*/"), i + 2);
            line += int(source.mid(i, end < 0 ? -1 : end - i).count(QLatin1Char('\n')));
            i = end < 0 ? n : end + 1;
        } else if (c == QLatin1Char('\'')) {
            for (++i; i < n && source[i] != QLatin1Char('\''); ++i)
                if (source[i] == QLatin1Char('\\'))
                    ++i;
        } else if (c == QLatin1Char('"')) {
            const int startLine = line;
            QString text;
            // R"delim(...)delim", also after an encoding prefix (u8R, uR, UR, LR)
            const bool raw = i > 0 && source[i - 1] == QLatin1Char('R') &&
                             (i < 2 || !(source[i - 2].isLetterOrNumber() || source[i - 2] == QLatin1Char('_')) ||
                              QStringLiteral("8uUL").contains(source[i - 2]));
            if (raw) {
                const qsizetype open = source.indexOf(QLatin1Char('('), i);
                const QString close = QLatin1Char(')') + source.mid(i + 1, open - i - 1) + QLatin1Char('"');
                const qsizetype end = source.indexOf(close, open);
                text = source.mid(open + 1, end - open - 1);
                line += int(text.count(QLatin1Char('\n')));
                i = end + close.size() - 1;
            } else {
                for (++i; i < n && source[i] != QLatin1Char('"'); ++i) {
                    if (source[i] == QLatin1Char('\\') && i + 1 < n)
                        text += source[i++];
                    text += source[i];
                }
            }
            literals.push_back({startLine, text, false});
        }
    }
    for (Literal& literal : literals)
        literal.markedNotAnId = marked.value(literal.line);
    return literals;
}

struct Source {
    QString path;  // relative to the source tree
    std::vector<Literal> literals;
    QString text;
};

std::vector<Source> scannedSources()
{
    std::vector<Source> sources;
    const QString root = QStringLiteral(MARS_SOURCE_DIR "/");
    for (const char* folder : {"checks", "wizard", "app", "tests"}) {
        QDirIterator it(root + QLatin1String(folder), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            REQUIRE(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            sources.push_back({file.fileName().mid(root.size()), stringLiterals(text), text});
        }
    }
    return sources;
}

// A check's own files: the header that declares its kId (or holds its table) and the .cpp beside it.
QString ownerStem(const QString& path)
{
    return path.left(path.lastIndexOf(QLatin1Char('.')));
}
}  // namespace

TEST_CASE("the literal scanner sees strings, not comments, characters or raw-string delimiters", "[codes][tests]")
{
    const auto literals = stringLiterals(QStringLiteral("// \"clock\"\nx = '\"'; f(\"a\\\"b\"); /* \"tls\" */\n"
                                                        "g(R\"x(\"agent\")x\"); h(\"admin-rights\"); // not a check id\n"));
    REQUIRE(literals.size() == 3);
    CHECK(literals[0].text == QStringLiteral("a\\\"b"));
    CHECK(literals[0].line == 2);
    CHECK(literals[1].text == QStringLiteral("\"agent\""));
    CHECK(literals[2].text == QStringLiteral("admin-rights"));  // not a check id
    CHECK(literals[2].line == 3);
    CHECK(literals[2].markedNotAnId);
    CHECK_FALSE(literals[0].markedNotAnId);
}

TEST_CASE("no finding code and no check id is quoted outside the check that owns it", "[codes][tests]")
{
    const std::vector<Source> sources = scannedSources();
    // The owners, from the sources themselves: where each kId is declared, and which file's table holds each area.
    static const QRegularExpression kIdLine(QStringLiteral("static constexpr char kId\\[\\] = \"([^\"]*)\""));
    static const QRegularExpression tableLine(QStringLiteral("\\{Code::\\w+, \"MSD-([A-Z]{3})-[0-9]{3}\""));
    QHash<QString, QString> ownerOfId, ownerOfArea;  // -> the owner's path without extension
    for (const Source& source : sources) {
        for (auto match = kIdLine.globalMatch(source.text); match.hasNext();)
            ownerOfId.insert(match.next().captured(1), ownerStem(source.path));
        for (auto match = tableLine.globalMatch(source.text); match.hasNext();)
            ownerOfArea.insert(match.next().captured(1), ownerStem(source.path));
    }
    for (const CheckSpec& spec : checkCatalog()) {
        INFO(spec.id << " has no `static constexpr char kId[]` in checks/");
        CHECK(ownerOfId.contains(spec.idText()));
    }
    for (const ListedFinding& listed : findingCatalog()) {
        INFO(listed.spec->code << " has no table line in checks/");
        CHECK(ownerOfArea.contains(listed.spec->codeText().mid(4, 3)));
    }

    static const QRegularExpression code(QStringLiteral("MSD-([A-Z]{3})-[0-9]{3}"));
    QStringList misplaced;
    for (const Source& source : sources) {
        for (const Literal& literal : source.literals) {
            const QString where = source.path + QLatin1Char(':') + QString::number(literal.line);
            for (auto match = code.globalMatch(literal.text); match.hasNext();) {
                const auto found = match.next();
                const QString owner = ownerOfArea.value(found.captured(1));
                // An area no check has (MSD-XXX-001) is a made-up code, the data of a test that an unknown one is refused.
                if (!owner.isEmpty() && owner != ownerStem(source.path))
                    misplaced << where + QStringLiteral(": \"") + found.captured(0) + QStringLiteral("\" (owned by ") + owner +
                                     QStringLiteral(".cpp: use findingOf<>/codeText<> of its check)");
            }
            const QString owner = ownerOfId.value(literal.text);
            if (!literal.text.isEmpty() && !owner.isEmpty() && owner != ownerStem(source.path) && !literal.markedNotAnId)
                misplaced << where + QStringLiteral(": \"") + literal.text + QStringLiteral("\" (the id of ") + owner +
                                 QStringLiteral(".h: use id<>() of its check, or say \"not a check id\" on the line)");
        }
    }
    INFO(misplaced.join(QLatin1Char('\n')).toStdString());
    CHECK(misplaced.isEmpty());
}
