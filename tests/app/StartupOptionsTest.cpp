// The command line is also how an elevated restart is told where to resume: everything is checked against fixed
// lists, and anything else is refused with a message.
#include "app/StartupOptions.h"
#include "../support/CatchQt.h"

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
        {{"-check"}, "Long options take two dashes: did you mean --check?"},
        {{"-log-file=x.log"}, "did you mean --log-file?"},
        {{"--log-file", "some/new/dir/"}, "ends in a folder separator"},
    }));
    QString error;
    INFO(arguments.join(' ').toStdString());
    CHECK_FALSE(parse(arguments, &error).has_value());
    CHECK(error.contains(QString::fromUtf8(message)));
}

TEST_CASE("the help-all option, which Qt lists in --help, shows the help", "[options]")
{
    QString error;
    const auto options = parse({"--help-all"}, &error);
    REQUIRE(options);
    CHECK(options->showHelp);
    CHECK(options->helpText.contains("--check"));
    CHECK(options->helpText.contains("Qt's own options"));
    const char* arguments[] = {"mars-setup-doctor", "--help-all"};
    CHECK(wantsCommandLineMode(2, const_cast<char**>(arguments)));
}
