#include "Message.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMutex>
#include <QTranslator>

#include <algorithm>
#include <limits>
#include <variant>

namespace mars {

struct Message::Arg {
    struct Count { quint64 value; };
    struct Bytes { quint64 value; };
    struct Number { double value; int fieldWidth; char format; int precision; };
    std::variant<QString, Message, qlonglong, qulonglong, Number, Count, Bytes> value;
};

struct Message::Owned {
    QByteArray context, source, disambiguation;
};

namespace {
QMutex& currentMutex()
{
    static QMutex mutex;
    return mutex;
}

TextRenderer& currentRenderer()
{
    static TextRenderer renderer;
    return renderer;
}

QString pathString(const std::filesystem::path& path)
{
    try {
        return QDir::toNativeSeparators(QString::fromStdU16String(path.u16string()));
    } catch (const std::exception&) {
        // A Unix file name that is not UTF-8: show it as the locale reads it rather than fail.
        return QString::fromLocal8Bit(path.string().c_str());
    }
}

template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;
}  // namespace

TextRenderer::TextRenderer(std::shared_ptr<const QTranslator> translator, QLocale locale, QString language)
    : m_translator(std::move(translator)), m_locale(std::move(locale)), m_language(std::move(language))
{
}

TextRenderer TextRenderer::forLanguage(const QString& language)
{
    if (!language.startsWith(QLatin1String("zh")))
        return {};
    auto translator = std::make_shared<QTranslator>();
    if (!translator->load(QStringLiteral(":/i18n/mars_checks_zh_CN.qm")))  // what checks say is the checks' own catalogue
        return {};
    return {std::move(translator), QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("zh_CN")};
}

TextRenderer TextRenderer::current()
{
    QMutexLocker lock(&currentMutex());
    return currentRenderer();
}

void TextRenderer::setCurrent(const TextRenderer& renderer)
{
    QMutexLocker lock(&currentMutex());
    currentRenderer() = renderer;
}

QString TextRenderer::translate(const char* context, const char* source, const char* disambiguation, int n) const
{
    QString text;
    if (m_translator)
        text = m_translator->translate(context, source, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0) {
        text.replace(QLatin1String("%Ln"), m_locale.toString(n));
        text.replace(QLatin1String("%n"), QString::number(n));
    }
    return text;
}

bool TextRenderer::catalogueHas(const char* context, const char* source, const char* disambiguation, int n)
{
    static const std::shared_ptr<const QTranslator> catalogue = [] {
        auto translator = std::make_shared<QTranslator>();
        if (!translator->load(QStringLiteral(":/i18n/mars_checks_zh_CN.qm")))
            return std::shared_ptr<const QTranslator>();
        return std::shared_ptr<const QTranslator>(std::move(translator));
    }();
    return catalogue && !catalogue->translate(context, source, disambiguation, n).isEmpty();
}

Message Message::translatable(const char* context, const char* source, const char* disambiguation, int n)
{
    Message message;
    message.m_context = context;
    message.m_source = source;
    message.m_disambiguation = disambiguation;
    message.m_n = n;
    return message;
}

Message Message::plain(const QString& text)
{
    Message message;
    message.m_plain = text;
    return message;
}

Message Message::perLanguage(const QString& english, const QString& chinese)
{
    Message message;
    message.m_plain = english;
    message.m_chinese = std::make_shared<const QString>(chinese);
    return message;
}

Message Message::perLanguage(const QJsonValue& data)
{
    if (data.isString())
        return perLanguage(data.toString(), QString());
    if (!data.isObject() || !data[QLatin1String("en")].isString())
        return {};
    return perLanguage(data[QLatin1String("en")].toString(), data[QLatin1String("zh_CN")].toString());
}

namespace {
// What list() and sentences() write as their separator, in the program and in a report's data alike: render() knows
// them by it, so a report read back renders them the same way.
const QString kListJoin = QStringLiteral("; ");
const QString kSentenceJoin = QStringLiteral(" ");
}  // namespace

Message Message::list(const QList<Message>& parts)
{
    return joined(parts, kListJoin);
}

Message Message::sentences(const QList<Message>& parts)
{
    return joined(parts, kSentenceJoin);
}

Message Message::joined(const QList<Message>& parts, const QString& separator)
{
    Message message;
    message.m_joined = true;
    message.m_plain = separator;
    for (const Message& part : parts)
        message.arg(part);
    return message;
}

Message& Message::arg(const QString& text)
{
    m_args.push_back(std::make_shared<const Arg>(Arg{text}));
    return *this;
}

Message& Message::arg(const Message& nested)
{
    m_args.push_back(std::make_shared<const Arg>(Arg{nested}));
    return *this;
}

Message& Message::arg(qlonglong number)
{
    m_args.push_back(std::make_shared<const Arg>(Arg{number}));
    return *this;
}

Message& Message::arg(qulonglong number)
{
    m_args.push_back(std::make_shared<const Arg>(Arg{number}));
    return *this;
}

Message& Message::arg(double number, int fieldWidth, char format, int precision)
{
    m_args.push_back(std::make_shared<const Arg>(Arg{Arg::Number{number, fieldWidth, format, precision}}));
    return *this;
}

Message& Message::argCount(quint64 count)
{
    m_args.push_back(std::make_shared<const Arg>(Arg{Arg::Count{count}}));
    return *this;
}

Message& Message::argBytes(quint64 bytes)
{
    m_args.push_back(std::make_shared<const Arg>(Arg{Arg::Bytes{bytes}}));
    return *this;
}

Message& Message::argPath(const std::filesystem::path& path)
{
    return arg(pathString(path));
}

namespace {
// Apart from the call: lupdate reads a translate() call whose text is not a literal as none, and misses a NOOP inside.
const char* const kListSeparator = QT_TRANSLATE_NOOP("Message", "; ");
const char* const kNoTextInLanguage = QT_TRANSLATE_NOOP("Message", "%1 (in English: no text in this language was given)");
}  // namespace

QString Message::render(const TextRenderer& renderer) const
{
    if (m_joined) {
        QStringList parts;
        for (const auto& arg : m_args)
            parts << std::get<Message>(arg->value).render(renderer);
        // A list's "; " is punctuation, and each language has its own ("；" in Chinese); other separators are layout.
        if (m_plain == kListJoin)
            return parts.join(renderer.translate("Message", kListSeparator, nullptr, -1));
        if (m_plain == kSentenceJoin) {
            // Sentences one after another: after a full-width mark ("。", "）") the mark is the space, as Chinese
            // writes it; after any other text, a space.
            QString text;
            for (const QString& part : std::as_const(parts)) {
                const bool fullWidthEnd = !text.isEmpty() && ((text.back() >= QChar(0x3000) && text.back() <= QChar(0x303F)) ||
                                                              (text.back() >= QChar(0xFF00) && text.back() <= QChar(0xFFEF)));
                if (!text.isEmpty() && !fullWidthEnd)
                    text += QLatin1Char(' ');
                text += part;
            }
            return text;
        }
        return parts.join(m_plain);
    }
    if (m_chinese) {
        if (renderer.language() == QLatin1String("zh_CN"))
            return m_chinese->isEmpty()
                       ? renderer.translate("Message", kNoTextInLanguage, nullptr, -1)
                             .replace(QLatin1String("%1"), escapeControl(m_plain))
                       : escapeControl(*m_chinese);
        return escapeControl(m_plain);
    }
    const QString text = m_source ? renderer.translate(m_context, m_source, m_disambiguation, m_n) : escapeControl(m_plain);
    if (m_args.empty())
        return text;

    QStringList values;
    for (const auto& arg : m_args) {
        values << std::visit(Overloaded{
                                 [](const QString& s) { return escapeControl(s); },
                                 [&](const Message& m) { return m.render(renderer); },
                                 [](qlonglong v) { return QString::number(v); },
                                 [](qulonglong v) { return QString::number(v); },
                                 [](const Arg::Number& v) { return QString::number(v.value, v.format, v.precision).rightJustified(v.fieldWidth); },
                                 [&](const Arg::Count& v) { return renderer.locale().toString(v.value); },
                                 [&](const Arg::Bytes& v) { return renderer.locale().formattedDataSize(qint64(v.value)); },
                             },
                             arg->value);
    }
    // As QString::arg with several arguments: the lowest placeholder number takes the first argument, and each is
    // filled once, so an argument that itself holds "%1" stays as it is. Read through a pointer and copied in runs:
    // the fleet page renders ten thousand machines' summaries, and a character at a time was most of it.
    const QChar* const chars = text.constData();
    const qsizetype size = text.size();
    // The placeholder's number at chars[at] == '%' ("%1", "%L2"; 0: none), and where it ends.
    auto placeholder = [&](qsizetype at, qsizetype* end) {
        qsizetype j = at + 1;
        if (j < size && chars[j] == QLatin1Char('L'))
            ++j;
        int number = 0;
        while (j < size && chars[j].isDigit() && number < 100)
            number = number * 10 + chars[j++].digitValue();
        *end = j;
        return number;
    };
    QList<int> numbers;
    for (qsizetype i = 0; i + 1 < size; ++i) {
        if (chars[i] != QLatin1Char('%'))
            continue;
        qsizetype end = 0;
        if (const int number = placeholder(i, &end); number > 0 && !numbers.contains(number))
            numbers << number;
    }
    std::sort(numbers.begin(), numbers.end());
    QString out;
    out.reserve(size);
    qsizetype copied = 0;  // chars before this are in out
    for (qsizetype i = 0; i + 1 < size; ++i) {
        if (chars[i] != QLatin1Char('%'))
            continue;
        qsizetype end = 0;
        const int number = placeholder(i, &end);
        const qsizetype index = number > 0 ? numbers.indexOf(number) : -1;
        if (index < 0 || index >= values.size())
            continue;
        out.append(chars + copied, i - copied);
        out += values[index];
        copied = end;
        i = end - 1;
    }
    out.append(chars + copied, size - copied);
    return out;
}

QJsonValue Message::toData() const
{
    if (m_chinese) {
        QJsonObject data{{QStringLiteral("en"), m_plain}};
        if (!m_chinese->isEmpty())
            data.insert(QStringLiteral("zh_CN"), *m_chinese);
        return data;
    }
    QJsonArray args;
    for (const auto& arg : m_args) {
        args << std::visit(Overloaded{
                               [](const QString& s) { return QJsonValue(s); },
                               [](const Message& m) { return m.toData(); },
                               [](qlonglong v) { return QJsonValue(QString::number(v)); },
                               [](qulonglong v) { return QJsonValue(QString::number(v)); },
                               [](const Arg::Number& v) { return QJsonValue(QString::number(v.value, v.format, v.precision).rightJustified(v.fieldWidth)); },
                               [](const Arg::Count& v) { return QJsonValue(QJsonObject{{QStringLiteral("count"), qint64(qMin<quint64>(v.value, quint64(1) << 53))}}); },
                               [](const Arg::Bytes& v) { return QJsonValue(QJsonObject{{QStringLiteral("bytes"), qint64(qMin<quint64>(v.value, quint64(1) << 53))}}); },
                           },
                           arg->value);
    }
    if (m_joined)
        return QJsonObject{{QStringLiteral("joined"), m_plain}, {QStringLiteral("parts"), args}};
    if (!m_source) {
        if (args.isEmpty())
            return m_plain;
        return QJsonObject{{QStringLiteral("plain"), m_plain}, {QStringLiteral("args"), args}};
    }
    QJsonObject data{{QStringLiteral("context"), QString::fromUtf8(m_context)}, {QStringLiteral("source"), QString::fromUtf8(m_source)}};
    if (m_disambiguation)
        data.insert(QStringLiteral("disambiguation"), QString::fromUtf8(m_disambiguation));
    if (m_n >= 0)
        data.insert(QStringLiteral("n"), m_n);
    if (!args.isEmpty())
        data.insert(QStringLiteral("args"), args);
    return data;
}

// Reads what toData wrote, counting what it reads, so a hostile report can make neither a deep nor a wide message.
struct Message::DataReader {
    int parts = 0;
    DataState state = DataState::Read;
    Message* error;

