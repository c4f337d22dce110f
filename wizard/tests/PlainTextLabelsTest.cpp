// What a check found is data, and data is shown as it is: a vault file whose AadAuthority holds markup must not draw
// a red "Vault OK" heading and a picture from disk inside a Failed row (issue 21, item 10).
#include "checks/Catalog.h"
#include "checks/registration/VaultCredentialsCheck.h"
#include "checks/TypedIds.h"
#include "wizard/CheckRow.h"

#include "tests/support/CatchQt.h"

#include <QLabel>
#include <QPushButton>

using namespace mars;

namespace {
const QString kMarkup = QStringLiteral("<h1 style=color:red>Vault OK - no action needed</h1><img src=/etc/hostname>");
}

TEST_CASE("a verdict, a status and a title that hold markup are shown as plain text", "[gui][plain-text]")
{
    const CheckSpec* spec = findCheck(id<VaultCredentialsCheck>());
    REQUIRE(spec);
    CheckRow row(*spec);
    CheckResult result;
    result.status = Status::Fail;
    result.summary = Message::plain(QStringLiteral("The vault file names an unknown authority: ") + kMarkup);
    result.evidence << Message::plain(QStringLiteral("AadAuthority: ") + kMarkup);
    row.setResult(result, CheckContext());

    for (const char* name : {"verdict", "title", "statusWord", "errorCauseMark"}) {
        auto* label = row.findChild<QLabel*>(QLatin1String(name));
        INFO(name);
        REQUIRE(label);
        CHECK(label->textFormat() == Qt::PlainText);
    }
    auto* verdict = row.findChild<QLabel*>(QStringLiteral("verdict"));
    CHECK(verdict->text().contains(QStringLiteral("<h1 style=color:red>")));
    // The evidence is a list built as markup: the data in it is escaped, so no tag of the file's survives.
    auto* evidence = row.findChild<QLabel*>(QStringLiteral("evidence"));
    REQUIRE(evidence);
    CHECK(evidence->textFormat() == Qt::RichText);
    CHECK(evidence->text().contains(QStringLiteral("&lt;h1 style=color:red&gt;")));
    CHECK_FALSE(evidence->text().contains(QStringLiteral("<h1")));
    CHECK_FALSE(evidence->text().contains(QStringLiteral("<img")));
}
