// The Registration page's vault credentials row: chosen by Browse…, by dropping it on the window, or from the
// offered newest file in Downloads; and its states in English and Chinese as screenshots (vault-*.png, zh-vault-*.png).
#include "tests/support/LoopbackTokenEndpoint.h"
#include "tests/support/Screenshots.h"
#include "tests/support/VaultFiles.h"
#include "tests/support/WizardHarness.h"
#include "app/Translations.h"
#include "checks/vault/SignInRehearsal.h"
#include "checks/registration/VaultCredentialsCheck.h"
#include "checks/TypedIds.h"
#include "wizard/VaultCredentialsInput.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QUrl>

using namespace mars;

namespace {

const QString kTenant = QStringLiteral("72f988bf-0000-4000-8000-2d7cd011db47");
const QString kClient = QStringLiteral("0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b");

QString writeVault(const QString& folder, const QString& name, const QByteArray& bytes)
{
    const QString path = QDir(folder).filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    return path;
}

void openRegistration(test::Harness& h)
{
    h.wizard->setStartId(MainWizard::pageIdFromName(QStringLiteral("registration")));
    h.wizard->restart();
    REQUIRE(h.waitSettled());
}

// The row as a helpdesk sees it: scrolled into view, the input and the row together.
void shoot(test::Harness& h, const QString& name)
{
    REQUIRE(h.waitSettled());
    CheckRow* row = h.row(id<VaultCredentialsCheck>());
    REQUIRE(row);
    if (auto* scroll = h.wizard->currentPage()->findChild<QScrollArea*>())
        scroll->ensureWidgetVisible(row);
    test::saveScreenshot(*row, name);
    test::saveScreenshot(*h.wizard, name + QStringLiteral("-window"));
}

void choose(test::Harness& h, const QString& path)
{
    auto* edit = h.wizard->findChild<QLineEdit*>(QStringLiteral("vaultCredentialsEdit"));
    REQUIRE(edit);
    edit->setText(path);
    emit edit->editingFinished();
    REQUIRE(QTest::qWaitFor([&] { return !h.session.isBusy() && h.session.result(id<VaultCredentialsCheck>()).status != Status::Running; }, 10000));
}

void allStates(const QString& prefix)
{
    test::TempFolderQt folder;
    test::VaultFileFields other;
    other.aadAuthority = QStringLiteral("https://login.microsoftonline.com");
    other.idMgmtRestEndpoint = QStringLiteral("https://pod01-id1.eus.backup.windowsazure.com");
    other.location = QStringLiteral("eastus");
    test::VaultFileFields expired;
    expired.certificateBase64 = test::makeTestCertificate(-12 * 86400, -2 * 86400).pfx.toBase64();
    const test::TestCertificate cert = test::makeTestCertificate(-600, 10 * 86400);
    test::VaultFileFields signable;
    signable.certificateBase64 = cert.pfx.toBase64();

    test::Harness h;
    openRegistration(h);
    const QString good = writeVault(folder.path(), QStringLiteral("contoso-vault_2026-12-01.VaultCredentials"), test::vaultFileXml());
    choose(h, good);
    CHECK(h.shownStatus(id<VaultCredentialsCheck>()) == Status::Pass);
    shoot(h, prefix + QStringLiteral("1-valid"));

    choose(h, writeVault(folder.path(), QStringLiteral("contoso-vault_2026-11-19.VaultCredentials"), test::vaultFileXml(expired)));
    CHECK(h.shownStatus(id<VaultCredentialsCheck>()) == Status::Fail);
    shoot(h, prefix + QStringLiteral("2-expired"));

    choose(h, writeVault(folder.path(), QStringLiteral("contoso-global.VaultCredentials"), test::vaultFileXml(other)));
    CHECK(h.shownStatus(id<VaultCredentialsCheck>()) == Status::Warning);
    shoot(h, prefix + QStringLiteral("3-other-cloud"));

    h.vaultEnvironment->location = {platform::FileLocation::Kind::Network, "UNC path"};
    choose(h, good + QStringLiteral(" "));  // a different text: the check runs again
    choose(h, good);
    CHECK(h.shownStatus(id<VaultCredentialsCheck>()) == Status::Fail);
    shoot(h, prefix + QStringLiteral("4-network-path"));
    h.vaultEnvironment->location = {platform::FileLocation::Kind::Local, "fake local disk"};

    // The server is registered to another vault than the file's (the agent's record): error 100110, both named.
    h.fake->registration.applicable = true;
    h.fake->registration.vault = platform::judgeRegisteredVault(
        {{"ResourceId", {platform::RecordedValue::State::Read,
                         "/subscriptions/1a2b3c4d-1111-2222-3333-444455556666/resourceGroups/backup-rg/providers/"
                         "Microsoft.RecoveryServices/vaults/fabrikam-vault",
                         {}}}});
    choose(h, good + QStringLiteral(" "));
    choose(h, good);
    CHECK(h.shownStatus(id<VaultCredentialsCheck>()) == Status::Warning);
    CHECK(h.session.result(id<VaultCredentialsCheck>()).summary.render(TextRenderer()).contains(QLatin1String("fabrikam-vault")));
    shoot(h, prefix + QStringLiteral("6-other-vault"));
    h.fake->registration = {};

    // Sign-in refused with AADSTS700024: the token endpoint's clock is an hour ahead of this computer's.
    test::LoopbackTokenEndpoint endpoint(
        {cert.certPem, kTenant, kClient, SignInRehearsal::tokenEndpoint(QStringLiteral("login.partner.microsoftonline.cn"), kTenant), 3600});
    CheckContext context = h.session.context();
    context.inputs.network.tokenEndpoint = endpoint.url(kTenant);
    h.session.setContext(context);
    choose(h, writeVault(folder.path(), QStringLiteral("contoso-signin.VaultCredentials"), test::vaultFileXml(signable)));
    h.session.applyFix(id<VaultCredentialsCheck>(), QStringLiteral("test-sign-in"));
    REQUIRE(QTest::qWaitFor([&] { return !h.session.isBusy() && h.session.runCount(id<VaultCredentialsCheck>()) >= 7; }, 15000));
    REQUIRE(h.waitSettled());
    CHECK(h.session.result(id<VaultCredentialsCheck>()).facts[QStringLiteral("signIn")].toObject()[QStringLiteral("aadsts")] ==
          QStringLiteral("AADSTS700024"));
    CHECK(h.shownStatus(id<VaultCredentialsCheck>()) == Status::Fail);
    shoot(h, prefix + QStringLiteral("5-signin-700024"));

}

}  // namespace

