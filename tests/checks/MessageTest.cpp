// Text as data: what a check says is rendered when shown, in the language asked for, with its arguments filled once.
#include "checks/Message.h"
#include "checks/CheckResult.h"
#include "checks/registration/ClockCheck.h"
#include "../support/CatchQt.h"

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

TEST_CASE("joined messages render each part in the same language", "[message]")
{
    const Message joined = Message::joined({statusLabel(Status::Pass), statusLabel(Status::Fail)}, QStringLiteral("\n"));
    CHECK(joined.render(TextRenderer()) == "Passed\nFailed");
    CHECK_FALSE(joined.isEmpty());
    CHECK(Message().isEmpty());
}
