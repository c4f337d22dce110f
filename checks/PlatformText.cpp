#include "PlatformText.h"

#include <QDir>
#include <QRegularExpression>

namespace mars {

QString pathText(const std::filesystem::path& path)
{
    try {
        return QDir::toNativeSeparators(QString::fromStdU16String(path.u16string()));
    } catch (const std::exception&) {
        // A Unix file name that is not UTF-8: show it as the locale reads it rather than fail the whole check.
        return QString::fromLocal8Bit(path.string().c_str());
    }
}

std::filesystem::path toPath(const QString& text)
{
    return std::filesystem::path(QDir::fromNativeSeparators(text).toStdU16String());
}

namespace {
// English as it comes; the translations add the error's name (HostNotFoundError, EAI_AGAIN) for a search.
const char* const kKnownTexts[] = {
    // Qt's network errors (QHostInfo, QAbstractSocket, QNetworkReply)
    QT_TRANSLATE_NOOP("PlatformText", "Host not found"),
    QT_TRANSLATE_NOOP("PlatformText", "Unknown error"),
    QT_TRANSLATE_NOOP("PlatformText", "Connection refused"),
    QT_TRANSLATE_NOOP("PlatformText", "The remote host closed the connection"),
    QT_TRANSLATE_NOOP("PlatformText", "Socket operation timed out"),
    QT_TRANSLATE_NOOP("PlatformText", "Connection timed out"),
    QT_TRANSLATE_NOOP("PlatformText", "Network unreachable"),
    QT_TRANSLATE_NOOP("PlatformText", "Operation canceled"),
    QT_TRANSLATE_NOOP("PlatformText", "Connection closed"),
    // the C library's resolver (getaddrinfo) and errno
    QT_TRANSLATE_NOOP("PlatformText", "Name or service not known"),
    QT_TRANSLATE_NOOP("PlatformText", "Temporary failure in name resolution"),
    QT_TRANSLATE_NOOP("PlatformText", "No address associated with hostname"),
    QT_TRANSLATE_NOOP("PlatformText", "No such file or directory"),
    QT_TRANSLATE_NOOP("PlatformText", "Permission denied"),
    // why a file was not read (FileReading: opened first, then refused), as the support bundle's manifest names them
    QT_TRANSLATE_NOOP("PlatformText", "it is a symbolic link (never read through)"),
    QT_TRANSLATE_NOOP("PlatformText", "it is a FIFO, socket or device, not a regular file"),
    QT_TRANSLATE_NOOP("PlatformText", "it is a folder, not a file"),
    QT_TRANSLATE_NOOP("PlatformText", "it has other hard links (never read through a link)"),
    QT_TRANSLATE_NOOP("PlatformText", "it is a pipe, not a regular file"),
    QT_TRANSLATE_NOOP("PlatformText", "it is a link (reparse point, never read through)"),
    // the probes' own
    QT_TRANSLATE_NOOP("PlatformText", "did not finish"),
    // the portable build's platform layer: what a system without Windows does not have
    QT_TRANSLATE_NOOP("PlatformText", "there is no WinHTTP on this system"),
    QT_TRANSLATE_NOOP("PlatformText", "the environment (http_proxy, https_proxy, no_proxy)"),
    QT_TRANSLATE_NOOP("PlatformText", "this account's Internet Options"),
    QT_TRANSLATE_NOOP("PlatformText", "WinHTTP's default (netsh winhttp show proxy)"),
    QT_TRANSLATE_NOOP("PlatformText", "the agent runs on Windows only"),
    QT_TRANSLATE_NOOP("PlatformText", "the agent is not installed"),
    QT_TRANSLATE_NOOP("PlatformText", "PAC files are evaluated by WinHTTP, on Windows only"),
    QT_TRANSLATE_NOOP("PlatformText", "there is no agent service on this system"),
    QT_TRANSLATE_NOOP("PlatformText", "there is no registry on this system"),
    QT_TRANSLATE_NOOP("PlatformText", "there is no LocalSystem account on this system (Windows only)"),
    QT_TRANSLATE_NOOP("PlatformText", "proxy settings are a Windows dialog"),
    QT_TRANSLATE_NOOP("PlatformText", "nothing to save on this system"),
    QT_TRANSLATE_NOOP("PlatformText", "not a Windows program"),
    QT_TRANSLATE_NOOP("PlatformText", "setting the clock is a Windows feature of this tool"),
    QT_TRANSLATE_NOOP("PlatformText", "restarting as administrator is a Windows feature; run the program with sudo instead"),
    QT_TRANSLATE_NOOP("PlatformText", "resyncing the clock is a Windows feature; on this system use its time service (e.g. chronyc makestep)"),
};

Message known(const QString& text, int depth = 0)
{
    for (const char* english : kKnownTexts)
        if (text == QLatin1String(english))
            return Message::translatable("PlatformText", english);
    // QNetworkReply's "Host login.example not found"
    static const QRegularExpression hostNotFound(QStringLiteral("^Host (\\S+) not found$"));
    if (const auto match = hostNotFound.match(text); match.hasMatch())
        return Message::translatable("PlatformText", QT_TRANSLATE_NOOP("PlatformText", "Host %1 not found")).arg(match.captured(1));
    // A stage's tag before the error ("DNS: Host not found"): the tag stays, the error is looked up.
    static const QRegularExpression tagged(QStringLiteral("^([A-Z]{2,6}): (.+)$"));
    if (const auto match = tagged.match(text); match.hasMatch() && depth == 0)
        return Message::joined({Message::plain(match.captured(1)), known(match.captured(2), depth + 1)}, QStringLiteral(": "));
    return Message::plain(text);
}
}  // namespace

Message platformText(const std::string& text)
{
    return known(QString::fromStdString(text));
}

Message osErrorText(const QString& text)
{
    return known(text);
}

FixOutcome toOutcome(const platform::ChangeResult& change)
{
    FixOutcome outcome;
    for (const auto& line : change.changed)
        outcome.changes << platformText(line);
    for (const auto& line : change.failed)
        outcome.failures << platformText(line);
    return outcome;
}

}  // namespace mars