    bool bad(const Message& why)
    {
        *error = why;
        state = DataState::Bad;
        return false;
    }
    static Message why(const char* source) { return Message::translatable("Message", source); }

    bool text(const QJsonValue& value, QString* out)
    {
        if (!value.isString())
            return bad(why(QT_TRANSLATE_NOOP("Message", "a text of the message is not a string")));
        *out = value.toString();
        if (out->size() > kDataText)
            return bad(why(QT_TRANSLATE_NOOP("Message", "a text of the message is longer than a report writes")));
        return true;
    }

    bool count(const QJsonValue& value, quint64* out)
    {
        const qint64 number = value.toInteger(-1);
        if (number < 0 || number > (qint64(1) << 53))
            return bad(why(QT_TRANSLATE_NOOP("Message", "a count of the message is not a whole number of at most 2^53")));
        *out = quint64(number);
        return true;
    }

    bool args(const QJsonValue& value, int depth, Message* into)
    {
        if (value.isUndefined())
            return true;
        if (!value.isArray())
            return bad(why(QT_TRANSLATE_NOOP("Message", "the arguments of the message are not a list")));
        for (const QJsonValue& arg : value.toArray()) {
            if (arg.isString()) {
                QString s;
                if (!part() || !text(arg, &s))
                    return false;
                into->arg(s);
                continue;
            }
            const QJsonObject object = arg.toObject();
            if (arg.isObject() && (object.contains(QLatin1String("count")) || object.contains(QLatin1String("bytes")))) {
                quint64 n = 0;
                if (!part() || object.size() != 1)
                    return state != DataState::Bad ? bad(why(QT_TRANSLATE_NOOP("Message", "a count of the message has more than its number"))) : false;
                if (!count(object.begin().value(), &n))
                    return false;
                object.contains(QLatin1String("count")) ? into->argCount(n) : into->argBytes(n);
                continue;
            }
            Message nested;
            if (!read(arg, depth + 1, &nested))
                return false;
            into->arg(nested);
        }
        return true;
    }

