// Each check declares its codes in its own table (Finding.h): the compiler holds a verdict to its check's codes and
// each table to its enum. These tests fail on a reused or malformed code, on a code written anywhere but its check's
// table, on a line of a table that the check never gives, and on docs/finding-codes.md saying something else than
// the tables (tests/codegen writes it). That every verdict carries a code is held by CatalogTest.cpp, which runs every check.
#include "checks/Catalog.h"
#include "checks/FindingCodes.h"
#include "checks/TypedIds.h"
#include "checks/registration/EndpointsCheck.h"
#include "checks/registration/TlsCheck.h"
#include "tests/codegen/GeneratedFiles.h"
#include "tests/support/CatchQt.h"

#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cstring>

using namespace mars;

TEST_CASE("finding codes are well formed, never reused, and name a check of the catalogue", "[codes]")
{
    static const QRegularExpression pattern(QStringLiteral("^MSD-([A-Z]{3})-[0-9]{3}$"));
    QSet<QString> codes;
    QHash<QString, QString> checkOfArea;  // each check has an area of its own: "NET" is the endpoints check's
    for (const ListedFinding& listed : findingCatalog()) {
        const FindingSpec& spec = *listed.spec;
        INFO(spec.code);
        const auto match = pattern.match(spec.codeText());
        REQUIRE(match.hasMatch());
        CHECK(checkOfArea.value(match.captured(1), QLatin1String(listed.check)) == QLatin1String(listed.check));
        checkOfArea.insert(match.captured(1), QLatin1String(listed.check));
        CHECK_FALSE(codes.contains(spec.codeText()));
        codes << spec.codeText();
        CHECK((std::strlen(listed.check) == 0 || findCheck(QLatin1String(listed.check))));
        CHECK(spec.statuses != 0);
        CHECK((spec.statuses & ~(kPass | kWarning | kFail | kError)) == 0);
        CHECK(std::strlen(spec.meaning) > 10);
        CHECK(findFinding(spec.codeText()) == &listed);
    }
    // Every check can pass, and says so with a code of its own; every check of the catalogue brought its table.
    for (const CheckSpec& check : checkCatalog()) {
        INFO(check.id);
        CHECK_FALSE(check.findings.empty());
        bool passes = false;
        for (const FindingSpec& spec : check.findings)
            passes = passes || (spec.statuses & kPass);
        CHECK(passes);
    }
    CHECK_FALSE(findFinding(QStringLiteral("MSD-XXX-999")));  // an area no check has
}

TEST_CASE("a finding links to docs.azure.cn for Azure China and learn.microsoft.com otherwise, in the report's language", "[codes]")
{
    const QString tlsOff = codeText<TlsCheck>(TlsCheck::Code::SchannelOff);
    CHECK(findingDocsUrl(tlsOff, "china", "zh_CN") == "https://docs.azure.cn/zh-cn/backup/transport-layer-security");
    CHECK(findingDocsUrl(tlsOff, "china", "en") == "https://docs.azure.cn/en-us/backup/transport-layer-security");
    CHECK(findingDocsUrl(tlsOff, "public", "en") == "https://learn.microsoft.com/en-us/azure/backup/transport-layer-security");
    CHECK(findingDocsUrl(tlsOff, "usgov", "zh_CN") == "https://learn.microsoft.com/zh-cn/azure/backup/transport-layer-security");
    CHECK(findingDocsUrl(codeText<EndpointsCheck>(EndpointsCheck::Code::Blocked), "china", "en") == "https://docs.azure.cn/en-us/backup/install-mars-agent");
    CHECK(findingDocsUrl("", "china", "en").isEmpty());
    CHECK(findingDocsUrl("MSD-XXX-001", "public", "en").isEmpty());
}

TEST_CASE("the generated files in the source tree are what mars_codegen writes from the catalogue and the tables", "[codes]")
{
    for (const codegen::GeneratedFile& generated : codegen::generatedFiles()) {
        INFO(generated.path);
        QFile file(QStringLiteral(MARS_SOURCE_DIR "/") + QLatin1String(generated.path));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray current = file.readAll();
        QString error;
        const auto wanted = generated.regenerate(current, &error);
        INFO(error.toStdString());
        REQUIRE(wanted);
        if (*wanted != current)
            FAIL(generated.path << " differs from the catalogue and the checks' finding tables: " << codegen::kUpdateCommand);
    }
}

TEST_CASE("docs/finding-codes.md's generated table lists each code of the tables once", "[codes]")
{
    QFile file(QStringLiteral(MARS_SOURCE_DIR "/docs/finding-codes.md"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QStringList documented;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("| MSD-")))
            documented << line.section(QLatin1Char('|'), 1, 1).trimmed();
    QStringList listed;
    for (const ListedFinding& finding : findingCatalog())
        listed << finding.spec->codeText();
    CHECK(documented == listed);
}

TEST_CASE("a code is written only in its check's table, and every line of a table is a verdict the check gives", "[codes]")
{
    static const QRegularExpression literal(QStringLiteral("\"(MSD-[A-Z]{3}-[0-9]{3})\""));
    static const QRegularExpression tableLine(QStringLiteral("\\{Code::(\\w+), \"(MSD-[A-Z]{3}-[0-9]{3})\""));
    QHash<QString, QSet<QString>> filesOf;
    int lines = 0;
    for (const char* root : {MARS_SOURCE_DIR "/checks", MARS_SOURCE_DIR "/wizard", MARS_SOURCE_DIR "/app"}) {
        QDirIterator it(QString::fromUtf8(root), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QLatin1String("/tests/")))
                continue;  // the libraries' code, not their tests beside them
            QFile file(path);
            REQUIRE(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            for (auto match = literal.globalMatch(text); match.hasNext();)
                filesOf[match.next().captured(1)] << path.mid(QStringLiteral(MARS_SOURCE_DIR).size() + 1);
            // A line of a table whose code the rest of the file never gives is a finding no check reaches.
            for (auto match = tableLine.globalMatch(text); match.hasNext();) {
                const auto line = match.next();
                ++lines;
                INFO(line.captured(2).toStdString() << " (Code::" << line.captured(1).toStdString() << ") in " << path.toStdString());
                CHECK(text.count(QStringLiteral("Code::") + line.captured(1)) >= 2);
            }
        }
    }
    CHECK(lines == int(findingCatalog().size()));
    for (auto found = filesOf.cbegin(); found != filesOf.cend(); ++found) {
        INFO(found.key().toStdString() << " in " << QStringList(found.value().begin(), found.value().end()).join(", ").toStdString());
        CHECK(findFinding(found.key()));
        CHECK(found.value().size() == 1);  // written once: in its check's table
    }
    for (const ListedFinding& listed : findingCatalog()) {
        INFO(listed.spec->code << " is in no source file's table");
        CHECK(filesOf.contains(listed.spec->codeText()));
    }
}
