#include "checks/platform/FolderInspection.h"
#include "tests/support/FakePlatform.h"

#include <catch2/catch.hpp>

using namespace mars::platform;
using mars::test::FakePlatform;

TEST_CASE("an existing folder is inspected itself", "[folder]")
{
    FakePlatform fake;
    const std::filesystem::path folder = "/srv/agent";
    fake.onDisk["/srv"] = {true, AttrCompressed};
    fake.onDisk[folder] = {true, AttrHidden};
    const FolderInspection inspection = inspectFolder(fake, folder);
    CHECK(inspection.requestedExists);
    CHECK(inspection.inspected == folder);
    CHECK(inspection.read.attributes == AttrHidden);
}

TEST_CASE("a folder still to be created is judged by its nearest existing ancestor", "[folder]")
{
    FakePlatform fake;
    fake.onDisk["/"] = {true, 0};
    fake.onDisk["/srv"] = {true, AttrEncrypted};
    const FolderInspection inspection = inspectFolder(fake, "/srv/a/b/agent/");
    CHECK_FALSE(inspection.requestedExists);
    CHECK(inspection.inspected == "/srv");
    CHECK(inspection.read.attributes == AttrEncrypted);
}

TEST_CASE("a path of which nothing exists is a failure, not an endless walk", "[folder]")
{
    FakePlatform fake;
    const FolderInspection inspection = inspectFolder(fake, "/nothing/here");
    CHECK(inspection.read.state == AttributeRead::State::Failed);
    CHECK_FALSE(inspection.read.error.empty());
}

TEST_CASE("attribute names read in a fixed order", "[folder]")
{
    CHECK(describeAttributes(0) == "none");
    CHECK(describeAttributes(AttrEncrypted | AttrSystem) == "System, Encrypted");
    CHECK(describeAttributes(kAllFolderAttributes) == "System, Hidden, Compressed, Encrypted");
}
