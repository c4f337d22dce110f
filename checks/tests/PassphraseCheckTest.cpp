#include "checks/registration/PassphraseCheck.h"
#include "tests/support/CatchQt.h"
#include "tests/support/FakePlatform.h"
#include "tests/support/TempFolderQt.h"

#include <QFile>

using namespace mars;

namespace {
const char kGood[] = "correct horse battery staple 42";

struct Setup {
    std::shared_ptr<test::FakePlatform> fake = std::make_shared<test::FakePlatform>();
    std::shared_ptr<PassphraseStore> store = std::make_shared<PassphraseStore>();
    test::TempFolderQt folder;

    explicit Setup(bool registered)
    {
        fake->registration = {true, registered, "C:/Program Files/Microsoft Azure Recovery Services Agent/Scratch",
                              "C:/Program Files/Microsoft Azure Recovery Services Agent/Scratch"};
    }
    QString file(const QByteArray& content)
    {
        const QString path = folder.file(QStringLiteral("passphrase.txt"));
        QFile out(path);
        out.open(QIODevice::WriteOnly | QIODevice::Truncate);
        out.write(content);
        return path;
    }
    CheckResult run() { return PassphraseCheck(fake, store).run({}); }
};
}  // namespace

TEST_CASE("the agent's rules: 16 or more printable ASCII characters", "[passphrase]")
{
    CHECK(PassphraseCheck::ruleProblem(SecretBuffer("short")).render().contains("shorter than 16"));
    CHECK(PassphraseCheck::ruleProblem(SecretBuffer("exactly-16-chars")).isEmpty());
    CHECK(PassphraseCheck::ruleProblem(SecretBuffer("sixteen chars but ü umlaut")).render().contains("other than ASCII"));
    CHECK(PassphraseCheck::ruleProblem(SecretBuffer("tab\tinside sixteen+")).render().contains("other than ASCII"));
    CHECK(PassphraseCheck::ruleProblem(SecretBuffer(kGood)).isEmpty());
}

TEST_CASE("first registration without input passes - a registered server without input warns", "[passphrase]")
{
    Setup first(false);
    CHECK(first.run().status == Status::Pass);
    Setup again(true);
    const CheckResult result = again.run();
    CHECK(result.status == Status::Warning);
    CHECK(renderAll(result.evidence).join('\n').contains("OnlineBackup.KEK"));
    CHECK(renderAll(result.evidence).join('\n').contains("Microsoft cannot recover a lost passphrase"));
}

TEST_CASE("a passphrase breaking the rules fails without revealing it", "[passphrase]")
{
    Setup s(true);
    s.store->setPassphrase(SecretBuffer("tooShort123"));
    const CheckResult result = s.run();
    CHECK(result.status == Status::Fail);
    CHECK_FALSE((result.summary.render() + renderAll(result.evidence).join('\n')).contains("tooShort123"));
}

TEST_CASE("comparison with the saved file: match, mismatch, BOM and line ends", "[passphrase]")
{
    Setup s(true);
    s.store->setPassphrase(SecretBuffer(kGood));
    CHECK(s.run().status == Status::Warning);  // rules met, nothing to compare with yet

    s.store->setPassphraseFile(s.file(QByteArray("\xEF\xBB\xBF") + kGood + "\r\n"));
    CheckResult result = s.run();
    CHECK(result.status == Status::Pass);
    CHECK(result.summary.render() == "The passphrase matches the one saved in passphrase.txt.");

    s.store->setPassphraseFile(s.file(QByteArray(kGood) + "X\n"));
    result = s.run();
    CHECK(result.status == Status::Fail);
    CHECK(result.summary.render().contains("does not match"));
    CHECK(renderAll(result.evidence).join('\n').contains("Security PIN"));
    CHECK_FALSE((result.summary.render() + renderAll(result.evidence).join('\n')).contains(QString::fromLatin1(kGood)));
}

TEST_CASE("bad passphrase files are an Error with a clear reason", "[passphrase]")
{
    Setup s(true);
    s.store->setPassphrase(SecretBuffer(kGood));
    s.store->setPassphraseFile(s.folder.file(QStringLiteral("missing.txt")));
    CHECK(s.run().status == Status::Error);
    s.store->setPassphraseFile(s.file(QByteArray(100 * 1024, 'a')));
    CHECK(s.run().summary.render().contains("too large"));
    s.store->setPassphraseFile(s.file("\n\nlater line"));
    CHECK(s.run().summary.render().contains("does not start with a passphrase"));
}

TEST_CASE("differing ScratchLocation values are left to the cache-folder check (one row says it, not two)", "[passphrase]")
{
    Setup s(true);
    s.fake->registration.providerScratch = "D:/Scratch";
    const CheckResult result = s.run();
    CHECK(result.facts["registeredBefore"] == true);
    CHECK_FALSE(renderAll(result.evidence).join('\n').contains("34506"));
}

TEST_CASE("SecretBuffer compares exactly and wipes", "[passphrase]")
{
    SecretBuffer secret("abc");
    CHECK(secret.equals("abc"));
    CHECK_FALSE(secret.equals("abd"));
    CHECK_FALSE(secret.equals("ab"));
    CHECK_FALSE(secret.equals("abcd"));
    SecretBuffer moved = std::move(secret);
    CHECK(moved.equals("abc"));
    moved.clear();
    CHECK(moved.empty());
}
