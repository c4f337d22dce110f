// Text as data: what a check says is rendered when shown, in the language asked for, with its arguments filled once.
#include "checks/Message.h"
#include "checks/CheckResult.h"
#include "checks/registration/ClockCheck.h"
#include "tests/support/CatchQt.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace mars;

TEST_CASE("arguments fill the lowest placeholders first, all at once, as QString::arg does", "[message]")
{
    const TextRenderer english;
    CHECK(Message::plain(QStringLiteral("%2 then %1")).arg(QStringLiteral("a"), QStringLiteral("b")).render(english) == "b then a");
    // An argument holding a placeholder is not filled again (a path may contain "%1").
    CHECK(Message::plain(QStringLiteral("%1 and %2")).arg(QStringLiteral("C:\\%2dir"), QStringLiteral("x")).render(english) == "C:\\%2dir and x");
    CHECK(Message::plain(QStringLiteral("100% of %1")).arg(3).render(english) == "100% of 3");
    CHECK(Message::plain(QStringLiteral("%1")).arg(2.5, 0, 'f', 1).render(english) == "2.5");
}

TEST_CASE("counts and sizes are formatted in the renderer's locale, when rendered", "[message]")
{
    const Message message = Message::plain(QStringLiteral("%1 files, %2")).argCount(100000).argBytes(1536);
    CHECK(message.render(TextRenderer()) == "100,000 files, 1.50 KiB");
    const TextRenderer german(nullptr, QLocale(QLocale::German, QLocale::Germany), QStringLiteral("de"));
    CHECK(message.render(german) == "100.000 files, 1,50 KiB");
}

TEST_CASE("control characters in names are escaped wherever a message is rendered", "[message]")
{
    const QString forged = QStringLiteral("ro\n2026-12-01 00:00:00.000 info fix: changed: FORGED.tmp\x1b[2J");
    const QString rendered = Message::plain(QStringLiteral("left: %1")).arg(forged).render(TextRenderer());
    CHECK_FALSE(rendered.contains(QLatin1Char('\n')));
    CHECK_FALSE(rendered.contains(QChar(0x1b)));
    CHECK(rendered == "left: ro\\n2026-12-01 00:00:00.000 info fix: changed: FORGED.tmp\\x1b[2J");
    CHECK(Message::plain(forged).render(TextRenderer()).count(QLatin1Char('\n')) == 0);
    CHECK(escapeControl(QStringLiteral("tab\there")) == "tab\\there");
}

TEST_CASE("bidirectional controls in names are escaped with the other controls, in messages and on their own", "[message]")
{
    // "SRV-<RLO>gnp.exe" would read as "SRV-exe.png".
    const QString spoofed = QStringLiteral("SRV-\u202Egnp.exe");
    const QString rendered = Message::plain(QStringLiteral("machine: %1")).arg(spoofed).render(TextRenderer());
    CHECK(rendered == "machine: SRV-\\x202egnp.exe");
    CHECK(Message::plain(spoofed).render(TextRenderer()) == "SRV-\\x202egnp.exe");
    for (const char16_t bidi : {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C}) {
        const QString escaped = escapeControl(QStringLiteral("a") + QChar(bidi) + QStringLiteral("b"));
        INFO(int(bidi));
        CHECK(escaped == QStringLiteral("a\\x%1b").arg(int(bidi), 4, 16, QLatin1Char('0')));
    }
    // Letters of right-to-left scripts are text, not controls: they stay.
    CHECK(escapeControl(QStringLiteral("\u05D0\u0627")) == QStringLiteral("\u05D0\u0627"));
}

TEST_CASE("one message renders in English and in Chinese, nested parts too", "[message]")
{
    const TextRenderer chinese = TextRenderer::forLanguage(QStringLiteral("zh_CN"));
    REQUIRE(chinese.language() == "zh_CN");
    CHECK(statusLabel(Status::Pass).render(TextRenderer()) == "Passed");
    CHECK(statusLabel(Status::Pass).render(chinese) == QStringLiteral("通过"));
    const Message offset = ClockCheck::describeOffset(185);
    CHECK(offset.render(TextRenderer()) == "3 min 5 s behind");
    CHECK(offset.render(chinese) == QStringLiteral("慢了 3 分 5 秒"));
}

