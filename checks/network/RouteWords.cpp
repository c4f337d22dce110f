#include "RouteWords.h"

#include <QRegularExpression>

namespace mars {

Message RouteWords::setting(const platform::ProxySetting& setting)
{
    Messages parts;
    if (setting.autoDetect)
        parts << msg("automatic detection (WPAD)");
    if (!setting.autoConfigUrl.empty())
        parts << msg("PAC %1").arg(QString::fromStdString(setting.autoConfigUrl));
    if (!setting.proxy.empty())
        parts << (setting.bypass.empty() ? msg("proxy %1").arg(QString::fromStdString(setting.proxy))
                                         : msg("proxy %1 (bypass %2)").arg(QString::fromStdString(setting.proxy), QString::fromStdString(setting.bypass)));
    if (parts.isEmpty())
        return msg("direct");
    Message text = parts.first();
    for (qsizetype i = 1; i < parts.size(); ++i)
        text = msg("%1, %2").arg(text).arg(parts[i]);
    return text;
}

Message RouteWords::via(const QString& via)
{
    static const QRegularExpression attempt(QStringLiteral("^(?:(direct)|proxy (\\S+))(?: \\((DNS|TCP|TLS|HTTP): (.*)\\))?$"),
                                            QRegularExpression::DotMatchesEverythingOption);
    std::optional<Message> text;
    for (const QString& part : via.split(QStringLiteral(", then "))) {
        const QRegularExpressionMatch match = attempt.match(part);
        Message words = Message::plain(part);
        if (match.hasMatch()) {
            words = match.capturedLength(1) ? msg("direct") : msg("proxy %1").arg(match.captured(2));
            if (match.capturedLength(3))
                words = msg("%1 (%2: %3)").arg(words).arg(match.captured(3), match.captured(4));
        }
        text = text ? msg("%1, then %2").arg(*text).arg(words) : words;
    }
    return text ? *text : Message::plain(via);
}

}  // namespace mars
