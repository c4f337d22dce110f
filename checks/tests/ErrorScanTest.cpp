// The scanner that finds a known error in the agent's own words: only the IDs of AgentErrors (decimal and 0x hex)
// and the documented fragments of their messages, never a guessed log format; the line shown escaped and bounded.
#include "checks/errors/ErrorScan.h"

#include <catch2/catch.hpp>

using namespace mars;

namespace {
QString idIn(const QString& line)
{
    const auto found = knownErrorInLine(line);
    return found ? found->match.idText() : QString();
}
}  // namespace

TEST_CASE("an error ID is found as a whole number, in decimal or in hex", "[errors][scan]")
{
    CHECK(idIn(QStringLiteral("Registration failed with error 34513")) == QStringLiteral("34513"));
    CHECK(idIn(QStringLiteral("34513")) == QStringLiteral("34513"));
    CHECK(idIn(QStringLiteral("hr=0x86D1 while reading the file")) == QStringLiteral("34513"));  // 34513 in hex
    CHECK(idIn(QStringLiteral("Internal service error 0x1FC07")) == QStringLiteral("0x1FC07"));
    CHECK(idIn(QStringLiteral("code 0x1fc07.")) == QStringLiteral("0x1FC07"));
    CHECK(idIn(QStringLiteral("failed: 130055")) == QStringLiteral("0x1FC07"));  // 0x1FC07 in decimal
    CHECK(idIn(QStringLiteral("[Error 230006] the resource was not provisioned")) == QStringLiteral("230006"));
    CHECK(knownErrorInLine(QStringLiteral("Error 34513"))->byId);
}

TEST_CASE("a number that only contains an ID is not that error", "[errors][scan]")
{
    CHECK(idIn(QStringLiteral("Agent version 2.0.9083.0 started")).isEmpty());  // a version's parts
    CHECK(idIn(QStringLiteral("wrote 345130 bytes")).isEmpty());
    CHECK(idIn(QStringLiteral("id=1345130")).isEmpty());
    CHECK(idIn(QStringLiteral("session a34513b")).isEmpty());
    CHECK(idIn(QStringLiteral("port 34513x")).isEmpty());
    CHECK(idIn(QStringLiteral("0x1FC0789")).isEmpty());  // another hex number that begins the same
    CHECK(idIn(QStringLiteral("nothing to see here")).isEmpty());
}

TEST_CASE("an ID under five digits counts only right after the word error", "[errors][scan]")
{
    CHECK(idIn(QStringLiteral("thread 4024 started")).isEmpty());
    CHECK(idIn(QStringLiteral("Installation failed. Error 4024")) == QStringLiteral("4024"));
    CHECK(idIn(QStringLiteral("msiexec returned error code: 1612")) == QStringLiteral("1612"));
    CHECK(idIn(QStringLiteral("ERROR=10054")) == QStringLiteral("10054"));  // five digits: also alone
    CHECK(idIn(QStringLiteral("read 10054 records")) == QStringLiteral("10054"));
    CHECK(idIn(QStringLiteral("Error 1612 and more")) == QStringLiteral("1612"));
    // The 403 of a vault file's download is the portal's, never written by the agent.
    CHECK(idIn(QStringLiteral("HTTP error 403")).isEmpty());
}

TEST_CASE("a documented fragment of the agent's message is found in any case, and an ID wins over the words", "[errors][scan]")
{
    const auto byWords = knownErrorInLine(QStringLiteral("12/07 09:14 WARNING INVALID VAULT CREDENTIALS PROVIDED. The file is corrupt"));
    REQUIRE(byWords);
    CHECK(byWords->match.idText() == QStringLiteral("34513"));
    CHECK_FALSE(byWords->byId);
    CHECK(idIn(QStringLiteral("An existing connection was forcibly closed by the remote host")) == QStringLiteral("10054"));
    CHECK(idIn(QStringLiteral("Resource not provisioned in service stamp")) == QStringLiteral("230006"));
    CHECK(idIn(QStringLiteral("Registration status could not be verified")) == QStringLiteral("registration-not-verified"));
    // The ID in the line decides, whatever words are beside it.
    CHECK(idIn(QStringLiteral("Invalid vault credentials provided (error 100050)")) == QStringLiteral("100050"));
}

