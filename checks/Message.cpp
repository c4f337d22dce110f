#include "Message.h"

#include <QDir>
#include <QJsonObject>
#include <QJsonValue>
#include <QMutex>
#include <QTranslator>

#include <algorithm>
#include <variant>

namespace mars {

struct Message::Arg {
    struct Count { quint64 value; };
    struct Bytes { quint64 value; };
    struct Number { double value; int fieldWidth; char format; int precision; };
    std::variant<QString, Message, qlonglong, qulonglong, Number, Count, Bytes> value;
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

QString Message::render(const TextRenderer& renderer) const
{
    if (m_joined) {
        QStringList parts;
        for (const auto& arg : m_args)
            parts << std::get<Message>(arg->value).render(renderer);
        return parts.join(m_plain);
    }
    if (m_chinese) {
        if (renderer.language() == QLatin1String("zh_CN"))
            return m_chinese->isEmpty()
                       ? renderer.translate("Message", QT_TRANSLATE_NOOP("Message", "%1 (in English: no text in this language was given)"), nullptr, -1)
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
    // filled once, so an argument that itself holds "%1" stays as it is.
    QList<int> numbers;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('%'))
            continue;
        qsizetype j = i + 1;
        if (j < text.size() && text[j] == QLatin1Char('L'))
            ++j;
        int number = 0;
        while (j < text.size() && text[j].isDigit() && number < 100)
            number = number * 10 + text[j++].digitValue();
        if (number > 0 && !numbers.contains(number))
            numbers << number;
    }
    std::sort(numbers.begin(), numbers.end());
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('%') && i + 1 < text.size()) {
            qsizetype j = i + 1;
            if (text[j] == QLatin1Char('L'))
                ++j;
            int number = 0;
            const qsizetype digits = j;
            while (j < text.size() && text[j].isDigit() && number < 100)
                number = number * 10 + text[j++].digitValue();
            const qsizetype index = numbers.indexOf(number);
            if (j > digits && index >= 0 && index < values.size()) {
                out += values[index];
                i = j - 1;
                continue;
            }
        }
        out += text[i];
    }
    return out;
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
    if (std::none_of(text.begin(), text.end(), isControl))
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
