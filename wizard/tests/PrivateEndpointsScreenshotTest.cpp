// The private-endpoint row as a helpdesk sees it, in English and Chinese: a vault's blob name resolving to a public
// address (Fail, the zone named), its queue name not resolving at all (Fail worded as DNS, the zone named), and every
// name private (Pass). A custom profile says private endpoints are used; a fake resolver answers (the OS resolver
// itself is tested against a loopback dnsmasq in checks/tests/PrivateEndpointsDnsTest.cpp).
// Screenshots under <build>/screenshots: private-endpoints-{public,unresolved,private}-{en,zh}.png (the row, open)
// and private-endpoints-public-{en,zh}-window.png.
#include "tests/support/Screenshots.h"
#include "tests/support/WizardHarness.h"
#include "app/Translations.h"
#include "checks/registration/PrivateEndpointsCheck.h"

#include <QApplication>
#include <QLabel>

using namespace mars;

namespace {
const QString kBackup = QStringLiteral("4418317637183488124-ab-pod01-fc1.ne.backup.windowsazure.com");
const QString kBlob = QStringLiteral("ab12ecsdata.blob.core.windows.net");
const QString kQueue = QStringLiteral("ab12ecsdata.queue.core.windows.net");
const QString kSignIn = QStringLiteral("login.microsoftonline.com");

enum class State { Public, Unresolved, Private };

QHash<QString, QStringList> answersFor(State state)
{
    switch (state) {
    case State::Public:
        return {{kBackup, {"10.10.0.4"}}, {kBlob, {"20.60.40.4"}}, {kQueue, {"10.10.0.6"}}, {kSignIn, {"20.190.151.7"}}};
    case State::Unresolved:  // the queue name absent: the fake answers "Host not found"
        return {{kBackup, {"10.10.0.4"}}, {kBlob, {"10.10.0.5"}}, {kSignIn, {"20.190.151.7"}}};
    case State::Private:
        return {{kBackup, {"10.10.0.4"}}, {kBlob, {"10.10.0.5"}}, {kQueue, {"10.10.0.6"}}, {kSignIn, {"20.190.151.7"}}};
    }
    return {};
}

// Shows the registration page with the profile saying private endpoints are used; returns the row, opened.
CheckRow* showRow(test::Harness& h, State state)
{
    h.wizard->resize(900, 760);  // room for the open row's evidence lines
    h.names->answers = answersFor(state);
    CloudProfile profile = *CloudProfiles::find(QStringLiteral("public"));
    profile.id = QStringLiteral("contoso-private");
    profile.sourceFile = QStringLiteral("C:/Support/contoso-private.json");
    profile.privateEndpoints.used = true;
    profile.privateEndpoints.names = {{"backup-service", kBackup}, {"blob", kBlob}, {"queue", kQueue}};
    CheckContext context = h.session.context();
    context.inputs.customProfile = profile;
    context.inputs.cloudId = profile.id;
    h.session.setContext(context);

    h.wizard->setStartId(MainWizard::pageIdFromName(QStringLiteral("registration")));
    h.wizard->restart();
    REQUIRE(h.waitSettled());
    CheckRow* row = h.row(QString::fromLatin1(PrivateEndpointsCheck::kId));
    REQUIRE(row);
    test::Harness::openRow(row);
    return row;
}

QString verdictOf(CheckRow* row) { return row->findChild<QLabel*>("verdict")->text(); }

void showPublicAddress(const QString& language)
{
    test::Harness h;
    CheckRow* row = showRow(h, State::Public);
    CHECK(h.shownStatus(QString::fromLatin1(PrivateEndpointsCheck::kId)) == Status::Fail);
    CHECK(verdictOf(row).contains(QStringLiteral("privatelink.blob.core.windows.net")));
    CHECK_FALSE(verdictOf(row).contains(QStringLiteral("privatelink.queue")));
    test::saveScreenshot(*row, QStringLiteral("private-endpoints-public-") + language);
    test::saveScreenshot(*h.wizard, QStringLiteral("private-endpoints-public-") + language + QStringLiteral("-window"));
}

void showUnresolved(const QString& language, const QString& dnsWord)
{
    test::Harness h;
    CheckRow* row = showRow(h, State::Unresolved);
    CHECK(h.shownStatus(QString::fromLatin1(PrivateEndpointsCheck::kId)) == Status::Fail);
    CHECK(verdictOf(row).contains(QStringLiteral("privatelink.queue.core.windows.net")));
    CHECK(verdictOf(row).contains(dnsWord));
    test::saveScreenshot(*row, QStringLiteral("private-endpoints-unresolved-") + language);
}

void showAllPrivate(const QString& language)
{
    test::Harness h;
    CheckRow* row = showRow(h, State::Private);
    CHECK(h.shownStatus(QString::fromLatin1(PrivateEndpointsCheck::kId)) == Status::Pass);
    CHECK_FALSE(verdictOf(row).contains(QStringLiteral("privatelink")));
    test::saveScreenshot(*row, QStringLiteral("private-endpoints-private-") + language);
}
}  // namespace

TEST_CASE("private endpoints in the wizard, in English: public address, not resolved, all private", "[gui][private-endpoints]")
{
    showPublicAddress(QStringLiteral("en"));
    showUnresolved(QStringLiteral("en"), QStringLiteral("DNS, not the firewall"));
    showAllPrivate(QStringLiteral("en"));
}

TEST_CASE("private endpoints in the wizard, in Simplified Chinese: public address, not resolved, all private", "[gui][zh][private-endpoints]")
{
    REQUIRE(installTranslations(*qApp, QStringLiteral("zh_CN")) == "zh_CN");
    showPublicAddress(QStringLiteral("zh"));
    showUnresolved(QStringLiteral("zh"), QStringLiteral("是 DNS 问题，不是防火墙"));
    showAllPrivate(QStringLiteral("zh"));
    installTranslations(*qApp, QStringLiteral("en"));
}
