// The findings table (checks/FindingCodes.cpp) is the one place codes are declared: these tests fail on a reused or
// malformed code, on a code a check sets that the table lacks (or one the table keeps that no check sets any more),
// and on docs/finding-codes.md saying something else than the table. That every verdict carries a code is held by
// CatalogTest.cpp, which runs every check.
#include "checks/Catalog.h"
#include "checks/FindingCodes.h"
#include "../support/CatchQt.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cstring>

using namespace mars;

namespace {
QString statusesText(StatusSet statuses)
{
    QStringList words;
    for (Status status : {Status::Pass, Status::Warning, Status::Fail, Status::Error})
        if (statuses & statusBit(status))
            words << statusName(status);
    return words.join(QStringLiteral(" or "));
}

// The table's rows as docs/finding-codes.md writes them.
QStringList markdownRows()
{
    QStringList rows;
    for (const FindingSpec& spec : findingCatalog())
        rows << QStringLiteral("| %1 | %2 | %3 | %4 | [Azure China](%5) · [Public, US Government](%6) |")
                    .arg(spec.codeText(), std::strlen(spec.check) ? QString::fromLatin1(spec.check) : QStringLiteral("(any)"),
                         statusesText(spec.statuses), QString::fromUtf8(spec.meaning),
                         articleUrl(spec.article, QStringLiteral("china"), QStringLiteral("zh_CN")),
                         articleUrl(spec.article, QStringLiteral("public"), QStringLiteral("en")));
    return rows;
}
}  // namespace

TEST_CASE("finding codes are well formed, never reused, and name a check of the catalogue", "[codes]")
{
    static const QRegularExpression pattern(QStringLiteral("^MSD-(ADM|FLD|AGT|NET|CLK|TMP|PWD|CCH|TLS|VLT|SCH|GEN)-[0-9]{3}$"));
    QSet<QString> codes;
    for (const FindingSpec& spec : findingCatalog()) {
        INFO(spec.code);
        CHECK(pattern.match(spec.codeText()).hasMatch());
        CHECK_FALSE(codes.contains(spec.codeText()));
        codes << spec.codeText();
        CHECK((std::strlen(spec.check) == 0 || findCheck(QLatin1String(spec.check))));
        CHECK(spec.statuses != 0);
        CHECK((spec.statuses & ~(kPass | kWarning | kFail | kError)) == 0);
        CHECK(std::strlen(spec.meaning) > 10);
        CHECK(findFinding(spec.codeText()) == &spec);
    }
    // Every check can pass, and says so with a code of its own.
    for (const CheckSpec& check : checkCatalog()) {
        bool passes = false;
        for (const FindingSpec& spec : findingCatalog())
            passes = passes || (check.idText() == QLatin1String(spec.check) && (spec.statuses & kPass));
        CHECK(passes);
    }
    CHECK_FALSE(findFinding(QStringLiteral("MSD-NET-999")));
}

TEST_CASE("a finding links to docs.azure.cn for Azure China and learn.microsoft.com otherwise, in the report's language", "[codes]")
{
    CHECK(findingDocsUrl("MSD-TLS-002", "china", "zh_CN") == "https://docs.azure.cn/zh-cn/backup/transport-layer-security");
    CHECK(findingDocsUrl("MSD-TLS-002", "china", "en") == "https://docs.azure.cn/en-us/backup/transport-layer-security");
    CHECK(findingDocsUrl("MSD-TLS-002", "public", "en") == "https://learn.microsoft.com/en-us/azure/backup/transport-layer-security");
    CHECK(findingDocsUrl("MSD-TLS-002", "usgov", "zh_CN") == "https://learn.microsoft.com/zh-cn/azure/backup/transport-layer-security");
    CHECK(findingDocsUrl("MSD-NET-006", "china", "en") == "https://docs.azure.cn/en-us/backup/install-mars-agent");
    CHECK(findingDocsUrl("", "china", "en").isEmpty());
    CHECK(findingDocsUrl("MSD-XXX-001", "public", "en").isEmpty());
}

TEST_CASE("docs/finding-codes.md lists exactly the table's codes, meanings and links", "[codes]")
{
    QFile file(QStringLiteral(MARS_SOURCE_DIR "/docs/finding-codes.md"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QStringList documented;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("| MSD-")))
            documented << line.trimmed();
    const QStringList expected = markdownRows();
    if (documented != expected) {
        // What the file should hold, to paste in: in the build tree (never the working folder, which may be the
        // checkout), and the test names the file.
        const QString path = QFileInfo(QStringLiteral(MARS_REPORT_SAMPLE)).absolutePath() + QStringLiteral("/finding-codes-expected.md");
        QFile out(path);
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            out.write(expected.join(QLatin1Char('\n')).toUtf8() + '\n');
        FAIL("docs/finding-codes.md differs from checks/FindingCodes.cpp; the expected rows are in " << path.toStdString());
    }
}

TEST_CASE("each code is set in one source file only, every code set is in the table, and the table has none unused", "[codes]")
{
    static const QRegularExpression literal(QStringLiteral("\"(MSD-[A-Z]{3}-[0-9]{3})\""));
    QHash<QString, QSet<QString>> filesOf;
    QDirIterator it(QStringLiteral(MARS_SOURCE_DIR "/checks"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QLatin1String("/FindingCodes.")))  // the table, and its header's example
            continue;
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (auto match = literal.globalMatch(text); match.hasNext();)
            filesOf[match.next().captured(1)] << path.mid(path.indexOf(QLatin1String("/checks/")) + 1);
    }
    REQUIRE(filesOf.size() > 50);
    for (auto found = filesOf.cbegin(); found != filesOf.cend(); ++found) {
        INFO(found.key().toStdString() << " in " << QStringList(found.value().begin(), found.value().end()).join(", ").toStdString());
        CHECK(findFinding(found.key()));
        CHECK(found.value().size() == 1);  // one verdict, one place: a code copied into a second check is a reuse
    }
    for (const FindingSpec& spec : findingCatalog()) {
        INFO(spec.code << " is in the table but no check sets it");
        CHECK(filesOf.contains(spec.codeText()));
    }
}
