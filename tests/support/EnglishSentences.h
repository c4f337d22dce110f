#pragma once
// A test's eye for English prose in a text that should be in Chinese (a report, a support bundle's manifest).
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace mars::test {

// English prose left in a Chinese report: three or more English words in a row, once names, hosts, paths, codes and
// the like (the allow-list) are taken out. Returns each offending line.
inline QStringList englishSentences(const QString& report)
{
    static const QStringList names = {
        // product, company and service names, written the same in Chinese
        QStringLiteral("MARS Setup Doctor"), QStringLiteral("Microsoft Azure Recovery Services Agent"), QStringLiteral("Microsoft Azure Backup"),
        QStringLiteral("Microsoft Entra ID"), QStringLiteral("Entra ID"), QStringLiteral("Microsoft NCSI"), QStringLiteral("Microsoft Connect Test"),
        QStringLiteral("Windows Server"), QStringLiteral("Windows Time"), QStringLiteral("Internet Options"), QStringLiteral("Data Deduplication"),
        QStringLiteral("System State"), QStringLiteral("Azure China"), QStringLiteral("Microsoft 365"), QStringLiteral("Segoe UI"),
        QStringLiteral("Microsoft YaHei"), QStringLiteral("Consolas"), QStringLiteral("sans-serif"), QStringLiteral("monospace"),
        QStringLiteral("CONTOSO"), QStringLiteral("contoso-vault_Mon Dec 01 2026.VaultCredentials"), QStringLiteral("Microsoft Learn"),
    };
    static const QRegularExpression tokens(QStringLiteral(
        "https?://\\S+"                                  // addresses
        "|\"[^\"\\n]*\""                                // quoted titles of the English sources a verdict cites
        "|\\bHK(LM|CU)\\\\[^=\\n]*"                       // registry values (their keys hold spaces)
        "|[A-Za-z]:[\\\\/][^\\s,;，；：）)]*"              // Windows paths
        "|(?<![\\w.])/[^\\s,;，；：）)]+"                  // POSIX paths
        "|\\b[\\w-]+(\\.[\\w-]+)+\\b"                    // hosts, file names, versions
        "|\\bMSD-[A-Z]{3}-\\d{3}\\b"                     // finding codes
        "|\\b[A-Z][A-Za-z]*(Error|Exception)\\b"         // error names
        "|\\b[A-Z0-9_]{2,}\\b"                           // constants and acronyms: SCHANNEL, EAI_AGAIN, TLS
        "|\\b[0-9a-fA-F]{8,}\\b"));                      // ids, thumbprints
    static const QRegularExpression words(QStringLiteral("[A-Za-z][A-Za-z'’-]*(\\s+[A-Za-z][A-Za-z'’-]*){2,}"));
    QStringList found;
    for (QString line : report.split(QLatin1Char('\n'))) {
        const QString original = line;
        for (const QString& name : names)
            line.replace(name, QStringLiteral(" "));
        line.replace(tokens, QStringLiteral(" "));
        if (const auto match = words.match(line); match.hasMatch())
            found << match.captured(0) + QStringLiteral("   <=   ") + original.trimmed().left(200);
    }
    return found;
}

}  // namespace mars::test
