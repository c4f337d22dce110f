#include "PlatformText.h"

#include <QDir>

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

Message platformText(const std::string& text)
{
    return Message::plain(QString::fromStdString(text));
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