    bool part()
    {
        if (++parts > kDataParts)
            return bad(why(QT_TRANSLATE_NOOP("Message", "the message has more parts than a report writes")));
        return true;
    }

    // False when the data is bad; an unknown text only marks the state, so the rest is still checked.
    bool read(const QJsonValue& value, int depth, Message* out)
    {
        if (depth > kDataDepth)
            return bad(why(QT_TRANSLATE_NOOP("Message", "the message is nested deeper than a report writes")));
        if (!part())
            return false;
        if (value.isString()) {
            QString s;
            if (!text(value, &s))
                return false;
            *out = plain(s);
            return true;
        }
        if (!value.isObject())
            return bad(why(QT_TRANSLATE_NOOP("Message", "a part of the message is neither text nor an object")));
        const QJsonObject object = value.toObject();
        if (object.contains(QLatin1String("source"))) {
            QString context, source, disambiguation;
            if (!text(object.value(QLatin1String("context")), &context) || !text(object.value(QLatin1String("source")), &source))
                return false;
            const QJsonValue hasDisambiguation = object.value(QLatin1String("disambiguation"));
            if (!hasDisambiguation.isUndefined() && !text(hasDisambiguation, &disambiguation))
                return false;
            const QJsonValue n = object.value(QLatin1String("n"));
            const qint64 number = n.isUndefined() ? -1 : n.toInteger(-2);
            if (number < -1 || number > std::numeric_limits<int>::max())
                return bad(why(QT_TRANSLATE_NOOP("Message", "the number of a plural message is not a whole number")));
            auto owned = std::make_shared<Owned>(Owned{context.toUtf8(), source.toUtf8(), disambiguation.toUtf8()});
            const char* disambiguationText = hasDisambiguation.isUndefined() ? nullptr : owned->disambiguation.constData();
            // Only a text the program has is translated; what it is filled with is the report's, escaped when shown.
            // A NUL would end the text looked up early, so "known\0anything" would pass for "known".
            const bool hasNul = context.contains(QChar(0)) || source.contains(QChar(0)) || disambiguation.contains(QChar(0));
            if (hasNul || !TextRenderer::catalogueHas(owned->context.constData(), owned->source.constData(), disambiguationText, int(number)))
                state = DataState::Unknown;
            *out = translatable(owned->context.constData(), owned->source.constData(), disambiguationText, int(number));
            out->m_owned = std::move(owned);
            return args(object.value(QLatin1String("args")), depth, out);
        }
        if (object.contains(QLatin1String("en"))) {
            QString english, chinese;
            if (!text(object.value(QLatin1String("en")), &english) ||
                (object.contains(QLatin1String("zh_CN")) && !text(object.value(QLatin1String("zh_CN")), &chinese)))
                return false;
            *out = perLanguage(english, chinese);
            return true;
        }
        if (object.contains(QLatin1String("joined"))) {
            QString separator;
            if (!text(object.value(QLatin1String("joined")), &separator))
                return false;
            out->m_joined = true;
            out->m_plain = escapeControl(separator);  // the program's are its own ("\n"); a report's is shown as text
            // The parts of a joined message are messages, never bare numbers.
            const QJsonValue list = object.value(QLatin1String("parts"));
            if (!list.isArray())
                return bad(why(QT_TRANSLATE_NOOP("Message", "the arguments of the message are not a list")));
            for (const QJsonValue& item : list.toArray()) {
                Message nested;
                if (!read(item, depth + 1, &nested))
                    return false;
                out->arg(nested);
            }
            return true;
        }
        if (object.contains(QLatin1String("plain"))) {
            QString s;
            if (!text(object.value(QLatin1String("plain")), &s))
                return false;
            *out = plain(s);
            return args(object.value(QLatin1String("args")), depth, out);
        }
        state = DataState::Unknown;  // a kind of message a newer version writes
        return true;
    }
};

Message::DataState Message::fromData(const QJsonValue& data, Message* out, Message* error)
{
    DataReader reader{0, DataState::Read, error};
    Message message;
    if (!reader.read(data, 1, &message))
        return DataState::Bad;
    if (reader.state == DataState::Read)
        *out = std::move(message);
    return reader.state;
}

QString Message::id() const
{
    return m_source ? QString::fromUtf8(m_context) + QLatin1Char('/') + QString::fromUtf8(m_source)
                    : m_joined ? QStringLiteral("joined") : QStringLiteral("plain");
}

QStringList renderAll(const Messages& messages, const TextRenderer& renderer)
{
    QStringList lines;
    for (const Message& message : messages)
        lines << message.render(renderer);
    return lines;
}

QString escapeControl(const QString& text)
{
    // Bidirectional controls too: U+202E turns "SRV-\u202Egnp.exe" into what reads as "SRV-exe.png".
    auto isControl = [](QChar c) {
        const char16_t u = c.unicode();
        return u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029 || u == 0x061c || u == 0x200e ||
               u == 0x200f || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
    };
    // The common case, text with none, looked for in a plain loop over the characters (a fleet page escapes every
    // summary and name of ten thousand machines): printable ASCII, then the test above for anything else.
    const char16_t* const chars = reinterpret_cast<const char16_t*>(text.constData());
    const qsizetype size = text.size();
    qsizetype first = 0;
    while (first < size && ((chars[first] >= 0x20 && chars[first] < 0x7f) || (chars[first] >= 0xa0 && !isControl(QChar(chars[first])))))
        ++first;
    if (first == size)
        return text;
    QString out;
    for (const QChar c : text) {
        if (!isControl(c)) {
            out += c;
        } else if (c == QLatin1Char('\n')) {
            out += QLatin1String("\\n");
        } else if (c == QLatin1Char('\r')) {
            out += QLatin1String("\\r");
        } else if (c == QLatin1Char('\t')) {
            out += QLatin1String("\\t");
        } else {
            out += QStringLiteral("\\x%1").arg(c.unicode(), c.unicode() > 0xff ? 4 : 2, 16, QLatin1Char('0'));
        }
    }
    return out;
}

}  // namespace mars
