#include "SupportBundle.h"

#include "checks/installation/AdminRightsCheck.h"

#include "BundleSettingsText.h"
#include "LogTail.h"
#include "checks/AgentLogs.h"
#include "checks/Check.h"
#include "checks/PlatformText.h"
#include "checks/platform/Platform.h"
#include "checks/report/AtomicWrite.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>

// Qt's own zip writer (private API of Qt Gui, pinned to the Qt this program ships with): maintained with Qt, used by
// its ODF writer, and it builds wherever Qt does, mingw included.
#include <QtGui/private/qzipwriter_p.h>

#include <utility>

namespace mars {

// The translation context of MANIFEST.txt's texts ("mars::SupportBundle"). A translation keeps a space or a sign
// beside each %N that may be a name or a path: --redact masks a name only where it stands alone, and a Chinese
// character is a letter to that rule (SupportBundleTest holds the catalogue to it).
struct SupportBundle {
    MARS_DECLARE_MESSAGES(SupportBundle)
};

namespace {
QString sizeText(qint64 bytes)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

struct Pending {
    QString name;
    QString text;  // text files, masked before they go in
    Message description;
};

// A file's name in the bundle for a copy in another language: "MANIFEST.txt" -> "MANIFEST.en.txt".
QString languageCopyName(const QString& name, const QString& language)
{
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    return name.left(dot) + QLatin1Char('.') + language + name.mid(dot);
}
}  // namespace

QList<BundleLogSource> agentLogSources(platform::Platform& platform, const CheckContext& context)
{
    return agentLogFiles(platform, context);
}

RedactionTerms redactionTermsHere(const Report& report)
{
    RedactionTerms terms;
    terms.computerName = report.machineName;
    for (const char* variable : {"USERPROFILE", "HOME"})
        if (qEnvironmentVariableIsSet(variable) && QDir(qEnvironmentVariable(variable)).isAbsolute() && QDir::cleanPath(qEnvironmentVariable(variable)) != QDir::rootPath())
            terms.profileFolders << QDir::toNativeSeparators(qEnvironmentVariable(variable));
    for (const char* variable : {"USERNAME", "USER"})
        terms.userNames << qEnvironmentVariable(variable);
    for (const ReportEntry& entry : report.entries)
        if (const auto* rights = exportedFacts<AdminRightsCheck>(entry.result)) {
            const QString& account = rights->account;  // "CONTOSO\alice"
            terms.userNames << account << account.section(QLatin1Char('\\'), -1);
        }
    terms.userNames.removeAll(QString());
    terms.userNames.removeDuplicates();
    return terms;
}

SupportBundleSources bundleSources(const Report& report, platform::Platform& platform, const CheckContext& context, const QString& programLog, bool redact,
                                   const QString& language)
{
    SupportBundleSources sources;
    sources.report = report;
    sources.programLog = programLog;
    sources.agentLogs = agentLogSources(platform, context);
    sources.uptimeSeconds = platform.clock().uptimeSeconds();
    sources.redact = redact;
    if (redact)
        sources.terms = redactionTermsHere(report);
    sources.language = TextRenderer::forLanguage(language).language();  // a language without a catalogue is English
    return sources;
}

QList<BundleFile> supportBundleFiles(const SupportBundleSources& sources)
{
    const QString english = QStringLiteral("en");
    // The bundle's language first; English beside it for an escalation (SupportBundle.h says why).
    QStringList languages{TextRenderer::forLanguage(sources.language).language()};
    if (languages.first() != english)
        languages << english;
    QList<Pending> pending;
    Messages notes;
    notes << SupportBundle::msg("Never included: the encryption passphrase, the vault credentials file with its certificate and key, and "
                                "sign-in tokens. This program keeps no copy of them in any file, and the files below were scanned for "
                                "secret-shaped text as well.");
    for (const QString& language : {english, QStringLiteral("zh_CN")}) {
        const TextRenderer renderer = TextRenderer::forLanguage(language);
        const QString suffix = language == english ? QString() : QString(QLatin1Char('.') + language);
        const Message languageName = language == english ? SupportBundle::msg("English") : SupportBundle::msg("Simplified Chinese");
        QJsonValue json = sources.report.toJson(renderer);
        RedactionCount jsonCount;
        if (sources.redact)
            json = redactNames(json, sources.terms, &jsonCount);
        pending << Pending{QStringLiteral("report%1.html").arg(suffix), sources.report.toHtml(renderer),
                           SupportBundle::msg("the report in %1, a web page").arg(languageName)};
        pending << Pending{QStringLiteral("report%1.json").arg(suffix), QString::fromUtf8(QJsonDocument(json.toObject()).toJson(QJsonDocument::Indented)),
                           SupportBundle::msg("the report in %1, for scripts").arg(languageName)};
    }
    for (const QString& language : languages) {
        const TextRenderer renderer = TextRenderer::forLanguage(language);
        const bool copy = language != languages.first();
        pending << Pending{copy ? languageCopyName(QStringLiteral("settings.txt"), language) : QStringLiteral("settings.txt"),
                           bundleSettingsText(sources.report, sources.uptimeSeconds, renderer),
                           copy ? SupportBundle::msg("settings.txt in English")
                                : SupportBundle::msg("OS and uptime, the agent's version, .NET and TLS values, the routes and their proxies")};
    }

    QList<BundleLogSource> logs;
    if (!sources.programLog.isEmpty())
        logs << BundleLogSource{sources.programLog, QStringLiteral("logs/mars-setup-doctor.log")};
    else
        notes << SupportBundle::msg("%1: left out, this program logged to the console only.").arg(QStringLiteral("logs/mars-setup-doctor.log"));
    logs << sources.agentLogs;
    for (const BundleLogSource& log : logs) {
        const LogTail tail = readLogTail(log.path, kLogTailBytes);
        const QString where = QDir::toNativeSeparators(log.path);
        switch (tail.state) {
        case LogTail::State::Missing: notes << SupportBundle::msg("%1: left out, there is no %2.").arg(log.nameInBundle, where); continue;
        case LogTail::State::Refused:
        case LogTail::State::Failed:
            notes << SupportBundle::msg("%1: left out, %2 could not be read: %3.").arg(log.nameInBundle, where).arg(platformText(tail.reason.toStdString()));
            continue;
        case LogTail::State::Read: break;
        }
        const LogEncoding encoding = logEncoding(tail.head, tail.bytes);
        QString text = decodeLog(tail.bytes, !tail.truncated, encoding);
        // NULs carry nothing a reader needs, and text with a NUL between its characters (UTF-16 inside a UTF-8
        // log) would slip past the secret masks.
        const qsizetype nuls = text.count(QChar(u'\0'));
        if (nuls > 0) {
            text.remove(QChar(u'\0'));
            notes << SupportBundle::msg("%1: %2 NUL character(s) removed.").arg(log.nameInBundle).arg(qlonglong(nuls));
        }
        if (tail.truncated) {
            const qsizetype newline = text.indexOf(QLatin1Char('\n'));
            if (newline >= 0) {
                text = text.mid(newline + 1);
                notes << SupportBundle::msg("%1: only the last %2 MiB of %3 (from the first whole line); the rest left out to keep the bundle small.")
                             .arg(log.nameInBundle)
                             .arg(kLogTailMiB)
                             .arg(sizeText(tail.fileSize));
            } else {
                notes << SupportBundle::msg("%1: only the last %2 MiB of %3, which hold no line break: kept as they are, starting "
                                            "mid-line; the rest left out to keep the bundle small.")
                             .arg(log.nameInBundle)
                             .arg(kLogTailMiB)
                             .arg(sizeText(tail.fileSize));
            }
        }
        const bool utf16 = encoding != LogEncoding::Utf8;
        pending << Pending{log.nameInBundle, text,
                           utf16 ? SupportBundle::msg("from %1, converted from UTF-16 to UTF-8").arg(where) : SupportBundle::msg("from %1").arg(where)};
    }

    // The masks, in every file (the manifest's own text included, as it names paths): on the text as rendered, in
    // whatever language, so a translated label is masked exactly as the English one.
    RedactionCount total;
    QList<BundleFile> files;
    QList<std::pair<QString, Message>> listing;
    for (Pending& file : pending) {
        RedactionCount count;
        if (sources.redact)
            file.text = redactNames(file.text, sources.terms, &count);
        file.text = maskSecretShapes(file.text, &count);
        if (count.secretShapes)
            notes << SupportBundle::msg("%1: %2 piece(s) of secret-shaped text (a PEM block, a token or a long base64 run) replaced by \"<removed: ...>\".")
                         .arg(file.name)
                         .arg(count.secretShapes);
        total += count;
        files << BundleFile{file.name, file.text.toUtf8()};
        listing << std::pair{file.name, SupportBundle::msg("%1  %2 bytes  %3").arg(file.name).arg(qlonglong(files.last().bytes.size())).arg(file.description)};
    }
    if (sources.redact) {
        notes << SupportBundle::msg("--redact: masked %1 path(s) under the user's profile as <profile>, %2 computer name(s) as <computer>, "
                                    "%3 user name(s) as <user>, in every file.")
                     .arg(total.profilePaths)
                     .arg(total.computerNames)
                     .arg(total.userNames);
        QStringList tooShort;
        for (const QString& name : sources.terms.userNames + QStringList{sources.terms.computerName})
            if (!name.isEmpty() && name.size() < kShortestMaskedName)
                tooShort << name;
        if (!tooShort.isEmpty())
            notes << SupportBundle::msg("--redact: names shorter than %1 characters are not masked (they would mask every word that holds them).")
                         .arg(qlonglong(kShortestMaskedName));
    } else {
        notes << SupportBundle::msg("Names are not masked: the computer name, user names and profile paths appear as they are (run with "
                                    "--redact, or tick the box beside the button, to mask them).");
    }

    // One manifest a language, the bundle's language's as MANIFEST.txt, last: it names every file before it.
    QList<BundleFile> manifests;
    for (const QString& language : languages) {
        const TextRenderer renderer = TextRenderer::forLanguage(language);
        const bool copy = language != languages.first();
        Messages lines;
        lines << SupportBundle::msg("MARS Setup Doctor support bundle")
              << SupportBundle::msg("Report %1, %2 UTC, MARS Setup Doctor %3")
                     .arg(sources.report.reportId, sources.report.createdUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), sources.report.toolVersion)
              << Message::plain(QString()) << SupportBundle::msg("Files (name, size in bytes, what it is):");
        for (const auto& [name, line] : listing)
            lines << line;
        if (languages.size() > 1)
            lines << (copy ? SupportBundle::msg("%1  the same as this file, in the bundle's language").arg(QStringLiteral("MANIFEST.txt"))
                           : SupportBundle::msg("%1  this file in English").arg(languageCopyName(QStringLiteral("MANIFEST.txt"), english)));
        lines << SupportBundle::msg("%1  this file").arg(copy ? languageCopyName(QStringLiteral("MANIFEST.txt"), language) : QStringLiteral("MANIFEST.txt"));
        lines << Message::plain(QString()) << SupportBundle::msg("Left out or masked, and why:");
        for (const Message& note : notes)
            lines << Message::joined({Message::plain(QStringLiteral("-")), note}, QStringLiteral(" "));
        QString manifest = renderAll(lines, renderer).join(QLatin1Char('\n')) + QLatin1Char('\n');
        if (sources.redact)
            manifest = redactNames(manifest, sources.terms, nullptr);
        manifests.prepend(BundleFile{copy ? languageCopyName(QStringLiteral("MANIFEST.txt"), language) : QStringLiteral("MANIFEST.txt"),
                                     maskSecretShapes(manifest, nullptr).toUtf8()});
    }
    return files + manifests;
}

