// The real platform of this build (Win32 under Wine, or POSIX) against real folders.
#include "tests/support/TempFolder.h"
#include "checks/platform/FolderInspection.h"
#include "checks/platform/Platform.h"

#include <catch2/catch.hpp>

#include <fstream>

using namespace mars::platform;
using mars::test::TempFolder;

TEST_CASE("the administrator query answers for this process", "[system]")
{
    const auto platform = makeSystemPlatform();
    const AdminStatus status = platform->elevation().queryAdminStatus();
    INFO(status.error);
    REQUIRE(status.queried);
    CHECK_FALSE(status.account.empty());
    CHECK(status.elevationType != ElevationType::Unknown);
    // An elevated token always belongs to an administrator in the sense the check uses (root, or Wine's admin).
    if (status.elevated)
        CHECK(status.memberOfAdministrators);
}

TEST_CASE("a plain new folder has none of the blocking attributes", "[system]")
{
    TempFolder temp;
    const auto platform = makeSystemPlatform();
    std::filesystem::create_directory(temp / "agent");  // not a check id
    const AttributeRead read = platform->folders().readAttributes(temp / "agent");  // not a check id
    REQUIRE(read.state == AttributeRead::State::Found);
    CHECK(read.isDirectory);
    CHECK(read.attributes == 0);
    CHECK(platform->folders().canChangeAttributes(temp / "agent"));  // not a check id
}

TEST_CASE("missing paths and files are told apart from folders", "[system]")
{
    TempFolder temp;
    const auto platform = makeSystemPlatform();
    CHECK(platform->folders().readAttributes(temp / "missing").state == AttributeRead::State::Missing);
    CHECK(platform->folders().readAttributes(temp / "missing" / "deeper").state == AttributeRead::State::Missing);
    std::ofstream(temp / "file.txt") << "x";
    const AttributeRead file = platform->folders().readAttributes(temp / "file.txt");
    CHECK(file.state == AttributeRead::State::Found);
    CHECK_FALSE(file.isDirectory);
}

TEST_CASE("a folder still to be created is inspected through its real parent", "[system]")
{
    TempFolder temp;
    const auto platform = makeSystemPlatform();
    const FolderInspection inspection = inspectFolder(*platform, temp / "not" / "yet" / "agent");  // not a check id
    REQUIRE(inspection.read.state == AttributeRead::State::Found);
    CHECK_FALSE(inspection.requestedExists);
    CHECK(std::filesystem::equivalent(inspection.inspected, temp.path()));
}

TEST_CASE("the agent's install location names the agent's folder", "[system]")
{
    const auto platform = makeSystemPlatform();
    const InstallLocation location = platform->agent().agentInstallLocation();
    CHECK(location.folder.filename() == "Microsoft Azure Recovery Services Agent");
    CHECK(location.folder.is_absolute());
}

TEST_CASE("the system says how long it has been up", "[platform][uptime]")
{
    // CLOCK_BOOTTIME (Linux) or GetTickCount64 (Windows, Wine included): both count from the start, never back.
    const auto clock = mars::platform::makeSystemPlatform();
    const std::optional<std::uint64_t> first = clock->clock().uptimeSeconds();
    REQUIRE(first.has_value());
    CHECK(*first > 0);
    CHECK(*clock->clock().uptimeSeconds() >= *first);
}

TEST_CASE("the test program itself, built unsigned, is never called signed", "[system][signature]")
{
    const auto platform = makeSystemPlatform();
    const SignatureStatus status = platform->programSignature().ofRunningProgram();
    INFO(status.error);
#ifdef _WIN32
    // WinVerifyTrust on this unsigned test exe (Wine's wintrust under CTest): no signature at all, no signer.
    CHECK(status.state == SignatureStatus::State::Unsigned);
    CHECK(status.signer.empty());
    CHECK(status.error.find("0x800B0100") != std::string::npos);  // TRUST_E_NOSIGNATURE
#else
    CHECK(status.state == SignatureStatus::State::Unknown);
    CHECK(status.error == "not a Windows program");
#endif
    CHECK(std::string(signatureStateName(status.state)) != "signed");
}

TEST_CASE("WinVerifyTrust's answers: a revoked certificate, and what could not be confirmed offline, each named", "[system][signature]")
{
    using State = SignatureStatus::State;
    struct Case {
        std::uint32_t result;
        State state;
        const char* name;
    };
    const Case cases[] = {
        {0x00000000u, State::Signed, "signed"},
        {0x800B0100u, State::Unsigned, "unsigned"},            // TRUST_E_NOSIGNATURE
        {0x80096010u, State::Tampered, "tampered"},            // TRUST_E_BAD_DIGEST
        {0x800B010Cu, State::Revoked, "revoked"},              // CERT_E_REVOKED: was "unknown"
        {0x800B010Au, State::UnconfirmedOffline, "unconfirmedOffline"},  // CERT_E_CHAINING (an intermediate not cached)
        {0x80092013u, State::UnconfirmedOffline, "unconfirmedOffline"},  // CRYPT_E_REVOCATION_OFFLINE
        {0x800B010Eu, State::UnconfirmedOffline, "unconfirmedOffline"},  // CERT_E_REVOCATION_FAILURE
        {0x80092012u, State::UnconfirmedOffline, "unconfirmedOffline"},  // CRYPT_E_NO_REVOCATION_CHECK
        {0x800B0109u, State::SignedUntrusted, "signedUntrusted"},        // CERT_E_UNTRUSTEDROOT
        {0x800B0111u, State::SignedUntrusted, "signedUntrusted"},        // TRUST_E_EXPLICIT_DISTRUST
        {0x80004005u, State::Unknown, "unknown"},                        // E_FAIL: never called signed
    };
    for (const Case& c : cases) {
        INFO(std::hex << c.result);
        CHECK(signatureStateFromTrustResult(c.result) == c.state);
        CHECK(std::string(signatureStateName(c.state)) == c.name);
    }
}
