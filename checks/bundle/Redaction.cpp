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

namespace {
// Replaces what `mask` returns for each match (a null QString leaves the match as it is); returns how many it replaced.
template <typename Mask>
int replaceMatches(QString& text, const QRegularExpression& expression, Mask mask)
{
    int replaced = 0;
    QString out;
    qsizetype from = 0;
    for (auto it = expression.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString replacement = mask(match);
        if (replacement.isNull())
            continue;
        out += QStringView(text).mid(from, match.capturedStart() - from);
        out += replacement;
        from = match.capturedEnd();
        ++replaced;
    }
    if (replaced) {
        out += QStringView(text).mid(from);
        text = out;
    }
    return replaced;
}

QRegularExpression pattern(const QString& text, bool caseInsensitive = false)
{
    return QRegularExpression(text, caseInsensitive ? QRegularExpression::CaseInsensitiveOption : QRegularExpression::NoPatternOption);
}

// The match with one captured group (the value) masked, the rest (a name, a separator) kept.
QString maskGroup(const QRegularExpressionMatch& match, int group, const QString& mask)
{
    const qsizetype start = match.capturedStart(group) - match.capturedStart();
    const QString whole = match.captured();
    return whole.left(start) + mask + whole.mid(start + match.capturedLength(group));
}

// The value group that matched (the alternatives of kValue are groups 3 to 6).
int valueGroup(const QRegularExpressionMatch& match)
{
    for (int group = 3; group <= 6; ++group)
        if (match.capturedStart(group) >= 0)
            return group;
    return -1;
}

// Random-looking: upper and lower case letters and digits, and not a path (a '/' every few characters).
bool looksRandom(QStringView run)
{
    bool upper = false, lower = false, digit = false;
    qsizetype slashes = 0, dots = 0;
    for (const QChar c : run) {
        upper |= c >= u'A' && c <= u'Z';
        lower |= c >= u'a' && c <= u'z';
        digit |= c >= u'0' && c <= u'9';
        slashes += c == u'/';
        dots += c == u'.';
    }
    return upper && lower && digit && slashes * 12 <= run.size() && dots <= 4;
}

// A base64 character: as it is, JSON-escaped ("\/", "\u002B") or URL-encoded ("%2F").
const QString kB64 = QStringLiteral(R"((?:[A-Za-z0-9+/]|\\/|\\u002[bBfF]|%2[bBfF]))");
const QString kPad = QStringLiteral(R"((?:=|\\u003[dD]|%3[dD]){0,2})");
// A line break, as it is or JSON-escaped; the end of a line that holds base64 only.
const QString kBreak = QStringLiteral(R"([ \t]*(?:\r?\n|\\r\\n|\\n)[ \t]*)");
const QString kLineEnd = QStringLiteral(R"((?=[ \t]*(?:\r|\n|\\r|\\n|$|["'<,;)\]}])))");

// How much of a base64 match spanning lines is one run. A short word on the line after a wrapped PFX ("after")
// stays; the wrapped lines themselves, JSON-escaped or not, go in whatever their width.
qsizetype base64RunEnd(const QString& match)
{
    static const QRegularExpression lineBreak(kBreak);
    static const QRegularExpression escaped(QStringLiteral(R"(\\/|\\u00[0-9a-fA-F]{2}|%[0-9a-fA-F]{2})"));
    struct Segment {
        qsizetype start, end, units;
    };
    QList<Segment> segments;
    qsizetype from = 0;
    auto add = [&](qsizetype end) {
        QString text = match.mid(from, end - from);
        text.replace(escaped, QStringLiteral("x"));
        segments << Segment{from, end, text.size()};
    };
    for (auto it = lineBreak.globalMatch(match); it.hasNext();) {
        const QRegularExpressionMatch found = it.next();
        add(found.capturedStart());
        from = found.capturedEnd();
    }
    add(match.size());
    // Lines of 16 or more go in; a shorter line ends the run, and goes in only when it ends in padding or brings
    // the run to a multiple of 4 (the last line of a wrap).
    qsizetype units = segments[0].units;
    qsizetype end = segments[0].end;
    for (qsizetype i = 1; i < segments.size(); ++i) {
        const Segment& segment = segments[i];
        const bool shortLine = segment.units < 16;
        const QStringView text = QStringView(match).mid(segment.start, segment.end - segment.start);
        if (shortLine && !text.endsWith(QLatin1Char('=')) && (units + segment.units) % 4 != 0)
            break;
        units += segment.units;
        end = segment.end;
        if (shortLine)
            break;
    }
    return end;
}

// The names whose value is a secret wherever it stands: "client_secret=...", "\"refresh_token\": \"...\"",
// "AccountKey=...;", "passphrase: ...", "sig=..." (a SAS). Any prefix: "x-ms-client-secret", "storage_account_key".
const QString kSecretName = QStringLiteral(
    R"((?<![A-Za-z0-9])([A-Za-z0-9_.-]{0,40}?(?:password|passwd|pwd|passphrase|secret|token|apikey|api_key|api-key|accountkey|account_key|)"
    R"(sharedaccesskey|sharedaccesssignature|sig|privatekey|private_key|connectionstring)))");
// The separator: ':' or '=', with the name's and the value's quotes (JSON-escaped ones too).
const QString kSeparator = QStringLiteral(R"((\\?["']?[ \t]{0,4}[:=][ \t]{0,4}))");
// The value: quoted (to its closing quote), JSON-escaped quoted, or bare (to a space or a delimiter). Never a mask.
const QString kValue = QStringLiteral(
    R"re((?!\\?["']?<removed)(?:"((?:[^"\\\r\n]|\\[^"\r\n])++)"|\\"((?:[^"\\\r\n]|\\[^"\r\n])++)\\"|'([^'\r\n]{1,4096})'|([^\s"'&,;<>\\{}\[\]]{1,4096})))re");
// Names whose bare value runs to the end of the line: a passphrase may hold spaces.
const QString kLineSecretName = QStringLiteral(R"((?<![A-Za-z0-9])([A-Za-z0-9_.-]{0,40}?(?:password|passwd|passphrase)))");
}  // namespace

QString maskSecretShapes(const QString& text, RedactionCount* count)
{
    // Bounded patterns only (no nested quantifiers over the same characters), so a hostile log cannot make the
    // scan slow. The order matters: whole blocks and tokens first, then values named as secrets, then what is
    // secret by its shape alone; each mask is left alone by the patterns after it.
    static const QRegularExpression pem = pattern(QStringLiteral("-----BEGIN [A-Z0-9 ]{1,40}-----[\\s\\S]*?(-----END [A-Z0-9 ]{1,40}-----|$)"));
    static const QRegularExpression jwt = pattern(QStringLiteral("eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]*"));
    static const QRegularExpression authorization = pattern(
        QStringLiteral(R"((?<![A-Za-z0-9])((?:Proxy-)?Authorization)(\\?["']?[ \t]{0,4}[:=][ \t]{0,4}\\?["']?)((?:Bearer|Basic|Digest|Negotiate|NTLM|SharedKey|SharedAccessSignature|SAS)[ \t]+)?(?!<removed)([^\s"'\\]{1,8192}))"),
        true);
    static const QRegularExpression bearer = pattern(QStringLiteral(R"((?<![A-Za-z0-9])(Bearer)([ \t]+)([A-Za-z0-9\-._~+/]{16,8192}=*))"), true);
    static const QRegularExpression lineSecret = pattern(kLineSecretName + kSeparator + QStringLiteral(R"((?![ \t]*["'\\])(?!<removed)([^\r\n]{1,4096}))"), true);
    static const QRegularExpression namedSecret = pattern(kSecretName + kSeparator + kValue, true);
    static const QRegularExpression hex = pattern(QStringLiteral(R"((?<![A-Za-z0-9+/])[0-9A-Fa-f]{48,}(?![A-Za-z0-9+/]))"));
    static const QRegularExpression base64 = pattern(kB64 + QStringLiteral("{16,}") + kPad + QStringLiteral("(?:") + kBreak + kB64 +
                                                     QStringLiteral("{4,}") + kPad + kLineEnd + QStringLiteral(")*"));
    static const QRegularExpression opaque = pattern(QStringLiteral(R"([A-Za-z0-9._~+/\-]{120,})"));

    QString out = text;
    int masked = 0;
    const QString secretValue = QStringLiteral("<removed: a secret value>");
    masked += replaceMatches(out, pem, [](const QRegularExpressionMatch&) { return QStringLiteral("<removed: a PEM block>"); });
    masked += replaceMatches(out, jwt, [](const QRegularExpressionMatch&) { return QStringLiteral("<removed: a token>"); });
    masked += replaceMatches(out, authorization, [&](const QRegularExpressionMatch& m) { return maskGroup(m, 4, secretValue); });
    masked += replaceMatches(out, bearer, [&](const QRegularExpressionMatch& m) { return maskGroup(m, 3, secretValue); });
    masked += replaceMatches(out, lineSecret, [&](const QRegularExpressionMatch& m) { return maskGroup(m, 3, secretValue); });
    masked += replaceMatches(out, namedSecret, [&](const QRegularExpressionMatch& m) { return maskGroup(m, valueGroup(m), secretValue); });
    masked += replaceMatches(out, hex, [](const QRegularExpressionMatch& m) {
        const QString run = m.captured();
        const bool letters = run.contains(QRegularExpression(QStringLiteral("[A-Fa-f]")));
        const bool digits = run.contains(QRegularExpression(QStringLiteral("[0-9]")));
        return letters && digits ? QStringLiteral("<removed: hex data>") : QString();
    });
    masked += replaceMatches(out, base64, [](const QRegularExpressionMatch& m) {
        const QString whole = m.captured();
        const qsizetype kept = base64RunEnd(whole);
        QString run = whole.left(kept);
        run.remove(QRegularExpression(QStringLiteral(R"(\s|\\[rn])")));
        const bool padded = run.endsWith(QLatin1Char('=')) || run.endsWith(QLatin1String("3D"), Qt::CaseInsensitive);
        const bool secret = run.size() >= kLongBase64 || (run.size() >= kShortestSecretBase64 && (looksRandom(run) || (padded && run.size() >= 40)));
        return secret ? QStringLiteral("<removed: base64 data>") + whole.mid(kept) : QString();
    });
    masked += replaceMatches(out, opaque, [](const QRegularExpressionMatch& m) {
        return looksRandom(m.captured()) ? QStringLiteral("<removed: a token>") : QString();
    });
    if (count)
        count->secretShapes += masked;
    return out;
}

}  // namespace mars