bool writeSupportBundle(const QString& zipPath, const SupportBundleSources& sources, Message* error)
{
    if (isLink(zipPath))  // refused before the logs are read: the atomic writer says why, and writes nothing
        return writeFileAtomically(zipPath, {}, error);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QZipWriter zip(&buffer);
        zip.setCompressionPolicy(QZipWriter::AlwaysCompress);
        for (const BundleFile& file : supportBundleFiles(sources))
            zip.addFile(file.name, file.bytes);
        zip.close();
        if (zip.status() != QZipWriter::NoError) {
            *error = Message::translatable("mars::SupportBundle", QT_TRANSLATE_NOOP("mars::SupportBundle", "%1: the zip could not be made.")).arg(zipPath);
            return false;
        }
    }
    // The whole zip in memory (a few MiB: the logs are cut at kLogTailMiB), then written at once: never half a zip.
    return writeFileAtomically(zipPath, buffer.data(), error);
}

QString suggestedBundleName(const Report& report, bool redact)
{
    QString who = redact ? report.reportId : report.machineName;
    for (QChar& c : who)
        if (!(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')))
            c = QLatin1Char('_');
    const QDateTime when = report.createdUtc.isValid() ? report.createdUtc : QDateTime::currentDateTimeUtc();
    return QStringLiteral("MarsSetupDoctor-%1-%2.zip").arg(who, when.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
}

}  // namespace mars
