#include "Redaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace mars {

RedactionCount& RedactionCount::operator+=(const RedactionCount& other)
{
    profilePaths += other.profilePaths;
    computerNames += other.computerNames;
    userNames += other.userNames;
    secretShapes += other.secretShapes;
    return *this;
}

namespace {
// Longest first, so "CONTOSO\alice" is masked whole before "alice" alone.
QStringList longestFirst(QStringList names)
{
    names.removeAll(QString());
    names.removeDuplicates();
    std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    return names;
}

// A path whose separators match either separator, one or more of them.
QString pathPattern(const QString& folder)
{
    QString pattern;
    const QStringList parts = folder.split(QRegularExpression(QStringLiteral("[\\\\/]+")), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < parts.size(); ++i)
        pattern += (i ? QStringLiteral("[\\\\/]+") : QString()) + QRegularExpression::escape(parts[i]);
    return folder.startsWith(QLatin1Char('/')) ? QStringLiteral("/") + pattern : pattern;
}

int replaceAll(QString& text, const QString& pattern, const QString& mask)
{
    const QRegularExpression expression(pattern, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    int replaced = 0;
    QString out;
    qsizetype from = 0;
    for (auto it = expression.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).mid(from, match.capturedStart() - from);
        out += mask;
        from = match.capturedEnd();
        ++replaced;
    }
    if (replaced) {
        out += QStringView(text).mid(from);
        text = out;
    }
    return replaced;
}

// Alone: not preceded or followed by a letter, a digit or an underscore.
QString alone(const QString& escaped)
{
    return QStringLiteral("(?<![\\w])") + escaped + QStringLiteral("(?![\\w])");
}
}  // namespace

QString redactNames(const QString& text, const RedactionTerms& terms, RedactionCount* count)
{
    QString out = text;
    RedactionCount local;
    for (const QString& folder : longestFirst(terms.profileFolders))
        if (folder.size() >= kShortestMaskedName)
            local.profilePaths += replaceAll(out, alone(pathPattern(folder)), QStringLiteral("<profile>"));
    if (terms.computerName.size() >= kShortestMaskedName)
        local.computerNames += replaceAll(out, alone(QRegularExpression::escape(terms.computerName)), QStringLiteral("<computer>"));
    for (const QString& name : longestFirst(terms.userNames))
        if (name.size() >= kShortestMaskedName)
            local.userNames += replaceAll(out, alone(pathPattern(name)), QStringLiteral("<user>"));
    if (count)
        *count += local;
    return out;
}

QJsonValue redactNames(const QJsonValue& value, const RedactionTerms& terms, RedactionCount* count)
{
    if (value.isString())
        return redactNames(value.toString(), terms, count);
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& item : value.toArray())
            out.append(redactNames(item, terms, count));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(redactNames(it.key(), terms, count), redactNames(it.value(), terms, count));
        return out;
    }
    return value;
}

QString maskSecretShapes(const QString& text, RedactionCount* count)
{
    QString out = text;
    int masked = 0;
    // Bounded patterns only (no nested quantifiers), so a hostile log cannot make the scan slow.
    masked += replaceAll(out, QStringLiteral("-----BEGIN [A-Z0-9 ]{1,40}-----[\\s\\S]*?(-----END [A-Z0-9 ]{1,40}-----|$)"),
                         QStringLiteral("<removed: a PEM block>"));
    masked += replaceAll(out, QStringLiteral("eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]*"),
                         QStringLiteral("<removed: a token>"));
    masked += replaceAll(out, QStringLiteral("[A-Za-z0-9+/]{%1,}={0,2}").arg(kLongBase64), QStringLiteral("<removed: base64 data>"));
    if (count)
        count->secretShapes += masked;
    return out;
}

}  // namespace mars
