// An install folder a non-administrator cannot read: its attributes are unknown, which must never read as "none"
// (issue 21, item 13). Tests run as root in CI, so a forked child drops to "nobody" to be refused.
#include "tests/support/Skip.h"
#include "tests/support/TempFolder.h"
#include "checks/platform/Platform.h"

#include <catch2/catch.hpp>
#include <grp.h>
#include <pwd.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <optional>
#include <string>

using namespace mars::platform;
namespace fs = std::filesystem;

namespace {
struct Read {
    AttributeRead::State state;
    std::string error;
};

// readAttributes(folder) as an unprivileged user: directly when this process is one, else in a child that drops to
// "nobody". nullopt when neither is possible.
std::optional<Read> readAsUnprivileged(const fs::path& folder)
{
    if (geteuid() != 0) {
        const AttributeRead read = makeSystemPlatform()->folders().readAttributes(folder);
        return Read{read.state, read.error};
    }
    const passwd* nobody = getpwnam("nobody");
    if (!nobody)
        return std::nullopt;
    const uid_t uid = nobody->pw_uid;
    const gid_t gid = nobody->pw_gid;
    int pipeFds[2];
    if (pipe(pipeFds) != 0)
        return std::nullopt;
    const pid_t child = fork();
    if (child == 0) {
        close(pipeFds[0]);
        if (setgroups(0, nullptr) != 0 || setgid(gid) != 0 || setuid(uid) != 0 || geteuid() == 0)
            _exit(3);
        const AttributeRead read = makeSystemPlatform()->folders().readAttributes(folder);
        const std::string text = std::to_string(int(read.state)) + "\n" + read.error;
        const bool written = ::write(pipeFds[1], text.data(), text.size()) == ssize_t(text.size());
        _exit(written ? 0 : 4);
    }
    close(pipeFds[1]);
    std::string text;
    char buffer[512];
    for (ssize_t got; (got = read(pipeFds[0], buffer, sizeof buffer)) > 0;)
        text.append(buffer, size_t(got));
    close(pipeFds[0]);
    int status = 0;
    waitpid(child, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || text.find('\n') == std::string::npos)
        return std::nullopt;
    return Read{AttributeRead::State(std::stoi(text.substr(0, text.find('\n')))), text.substr(text.find('\n') + 1)};
}
}  // namespace

TEST_CASE("a folder an unprivileged user cannot read: its attributes are a failure with the reason, not none", "[folder][posix]")
{
    mars::test::TempFolder temp;
    const fs::path folder = temp / "Agent";
    fs::create_directory(folder);
    // Others may reach the folder (the temp folder is theirs to pass through) but not read it.
    fs::permissions(temp.path(), fs::perms::owner_all | fs::perms::others_exec | fs::perms::group_exec);
    fs::permissions(folder, fs::perms::owner_all | fs::perms::others_exec | fs::perms::group_exec);  // rwx--x--x
    const auto read = readAsUnprivileged(folder);
    if (!read)
        MARS_SKIP("needs an unprivileged user: not root, or root able to become nobody");
    INFO(read->error);
    CHECK(read->state == AttributeRead::State::Failed);
    CHECK(read->error.find(std::strerror(EACCES)) != std::string::npos);

    // The same folder readable: its attributes are read, and none is set.
    fs::permissions(folder, fs::perms::owner_all | fs::perms::others_read | fs::perms::others_exec | fs::perms::group_read | fs::perms::group_exec);
    const auto readable = readAsUnprivileged(folder);
    REQUIRE(readable);
    INFO(readable->error);
    CHECK(readable->state == AttributeRead::State::Found);
}
