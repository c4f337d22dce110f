// How Defender's exclusion entries are compared with what the agent needs: case, trailing "\" and "\*", a parent
// folder covering its child, a name-only process entry, and which list applies under DisableLocalAdminMerge.
#include "checks/registration/DefenderExclusionRules.h"

#include <catch2/catch.hpp>

using namespace mars;

TEST_CASE("A path exclusion covers the same folder in any case, with a trailing backslash or a wildcard", "[defender-rules]")
{
    const QString bin = QStringLiteral("C:\\Program Files\\Agent\\Bin");
    CHECK(pathExclusionCovers(QStringLiteral("c:\\program files\\agent\\bin"), bin));
    CHECK(pathExclusionCovers(QStringLiteral("C:\\Program Files\\Agent\\Bin\\"), bin));
    CHECK(pathExclusionCovers(QStringLiteral("C:\\Program Files\\Agent\\Bin\\*"), bin));
    CHECK(pathExclusionCovers(QStringLiteral("C:\\Program Files\\Agent\\Bin\\*.*"), bin));
    CHECK(pathExclusionCovers(QStringLiteral("C:/Program Files/Agent/Bin/"), bin));
}

TEST_CASE("A parent folder's exclusion covers its child, and a sibling or a longer name does not", "[defender-rules]")
{
    const QString bin = QStringLiteral("C:\\Program Files\\Agent\\Bin");
    CHECK(pathExclusionCovers(QStringLiteral("C:\\Program Files\\Agent"), bin));
    CHECK(pathExclusionCovers(QStringLiteral("C:\\Program Files\\Agent\\*"), bin));
    CHECK(pathExclusionCovers(QStringLiteral("C:\\"), bin));
    CHECK_FALSE(pathExclusionCovers(QStringLiteral("C:\\Program Files\\Agent\\Bi"), bin));
    CHECK_FALSE(pathExclusionCovers(QStringLiteral("C:\\Program Files\\Agent\\Bin2"), bin));
    CHECK_FALSE(pathExclusionCovers(QStringLiteral("C:\\Program Files\\Agent\\Bin\\Modules"), bin));  // a child covers no parent
    CHECK_FALSE(pathExclusionCovers(QStringLiteral("D:\\Program Files\\Agent"), bin));
    CHECK_FALSE(pathExclusionCovers(QString(), bin));
    CHECK_FALSE(pathExclusionCovers(QStringLiteral("C:\\Program Files\\*\\Bin"), bin));  // a wildcard inside: not judged, not a cover
}

TEST_CASE("A process exclusion covers cbengine.exe by name alone or by its full path", "[defender-rules]")
{
    const QString engine = QStringLiteral("C:\\Program Files\\Agent\\Bin\\cbengine.exe");
    CHECK(processExclusionCovers(QStringLiteral("cbengine.exe"), engine));
    CHECK(processExclusionCovers(QStringLiteral("CBEngine.EXE"), engine));
    CHECK(processExclusionCovers(QStringLiteral("c:\\program files\\agent\\bin\\CBENGINE.exe"), engine));
    CHECK_FALSE(processExclusionCovers(QStringLiteral("D:\\Other\\cbengine.exe"), engine));
    CHECK_FALSE(processExclusionCovers(QStringLiteral("cbengine"), engine));
    CHECK_FALSE(processExclusionCovers(QStringLiteral("obengine.exe"), engine));
}

TEST_CASE("The wanted exclusions follow the install folder and the agent's recorded cache folder", "[defender-rules]")
{
    const QList<WantedExclusion> defaults = wantedExclusions("C:\\Agent", {});
    REQUIRE(defaults.size() == 3);
    CHECK(defaults[0].item == QStringLiteral("C:\\Agent\\Scratch"));
    CHECK(defaults[1].item == QStringLiteral("C:\\Agent\\Bin"));
    CHECK(defaults[2].item == QStringLiteral("C:\\Agent\\Bin\\cbengine.exe"));
    CHECK(defaults[2].kind == WantedExclusion::Kind::Process);
    const QList<WantedExclusion> moved = wantedExclusions("C:\\Agent\\", "E:\\MARS Cache");
    CHECK(moved[0].item == QStringLiteral("E:\\MARS Cache"));
    CHECK(moved[1].item == QStringLiteral("C:\\Agent\\Bin"));
}

TEST_CASE("Policy and local lists both count, unless DisableLocalAdminMerge leaves only the policy's", "[defender-rules]")
{
    platform::DefenderExclusions found;
    found.unreadable = platform::ExclusionsUnreadable::None;
    found.local = {{"C:\\Agent\\Scratch\\"}, {"cbengine.exe"}};
    found.policy = {{"c:\\agent\\bin\\*"}, {}};
    QList<WantedExclusion> wanted = wantedExclusions("C:\\Agent", {});
    markCovered(wanted, found);
    CHECK(wanted[0].coveredBy == QStringLiteral("C:\\Agent\\Scratch\\"));
    CHECK_FALSE(wanted[0].fromPolicy);
    CHECK(wanted[1].coveredBy == QStringLiteral("c:\\agent\\bin\\*"));
    CHECK(wanted[1].fromPolicy);
    CHECK(wanted[2].covered());
    CHECK(missingExclusions(wanted).empty());

    found.localIgnored = true;
    markCovered(wanted, found);
    CHECK_FALSE(wanted[0].covered());
    CHECK(wanted[1].covered());
    CHECK_FALSE(wanted[2].covered());
    const platform::ExclusionList missing = missingExclusions(wanted);
    CHECK(missing.paths == std::vector<std::string>{"C:\\Agent\\Scratch"});
    CHECK(missing.processes == std::vector<std::string>{"C:\\Agent\\Bin\\cbengine.exe"});
}