TEST_CASE("the vault row's states in English", "[gui][vault]")
{
    allStates(QStringLiteral("vault-"));
}

TEST_CASE("the vault row's states in Simplified Chinese", "[gui][vault][zh]")
{
    REQUIRE(installTranslations(*qApp, QStringLiteral("zh_CN")) == "zh_CN");
    allStates(QStringLiteral("zh-vault-"));
    installTranslations(*qApp, QStringLiteral("en"));
}

TEST_CASE("the newest vault file in Downloads is offered by name, and used only when asked", "[gui][vault]")
{
    test::TempFolderQt downloads, desktop;
    writeVault(downloads.path(), QStringLiteral("old.VaultCredentials"), test::vaultFileXml());
    {
        QFile old(downloads.file(QStringLiteral("old.VaultCredentials")));
        REQUIRE(old.open(QIODevice::ReadWrite));
        REQUIRE(old.setFileTime(QDateTime::currentDateTime().addDays(-3), QFileDevice::FileModificationTime));
    }
    const QString newest = writeVault(desktop.path(), QStringLiteral("contoso-vault.VaultCredentials"), test::vaultFileXml());
    writeVault(desktop.path(), QStringLiteral("notes.txt"), "not a vault file");
    VaultCredentialsInput::setSearchFoldersForTesting({downloads.path(), desktop.path()});
    {
        test::Harness h;
        openRegistration(h);
        auto* suggestion = h.wizard->findChild<QLabel*>(QStringLiteral("vaultCredentialsSuggestion"));
        auto* use = h.wizard->findChild<QPushButton*>(QStringLiteral("useSuggestedVaultCredentials"));
        REQUIRE(suggestion);
        REQUIRE(QTest::qWaitFor([&] { return suggestion->isVisible(); }, 10000));  // listed on a worker
        CHECK(suggestion->text().contains(QLatin1String("contoso-vault.VaultCredentials")));
        CHECK(h.session.context().inputs.vaultCredentials.isEmpty());  // shown, never used silently
        CHECK(h.session.result(id<VaultCredentialsCheck>()).status == Status::Warning);
        test::saveScreenshot(*h.wizard, QStringLiteral("vault-0-offered"));
        QTest::mouseClick(use, Qt::LeftButton);
        REQUIRE(h.waitSettled());
        CHECK(QDir::fromNativeSeparators(h.session.context().inputs.vaultCredentials) == newest);
        CHECK_FALSE(suggestion->isVisible());
        CHECK(h.session.result(id<VaultCredentialsCheck>()).status == Status::Pass);
    }
    VaultCredentialsInput::setSearchFoldersForTesting({});
}

TEST_CASE("a vault file dropped on the window, or browsed to, is checked", "[gui][vault]")
{
    test::TempFolderQt folder;
    const QString path = writeVault(folder.path(), QStringLiteral("dropped.VaultCredentials"), test::vaultFileXml());
    test::Harness h;
    openRegistration(h);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(h.wizard.get(), &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(h.wizard.get(), &drop);
    REQUIRE(h.waitSettled());
    CHECK(QDir::fromNativeSeparators(h.session.context().inputs.vaultCredentials) == path);
    CHECK(h.session.result(id<VaultCredentialsCheck>()).status == Status::Pass);

    const QString browsed = writeVault(folder.path(), QStringLiteral("browsed.VaultCredentials"), test::vaultFileXml());
    h.prompter.file = browsed;
    QTest::mouseClick(h.wizard->findChild<QPushButton*>(QStringLiteral("browseVaultCredentials")), Qt::LeftButton);
    REQUIRE(h.waitSettled());
    CHECK(QDir::fromNativeSeparators(h.session.context().inputs.vaultCredentials) == browsed);
}
