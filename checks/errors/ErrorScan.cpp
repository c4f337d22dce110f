#include "ErrorScan.h"

#include "checks/bundle/Redaction.h"

#include "checks/Message.h"

#include <QRegularExpression>

namespace mars {

namespace {

struct KnownId {
    qulonglong value = 0;
    qsizetype digits = 0;  // of its decimal form
    const AgentError* error = nullptr;
    const AdviceOnlyError* advice = nullptr;
};

std::optional<qulonglong> idValue(const QString& id)
{
    bool ok = false;
    const qulonglong value = id.startsWith(QLatin1String("0x"), Qt::CaseInsensitive) ? id.mid(2).toULongLong(&ok, 16) : id.toULongLong(&ok, 10);
    return ok ? std::optional(value) : std::nullopt;
}

// The table's numeric IDs (the named ones, such as "registration-not-verified", have no number to find).
const std::vector<KnownId>& knownIds()
{
    static const std::vector<KnownId> ids = [] {
        std::vector<KnownId> out;
        for (const AgentError& error : agentErrors())
            if (const auto value = idValue(error.idText()))
                out.push_back({*value, QString::number(*value).size(), &error, nullptr});
        for (const AdviceOnlyError& advice : adviceOnlyErrors())
            if (const auto value = idValue(advice.idText()); value && advice.idText() != QLatin1String("403"))
                out.push_back({*value, QString::number(*value).size(), nullptr, &advice});
        return out;
    }();
    return ids;
}

// A number standing alone: no digit, letter or dot just before it (a version, a hex run, a path), no digit or
// letter just after.
const QRegularExpression& numberToken()
{
    static const QRegularExpression token(QStringLiteral("(?<![0-9a-z.])(0x[0-9a-f]{1,8}|[0-9]{3,10})(?![0-9a-z])"),
                                          QRegularExpression::CaseInsensitiveOption);
    return token;
}

bool afterTheWordError(const QString& line, qsizetype at)
{
    static const QRegularExpression error(QStringLiteral("\\berror(\\s*code)?[\\s:=#]*$"), QRegularExpression::CaseInsensitiveOption);
    const qsizetype from = qMax<qsizetype>(0, at - 32);
    return error.match(line.mid(from, at - from)).hasMatch();
}

QString shownLine(QStringView line, qsizetype at)
{
    // The agent's own line may hold what its log caught (a SAS, an account key, a token): masked as every bundle masks
    // it, before the line reaches the Welcome page, a report or the console. The two sides of the match apart, so
    // the match (an error ID, never secret-shaped) stays where it was found.
    const QString head = maskSecretShapes(line.left(at).toString(), nullptr);
    const QString masked = head + maskSecretShapes(line.mid(at).toString(), nullptr);
    at = head.size();
    QStringView text = masked;
    QString before, after;
    if (text.size() > kMaxShownLineChars) {
        // Around the match: a third of the room before it, the rest after.
        const qsizetype start = qBound<qsizetype>(0, at - kMaxShownLineChars / 3, text.size() - kMaxShownLineChars);
        if (start > 0)
            before = QStringLiteral("…");
        if (start + kMaxShownLineChars < text.size())
            after = QStringLiteral("…");
        text = text.mid(start, kMaxShownLineChars);
    }
    // Never half a surrogate pair at a cut.
    if (!before.isEmpty() && !text.isEmpty() && text.front().isLowSurrogate())
        text = text.mid(1);
    if (!after.isEmpty() && !text.isEmpty() && text.back().isHighSurrogate())
        text.chop(1);
    return QString(before + escapeControl(text.toString()) + after).trimmed();
}

}  // namespace

std::optional<ErrorLine> knownErrorInLine(QStringView view)
{
    // Matched without changing the case of the text (a lower-cased copy may differ in length, and its positions
    // would not be the line's).
    const QString line = view.left(kMaxScannedLineChars).toString();
    for (auto it = numberToken().globalMatch(line); it.hasNext();) {
        const QRegularExpressionMatch token = it.next();
        const QString text = token.captured(1);
        const auto value = idValue(text);
        if (!value)
            continue;
        const bool hex = text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive);
        for (const KnownId& id : knownIds()) {
            if (id.value != *value || (!hex && id.digits < 5 && !afterTheWordError(line, token.capturedStart(1))))
                continue;
            ErrorLine found;
            found.match.error = id.error;
            found.match.advice = id.advice;
            found.byId = true;
            found.shown = shownLine(line, token.capturedStart(1));
            return found;
        }
    }
    auto byPhrase = [&line](const auto& table, auto setMatch) -> std::optional<ErrorLine> {
        for (const auto& entry : table)
            for (const QString& phrase : entry.phrases)
                if (const qsizetype at = line.indexOf(phrase, 0, Qt::CaseInsensitive); at >= 0) {
                    ErrorLine found;
                    setMatch(found.match, &entry);
                    found.shown = shownLine(line, at);
                    return found;
                }
        return std::nullopt;
    };
    if (auto found = byPhrase(agentErrors(), [](ErrorMatch& match, const AgentError* error) { match.error = error; }))
        return found;
    return byPhrase(adviceOnlyErrors(), [](ErrorMatch& match, const AdviceOnlyError* advice) { match.advice = advice; });
}

std::optional<ErrorLine> newestKnownError(QStringView text)
{
    qsizetype end = text.size();
    for (qsizetype lines = 0; end > 0 && lines < kMaxScannedLines; ++lines) {
        const qsizetype newline = text.lastIndexOf(QLatin1Char('\n'), end - 1);
        const qsizetype start = newline < 0 ? 0 : newline + 1;
        QStringView line = text.mid(start, end - start);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (auto found = knownErrorInLine(line))
            return found;
        if (newline < 0)
            break;
        end = newline;
    }
    return std::nullopt;
}

}  // namespace mars
