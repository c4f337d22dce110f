// The command line is also how an elevated restart is told where to resume: everything is checked against fixed
// lists, and anything else is refused with a message.
#include "app/StartupOptions.h"
#include "checks/Check.h"

#include <QFileInfo>
#include "../support/CatchQt.h"
#include "../support/FakePlatform.h"

using namespace mars;

namespace {
std::optional<StartupOptions> parse(const QStringList& arguments, QString* error)
{
    return StartupOptionsParser::parse(QStringList{QStringLiteral("mars-setup-doctor")} + arguments, error);
}
}  // namespace

TEST_CASE("valid arguments are taken as given", "[options]")
{
    QString error;
    const auto options = parse({"--page", "installation", "--cloud", "usgov", "--fix", "install-folder/clear-folder-attributes"}, &error);
    REQUIRE(options);
    CHECK(options->page == "installation");
    CHECK(options->cloud == "usgov");
    CHECK(options->fixes == QStringList{"install-folder/clear-folder-attributes"});
    CHECK_FALSE(options->checkOnly);

    const auto check = parse({"--check", "--json", "--fix", "temp-files/clear-tmp-files", "--fix", "clock/resync-clock"}, &error);
    REQUIRE(check);
    CHECK(check->checkOnly);
    CHECK(check->json);
    CHECK(check->fixes.size() == 2);
    CHECK(parse({}, &error)->page == "welcome");
    CHECK(parse({}, &error)->cloud == "china");
}

TEST_CASE("anything off the fixed lists is refused with a message", "[options]")
{
    const auto [arguments, message] = GENERATE(table<QStringList, const char*>({
        {{"--page", "../../etc/passwd"}, "Unknown page"},
        {{"--page", "summary; rm -rf /"}, "Unknown page"},
        {{"--cloud", "mars"}, "Unknown cloud"},
        {{"--fix", "install-folder/rm -rf"}, "Unknown fix"},
        {{"--fix", "clear-folder-attributes"}, "Unknown fix"},
        {{"--fix", "admin-rights/restart-elevated/../x"}, "Unknown fix"},
        {{"extra"}, "Unexpected argument"},
        {{"--json"}, "go with --check"},
        {{"--check", "--json", "--text"}, "Choose one"},
        {{"--temp-folder", "relative/path"}, "absolute"},
        {{"--log-file", ""}, "needs a file name"},
        {{"--no-such-option"}, "Unknown option"},
    }));
    QString error;
    INFO(arguments.join(' ').toStdString());
    CHECK_FALSE(parse(arguments, &error).has_value());
    CHECK(error.contains(QString::fromUtf8(message)));
}

TEST_CASE("the vault credentials file travels through the elevated restart's command line", "[options]")
{
    QString error;
    const auto options = parse({"--vault-credentials", "/home/helpdesk/Downloads/contoso.VaultCredentials", "--page", "registration"}, &error);
    REQUIRE(options);
    CHECK(options->vaultCredentials == "/home/helpdesk/Downloads/contoso.VaultCredentials");
    CheckContext context;
    context.page = options->page;
    context.cloudId = options->cloud;
    context.vaultCredentials = options->vaultCredentials;
    context.testTokenEndpoint = QStringLiteral("https://127.0.0.1:1/token");  // a test seam: never on a command line
    const QStringList arguments = restartArguments(context);
    CHECK_FALSE(arguments.join(' ').contains(QLatin1String("127.0.0.1")));
    const auto again = StartupOptionsParser::parse(QStringList{QStringLiteral("mars-setup-doctor")} + arguments, &error);
    REQUIRE(again);
    CHECK(again->vaultCredentials == options->vaultCredentials);
    CHECK(again->page == "registration");
    // A relative name is made absolute, so it means the same file in the restarted (elevated) program.
    const auto relative = parse({"--vault-credentials", "contoso.VaultCredentials"}, &error);
    REQUIRE(relative);
    CHECK(QFileInfo(relative->vaultCredentials).isAbsolute());
    CHECK_FALSE(parse({"--vault-credentials", ""}, &error));
    CHECK(error.contains(QLatin1String("needs a file name")));
}

TEST_CASE("a vault file with --check also rehearses the sign-in, and the wizard waits to be asked", "[options]")
{
    QString error;
    test::FakePlatform platform;
    const auto check = parse({"--check", "--vault-credentials", "/tmp/contoso.VaultCredentials"}, &error);
    REQUIRE(check);
    const CheckContext checkContext = contextFromOptions(*check, platform, QStringLiteral("en"));
    CHECK(checkContext.vaultCredentials == "/tmp/contoso.VaultCredentials");
    CHECK(checkContext.rehearseSignIn);
    CHECK(checkContext.testTokenEndpoint.isEmpty());
    const auto wizard = parse({"--vault-credentials", "/tmp/contoso.VaultCredentials"}, &error);
    REQUIRE(wizard);
    CHECK_FALSE(contextFromOptions(*wizard, platform, QStringLiteral("en")).rehearseSignIn);
    const auto noFile = parse({"--check"}, &error);
    CHECK_FALSE(contextFromOptions(*noFile, platform, QStringLiteral("en")).rehearseSignIn);
}