TEST_CASE("the newest line that names an error is the one found", "[errors][scan]")
{
    const QString log = QStringLiteral("start\r\nError 34513 first\r\nsomething else\r\nerror 0x1FC07 later\r\nfinished\r\n");
    const auto found = newestKnownError(log);
    REQUIRE(found);
    CHECK(found->match.idText() == QStringLiteral("0x1FC07"));
    CHECK(found->shown == QStringLiteral("error 0x1FC07 later"));  // no carriage return left in it
    CHECK_FALSE(newestKnownError(QStringLiteral("a\nb\nc")).has_value());
    CHECK_FALSE(newestKnownError(QString()).has_value());
}

TEST_CASE("the line shown has its control and bidirectional characters escaped", "[errors][scan]")
{
    const QString line = QStringLiteral("Error 34513 \x1b[31mred\x1b[0m in SRV-") + QChar(0x202E) + QStringLiteral("gnp.exe\tend");
    const auto found = knownErrorInLine(line);
    REQUIRE(found);
    CHECK_FALSE(found->shown.contains(QChar(0x1b)));
    CHECK_FALSE(found->shown.contains(QChar(0x202E)));
    CHECK_FALSE(found->shown.contains(QLatin1Char('\t')));
    CHECK(found->shown.contains(QStringLiteral("\\x1b[31m")));
    CHECK(found->shown.contains(QStringLiteral("\\x202e")));
}

TEST_CASE("a long line is shown around its match, cut and marked", "[errors][scan]")
{
    // Words, not one run of letters: 3,000 letters in a row are shaped like base64 and would be masked to a few.
    const QString line = QStringLiteral("aa ").repeated(1000) + QStringLiteral(" error 34513 ") + QStringLiteral("bb ").repeated(1000);
    const auto found = knownErrorInLine(line);
    REQUIRE(found);
    CHECK(found->shown.contains(QStringLiteral("error 34513")));
    CHECK(found->shown.startsWith(QStringLiteral("…")));
    CHECK(found->shown.endsWith(QStringLiteral("…")));
    CHECK(found->shown.size() <= kMaxShownLineChars + 2);
    // Past the bound of a line's scan: not read, so not found.
    const QString beyond = QString(kMaxScannedLineChars, QLatin1Char('x')) + QStringLiteral(" error 34513");
    CHECK_FALSE(knownErrorInLine(beyond).has_value());
    // A surrogate pair is never cut in half at either end.
    const QString emoji = QStringLiteral("\U0001F600");
    QString pairs;
    for (int i = 0; i < 400; ++i)
        pairs += emoji;
    const auto aroundPairs = knownErrorInLine(pairs + QStringLiteral("x error 34513 ") + pairs);
    REQUIRE(aroundPairs);
    for (qsizetype i = 0; i < aroundPairs->shown.size(); ++i) {
        if (aroundPairs->shown[i].isHighSurrogate())
            CHECK((i + 1 < aroundPairs->shown.size() && aroundPairs->shown[i + 1].isLowSurrogate()));
        if (aroundPairs->shown[i].isLowSurrogate())
            CHECK((i > 0 && aroundPairs->shown[i - 1].isHighSurrogate()));
    }
}

TEST_CASE("only the newest lines are read, however many the text holds", "[errors][scan]")
{
    QString log = QStringLiteral("Error 34513 long ago\n");
    for (qsizetype i = 0; i < kMaxScannedLines; ++i)
        log += QStringLiteral("line\n");
    CHECK_FALSE(newestKnownError(log).has_value());  // beyond the bound: not read
    log += QStringLiteral("Error 34528 now\n");
    REQUIRE(newestKnownError(log));
    CHECK(newestKnownError(log)->match.idText() == QStringLiteral("34528"));
}

TEST_CASE("the line shown masks what the agent's log caught: a SAS, an account key, a token", "[errors][scan][secrets]")
{
    const QString sas = QStringLiteral("sv=2021-08-06&se=2026-12-08&sp=rw&sig=CANARYsasSIGNATUREabcdef0123456789%3D");
    const QString line = QStringLiteral("09:14 Upload to https://x.blob.core.windows.net/c?%1 failed. Error 34513. "
                                        "AccountKey=CANARYaccountKEYabcdef0123456789==; Bearer CANARYtokenABCDEFGHIJKLMNOP")
                             .arg(sas);
    const auto found = knownErrorInLine(line);
    REQUIRE(found);
    CHECK(found->match.idText() == QStringLiteral("34513"));
    INFO(found->shown.toStdString());
    CHECK(found->shown.contains(QStringLiteral("34513")));
    CHECK_FALSE(found->shown.contains(QStringLiteral("CANARY")));
    CHECK(found->shown.contains(QStringLiteral("<removed")));
}
