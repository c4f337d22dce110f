#pragma once
// Text as data. A check says what it found as a Message: the English source, its translation context, and typed
// arguments (counts, sizes, paths, names, nested messages). Nothing is translated or formatted until it is shown, so
// the window can change language without running a check again, and a report can be rendered in another language
// than the window's.
#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

class QJsonValue;
class QTranslator;

namespace mars {

// A language to render in: its translator (none for English, the source language) and its locale.
class TextRenderer {
public:
    TextRenderer() = default;  // English, C-like number formatting with grouping
    TextRenderer(std::shared_ptr<const QTranslator> translator, QLocale locale, QString language);

    // The project's catalogue for `language` ("en" or "zh_CN"); English when there is none for it.
    static TextRenderer forLanguage(const QString& language);
    // What the window shows now. Set on the UI thread only, when the language changes.
    static TextRenderer current();  // a copy: workers may read it while the UI thread sets it
    static void setCurrent(const TextRenderer& renderer);

    QString translate(const char* context, const char* source, const char* disambiguation, int n) const;
    // Whether the program's catalogue has this text: what a message read from another machine's report may name. Every
    // text of the program has a zh_CN translation (the test translations_complete), so that catalogue lists them all.
    static bool catalogueHas(const char* context, const char* source, const char* disambiguation, int n);
    const QLocale& locale() const { return m_locale; }
    QString language() const { return m_language; }

private:
    std::shared_ptr<const QTranslator> m_translator;
    QLocale m_locale{QLocale::English, QLocale::UnitedStates};
    QString m_language = QStringLiteral("en");
};

class Message {
public:
    Message() = default;
    static Message translatable(const char* context, const char* source, const char* disambiguation = nullptr, int n = -1);
    static Message plain(const QString& text);  // shown as it is: an OS error text, a name, a host
    // Data that comes in the program's languages (a cloud profile's note): the reader's, else the English one and a
    // word that it is English because the data gives no text in the reader's language.
    static Message perLanguage(const QString& english, const QString& chinese);
    // The same from a data file's value: {"en": ..., "zh_CN": ...}, or a plain string (English). Anything else: empty.
    static Message perLanguage(const QJsonValue& data);
    static Message joined(const QList<Message>& parts, const QString& separator);  // e.g. the lines of a plan
    // Items of a list ("A; B"): the separator is each language's ("；" in Chinese).
    static Message list(const QList<Message>& parts);
    // Sentences one after another: a space between them, none after a full-width full stop ("一。二。").
    static Message sentences(const QList<Message>& parts);

    // Arguments fill %1, %2, ... in order, all at once at render time (a path holding "%2" is not filled again).
    Message& arg(const QString& text);  // verbatim; control characters are escaped when rendered
    Message& arg(const Message& nested);
    Message& arg(int number) { return arg(qlonglong(number)); }
    Message& arg(uint number) { return arg(qulonglong(number)); }
    Message& arg(long number) { return arg(qlonglong(number)); }
    Message& arg(unsigned long number) { return arg(qulonglong(number)); }
    Message& arg(qlonglong number);
    Message& arg(qulonglong number);
    Message& arg(double number, int fieldWidth = 0, char format = 'g', int precision = -1);
    Message& argCount(quint64 count);  // grouped in the renderer's locale: "100,000"
    Message& argBytes(quint64 bytes);  // the renderer's locale's data size: "1.5 MB"
    Message& argPath(const std::filesystem::path& path);  // native separators, escaped
    template <typename A, typename B, typename... Rest>
    Message& arg(const A& a, const B& b, const Rest&... rest)
    {
        arg(a);
        return arg(b, rest...);
    }

    // The message as data, so that a report can be rendered again elsewhere in another language: a string when it is
    // plain (an OS text, a name: shown as it is in every language); {"context", "source", "disambiguation"?, "n"?,
    // "args"?}; {"en", "zh_CN"} for perLanguage; {"joined", "parts"}. An argument is a string (numbers that read the
    // same in every language are written as they render), a message, or {"count": n} / {"bytes": n}, which the
    // reader's locale formats.
    QJsonValue toData() const;
    // Such data read back from untrusted input (another machine's report). Bounded: kDataDepth levels, kDataParts
    // parts in all, kDataText characters a string. Bad: not such data (the reason in *error). Unknown: well formed,
    // but it names a text this program's catalogue does not have (a newer version's, or made up): nothing of it is
    // used, and the caller shows the report's rendered text instead.
    enum class DataState { Read, Unknown, Bad };
    static constexpr int kDataDepth = 8;
    static constexpr int kDataParts = 64;
    static constexpr int kDataText = 16 * 1024;
    static DataState fromData(const QJsonValue& data, Message* out, Message* error);

    bool isEmpty() const { return !m_source && !m_joined && m_plain.isEmpty(); }
    QString render(const TextRenderer& renderer = TextRenderer::current()) const;
    // A stable id for scripts and tests: "Context/English source", or "plain" for text that is shown as it is.
    QString id() const;
    const char* source() const { return m_source; }

    friend bool operator==(const Message& a, const Message& b) { return a.id() == b.id() && a.render(TextRenderer()) == b.render(TextRenderer()); }

private:
    struct Arg;
    struct Owned;  // the texts of a message read from data, which m_context, m_source and m_disambiguation point into
    struct DataReader;
    const char* m_context = nullptr;  // string literals: they live as long as the program
    const char* m_source = nullptr;
    const char* m_disambiguation = nullptr;
    int m_n = -1;
    QString m_plain;
    bool m_joined = false;  // m_plain is the separator between the arguments
    std::shared_ptr<const QString> m_chinese;  // perLanguage: m_plain is the English text, this the Chinese (may be empty)
    std::vector<std::shared_ptr<const Arg>> m_args;
    std::shared_ptr<const Owned> m_owned;
};
using Messages = QList<Message>;

QStringList renderAll(const Messages& messages, const TextRenderer& renderer = TextRenderer::current());
// Control characters (a newline in a file name, ESC) as \n, \t, \x1b, and bidirectional controls (U+202E as \x202e):
// a name can never forge a line of a log or report, nor show its characters in another order than they are.
QString escapeControl(const QString& text);

}  // namespace mars

// In a class that says what it found: `msg("...")` is tr() for lupdate (`-tr-function-alias tr+=msg`), but returns
// a Message for later. `tr()` stays for text the class shows at once. A QObject (which has tr() already) uses
// MARS_MESSAGE_FUNCTION with its tr() context, "mars::ClassName".
#define MARS_MESSAGE_FUNCTION(context)                                                                          \
public:                                                                                                         \
    static ::mars::Message msg(const char* source, const char* disambiguation = nullptr, int n = -1)            \
    {                                                                                                           \
        return ::mars::Message::translatable(context, source, disambiguation, n);                               \
    }                                                                                                           \
                                                                                                                \
private:

// The context is "mars::Class", as lupdate names a class in namespace mars (it does not look into this macro).
#define MARS_DECLARE_MESSAGES(context)                                                                          \
public:                                                                                                         \
    static QString tr(const char* source, const char* disambiguation = nullptr, int n = -1)                     \
    {                                                                                                           \
        return QCoreApplication::translate("mars::" #context, source, disambiguation, n);                       \
    }                                                                                                           \
    MARS_MESSAGE_FUNCTION("mars::" #context)
