#include "GeneratedFiles.h"

#include "checks/Catalog.h"
#include "checks/FindingCodes.h"

#include <QStringList>

#include <cstring>

namespace mars::codegen {

namespace {
QString statusesText(StatusSet statuses)
{
    QStringList words;
    for (Status status : {Status::Pass, Status::Warning, Status::Fail, Status::Error})
        if (statuses & statusBit(status))
            words << statusName(status);
    return words.join(QStringLiteral(" or "));
}

// The table of docs/finding-codes.md, in the catalogue's order, the session's own codes last.
QByteArray findingCodesTable()
{
    QStringList rows{QStringLiteral("| Code | Check | Verdict | Meaning | Documentation |"), QStringLiteral("| --- | --- | --- | --- | --- |")};
    for (const ListedFinding& listed : findingCatalog()) {
        const FindingSpec& spec = *listed.spec;
        rows << QStringLiteral("| %1 | %2 | %3 | %4 | [Azure China](%5) · [Public, US Government](%6) |")
                    .arg(spec.codeText(), std::strlen(listed.check) ? QString::fromLatin1(listed.check) : QStringLiteral("(any)"),
                         statusesText(spec.statuses), QString::fromUtf8(spec.meaning),
                         articleUrl(spec.article, QStringLiteral("china"), QStringLiteral("zh_CN")),
                         articleUrl(spec.article, QStringLiteral("public"), QStringLiteral("en")));
    }
    return rows.join(QLatin1Char('\n')).toUtf8() + '\n';
}

// Between the two marker lines (kept), the table; the prose around it is the file's own.
std::optional<QByteArray> findingCodesDoc(const QByteArray& current, QString* error)
{
    static const QByteArray begin = "<!-- generated: finding codes (mars_codegen), do not edit by hand -->\n";
    static const QByteArray end = "<!-- end of generated: finding codes -->\n";
    const qsizetype from = current.indexOf(begin);
    const qsizetype to = from < 0 ? -1 : current.indexOf(end, from + begin.size());
    if (from < 0 || to < 0) {
        *error = QStringLiteral("lacks the lines %1 and %2").arg(QString::fromUtf8(begin.trimmed()), QString::fromUtf8(end.trimmed()));
        return std::nullopt;
    }
    return current.left(from + begin.size()) + findingCodesTable() + current.mid(to);
}

// The array of `"enum": [...]` in $defs' `name`, replaced by `values`, one a line, indented as the file indents
// (two spaces a level); nothing else of the file changes, so its key order and layout stay as written.
bool replaceEnum(QByteArray& schema, const char* name, const QStringList& values, QString* error)
{
    const qsizetype defs = schema.indexOf("\"$defs\": {");
    const qsizetype key = defs < 0 ? -1 : schema.indexOf(QByteArray("\"") + name + "\": {", defs);
    const qsizetype enumKey = key < 0 ? -1 : schema.indexOf("\"enum\": [", key);
    const qsizetype open = enumKey < 0 ? -1 : enumKey + qsizetype(std::strlen("\"enum\": ["));
    const qsizetype close = open < 0 ? -1 : schema.indexOf(']', open);
    // The enum must belong to this definition: no other definition's key between them.
    if (close < 0 || schema.mid(key, enumKey - key).count("\": {") != 1) {
        *error = QStringLiteral("has no $defs.%1.enum array").arg(QLatin1String(name));
        return false;
    }
    const qsizetype lineStart = schema.lastIndexOf('\n', enumKey) + 1;
    const QByteArray indent(enumKey - lineStart, ' ');
    QByteArrayList lines;
    for (const QString& value : values)
        lines << indent + "  \"" + value.toUtf8() + '"';
    schema.replace(open, close - open, '\n' + lines.join(",\n") + '\n' + indent);
    return true;
}

std::optional<QByteArray> reportSchema(const QByteArray& current, QString* error)
{
    QStringList sectionIds, checkIds, fixIds;
    for (const SectionSpec& section : sections())
        sectionIds << section.idText();
    for (const CheckSpec& spec : checkCatalog()) {
        checkIds << spec.idText();
        for (const FixSpec* fix : spec.fixes)
            if (!fixIds.contains(fix->idText()))
                fixIds << fix->idText();
    }
    QByteArray schema = current;
    if (!replaceEnum(schema, "checkId", checkIds, error) || !replaceEnum(schema, "fixId", fixIds, error) ||
        !replaceEnum(schema, "section", sectionIds, error))
        return std::nullopt;
    return schema;
}
}  // namespace

const std::vector<GeneratedFile>& generatedFiles()
{
    static const std::vector<GeneratedFile> files{{"docs/finding-codes.md", findingCodesDoc},
                                                  {"resources/schema/report.schema.json", reportSchema}};
    return files;
}

}  // namespace mars::codegen