TEST_CASE("the clock fix's plan keeps every unit of the amount in both languages", "[message][clock]")
{
    // The amount used to be cut from the translated "… behind" text by its last word: "慢了 3 分 5".
    const TextRenderer chinese = TextRenderer::forLanguage(QStringLiteral("zh_CN"));
    CHECK(ClockCheck::describeAmount(-185).render(chinese) == QStringLiteral("3 分 5 秒"));
    CHECK(ClockCheck::describeAmount(-185).render(TextRenderer()) == "3 min 5 s");
}

TEST_CASE("a list's separator is the language's punctuation, and a text given only in English says so in Chinese", "[message][zh]")
{
    const TextRenderer chinese = TextRenderer::forLanguage(QStringLiteral("zh_CN"));
    REQUIRE(chinese.language() == "zh_CN");
    const Message list = Message::list({statusLabel(Status::Pass), statusLabel(Status::Fail)});
    CHECK(list.render(TextRenderer()) == "Passed; Failed");
    CHECK(list.render(chinese) == statusLabel(Status::Pass).render(chinese) + QStringLiteral("；") + statusLabel(Status::Fail).render(chinese));
    // Layout, not punctuation: kept as it is in every language.
    const Message lines = Message::joined({statusLabel(Status::Pass), statusLabel(Status::Fail)}, QStringLiteral("\n"));
    CHECK(lines.render(chinese).contains(QLatin1Char('\n')));
    // Sentences one after another: a space in English; none after a Chinese full stop, which is its own space.
    const Message sentences = Message::sentences({Message::perLanguage("One.", QStringLiteral("一。")), Message::perLanguage("Two.", QStringLiteral("二。"))});
    CHECK(sentences.render(TextRenderer()) == "One. Two.");
    CHECK(sentences.render(chinese) == QStringLiteral("一。二。"));
    const Message englishOnly = Message::perLanguage(QStringLiteral("Contoso lab"), QString());
    CHECK(englishOnly.render(chinese) == QStringLiteral("Contoso lab（英文原文：未提供此语言的文本）"));
    CHECK(englishOnly.render(TextRenderer()) == QStringLiteral("Contoso lab"));
}

TEST_CASE("joined messages render each part in the same language", "[message]")
{
    const Message joined = Message::joined({statusLabel(Status::Pass), statusLabel(Status::Fail)}, QStringLiteral("\n"));
    CHECK(joined.render(TextRenderer()) == "Passed\nFailed");
    CHECK_FALSE(joined.isEmpty());
    CHECK(Message().isEmpty());
}

namespace {
// The message a report would write, read back as another machine's fleet page reads it.
Message readBack(const Message& message)
{
    Message read, why;
    REQUIRE(Message::fromData(message.toData(), &read, &why) == Message::DataState::Read);
    CHECK(why.isEmpty());
    return read;
}

Message::DataState stateOf(const QByteArray& json, Message* why)
{
    Message read;
    return Message::fromData(QJsonDocument::fromJson("[" + json + "]").array().at(0), &read, why);
}
}  // namespace

TEST_CASE("a message as data is rendered again in either language, its counts and sizes in that language's locale", "[message][data]")
{
    const TextRenderer chinese = TextRenderer::forLanguage(QStringLiteral("zh_CN"));
    REQUIRE(chinese.language() == "zh_CN");
    const Message offset = ClockCheck::describeOffset(185);
    CHECK(readBack(offset).render(chinese) == QStringLiteral("慢了 3 分 5 秒"));
    CHECK(readBack(offset).render(TextRenderer()) == "3 min 5 s behind");
    // Nested messages, names (escaped when shown), counts and sizes, numbers.
    const Message nested = Message::translatable("mars::ReportReader", "The file is larger than any report (%1; at most %2).")
                               .argBytes(1536).argBytes(4 * 1024 * 1024);
    const Message named = Message::plain(QStringLiteral("%1 / %2 / %3")).arg(QStringLiteral("SRV\x1b<b>")).arg(nested).argCount(100000);
    const Message back = readBack(named);
    CHECK(back.render(TextRenderer()) == named.render(TextRenderer()));
    CHECK(back.render(TextRenderer()) == "SRV\\x1b<b> / The file is larger than any report (1.50 KiB; at most 4.00 MiB). / 100,000");
    CHECK(back.render(chinese) == named.render(chinese));
    CHECK_FALSE(back.render(chinese).contains("The file is larger"));
    const Message joined = Message::joined({statusLabel(Status::Pass), Message::perLanguage("Contoso cloud", QStringLiteral("世纪互联"))}, " | ");
    CHECK(readBack(joined).render(chinese) == joined.render(chinese));
    CHECK(readBack(joined).render(TextRenderer()) == "Passed | Contoso cloud");
    // A report's separator is the report's text: its control characters escaped, as every other text of it.
    CHECK(readBack(Message::joined({Message::plain("a"), Message::plain("b")}, "\x1b\n")).render(TextRenderer()) == "a\\x1b\\nb");
    // A plain text stays a plain string in the report: an OS text or a name reads the same in every language.
    CHECK(Message::plain("Access is denied.").toData() == QJsonValue("Access is denied."));
    CHECK(readBack(Message::plain("Access is denied.")).render(chinese) == "Access is denied.");
}

TEST_CASE("a message as data that names a text this program does not have is not translated, nor used", "[message][data]")
{
    Message why;
    CHECK(stateOf(R"({"context":"mars::AdminRightsCheck","source":"%1 is not a local administrator.","args":["x"]})", &why) == Message::DataState::Read);
    CHECK(stateOf(R"({"context":"mars::AdminRightsCheck","source":"A text of a newer version: %1","args":["x"]})", &why) == Message::DataState::Unknown);
    CHECK(stateOf(R"({"context":"mars::SomethingElse","source":"%1 is not a local administrator."})", &why) == Message::DataState::Unknown);
    // Known outside, unknown inside: the whole message is unknown.
    CHECK(stateOf(R"({"context":"mars::AdminRightsCheck","source":"%1 is not a local administrator.","args":[{"context":"x","source":"y"}]})", &why) ==
          Message::DataState::Unknown);
    CHECK(stateOf(R"({"kind":"of a newer version"})", &why) == Message::DataState::Unknown);
    CHECK(stateOf(R"({"context":"mars::AdminRightsCheck","source":"%1 is not a local administrator.\u0000 or so"})", &why) == Message::DataState::Unknown);
    // The message an unknown text would have been is left untouched.
    Message out = Message::plain("kept");
    Message::fromData(QJsonDocument::fromJson(R"([{"context":"c","source":"s"}])").array().at(0), &out, &why);
    CHECK(out.render(TextRenderer()) == "kept");
}

TEST_CASE("a message as data that is not such data, or is deeper, wider or longer than a report writes, is refused with a reason", "[message][data]")
{
    const auto refused = [](const QByteArray& json, const char* reason) {
        Message why;
        INFO(json.left(200).toStdString());
        CHECK(stateOf(json, &why) == Message::DataState::Bad);
        CHECK(why.render(TextRenderer()).contains(QLatin1String(reason)));
    };
    refused("42", "neither text nor an object");
    refused("null", "neither text nor an object");
    refused(R"({"context":7,"source":"s"})", "not a string");
    refused(R"({"context":"c","source":"s","args":"x"})", "not a list");
    refused(R"({"context":"c","source":"s","args":[[1]]})", "neither text nor an object");
    refused(R"({"context":"c","source":"s","n":1.5})", "plural");
    refused(R"({"plain":"%1","args":[{"count":-1}]})", "whole number");
    refused(R"({"plain":"%1","args":[{"count":1,"bytes":2}]})", "more than its number");
    refused(R"({"joined":" ","parts":[1]})", "neither text nor an object");
    // Levels of messages: a string argument at the bottom is none.
    QByteArray deep = R"("x")";
    for (int i = 0; i <= Message::kDataDepth; ++i)
        deep = R"({"plain":"%1","args":[)" + deep + "]}";
    refused(deep, "nested deeper");
    QByteArray wide = R"({"plain":"","args":[)";
    for (int i = 0; i < Message::kDataParts; ++i)
        wide += R"("x",)";
    refused(wide + R"("x"]})", "more parts");
    refused("\"" + QByteArray(Message::kDataText + 1, 'a') + "\"", "longer than");
    // Exactly at the bounds: read.
    QByteArray deepest = R"("x")";
    for (int i = 0; i < Message::kDataDepth; ++i)
        deepest = R"({"plain":"%1","args":[)" + deepest + "]}";
    Message why;
    CHECK(stateOf(deepest, &why) == Message::DataState::Read);
}
