// The system's CertificateSigner (OpenSSL natively, CryptoAPI/CNG under Wine) on a fixed test PFX: facts read, the
// key imported in memory only, RS256 signatures that the system's own verifier accepts with the certificate's public
// key, and refusals for what is not a PFX. Also the VaultEnvironment's file locations.
#include "checks/platform/CertificateSigner.h"
#include "checks/platform/PfxImport.h"
#include "checks/platform/VaultEnvironment.h"
#include "TestPfx.h"
#include "tests/support/Skip.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <vector>

#ifdef _WIN32
#include <windows.h>
#include <bcrypt.h>
#include <wincrypt.h>
#else
#include <openssl/evp.h>
#include <openssl/x509.h>
#endif

using namespace mars;

namespace {

std::string_view testPfx()
{
    return {reinterpret_cast<const char*>(test::kTestPfx), sizeof test::kTestPfx};
}

// Verifies with the platform's own crypto, independently of the signer under test.
bool verifyRs256(const std::vector<std::uint8_t>& der, std::string_view data, const std::vector<std::uint8_t>& signature)
{
#ifdef _WIN32
    PCCERT_CONTEXT cert = CertCreateCertificateContext(X509_ASN_ENCODING, der.data(), DWORD(der.size()));
    if (!cert)
        return false;
    BCRYPT_KEY_HANDLE key = nullptr;
    bool ok = CryptImportPublicKeyInfoEx2(X509_ASN_ENCODING, &cert->pCertInfo->SubjectPublicKeyInfo, 0, nullptr, &key);
    unsigned char digest[32];
    BCRYPT_ALG_HANDLE sha = nullptr;
    BCRYPT_HASH_HANDLE hash = nullptr;
    ok = ok && BCryptOpenAlgorithmProvider(&sha, BCRYPT_SHA256_ALGORITHM, nullptr, 0) >= 0 &&
         BCryptCreateHash(sha, &hash, nullptr, 0, nullptr, 0, 0) >= 0 &&
         BCryptHashData(hash, reinterpret_cast<PUCHAR>(const_cast<char*>(data.data())), ULONG(data.size()), 0) >= 0 &&
         BCryptFinishHash(hash, digest, sizeof digest, 0) >= 0;
    if (hash)
        BCryptDestroyHash(hash);
    BCRYPT_PKCS1_PADDING_INFO padding{BCRYPT_SHA256_ALGORITHM};
    ok = ok && BCryptVerifySignature(key, &padding, digest, sizeof digest, const_cast<PUCHAR>(signature.data()), ULONG(signature.size()),
                                     BCRYPT_PAD_PKCS1) >= 0;
    if (sha)
        BCryptCloseAlgorithmProvider(sha, 0);
    if (key)
        BCryptDestroyKey(key);
    CertFreeCertificateContext(cert);
    return ok;
#else
    const unsigned char* cursor = der.data();
    X509* cert = d2i_X509(nullptr, &cursor, long(der.size()));
    EVP_PKEY* key = cert ? X509_get_pubkey(cert) : nullptr;
    EVP_MD_CTX* context = EVP_MD_CTX_new();
    const bool ok = key && EVP_DigestVerifyInit(context, nullptr, EVP_sha256(), nullptr, key) == 1 &&
                    EVP_DigestVerify(context, signature.data(), signature.size(), reinterpret_cast<const unsigned char*>(data.data()), data.size()) == 1;
    EVP_MD_CTX_free(context);
    EVP_PKEY_free(key);
    X509_free(cert);
    return ok;
#endif
}

}  // namespace

TEST_CASE("the system signer reads the test PFX's certificate and signs RS256 with its key", "[certificate]")
{
    std::string error;
    const auto imported = platform::makeSystemCertificateSigner()->importPfx(testPfx(), error);
    INFO(error);
    REQUIRE(imported);
    const platform::CertificateFacts& facts = imported->facts();
    CHECK(facts.sha1Hex == test::kTestPfxSha1);
    CHECK(facts.notBefore == test::kTestPfxNotBefore);
    CHECK(facts.notAfter == test::kTestPfxNotAfter);
    CHECK(facts.subject.find("Windows Azure Tools") != std::string::npos);
    CHECK(facts.hasPrivateKey);
    CHECK(facts.keyBits == 2048);
    const std::string data = test::kTestSigningInput;
    const std::vector<std::uint8_t> signature = imported->signRs256(data, error);
    INFO(error);
    REQUIRE(signature.size() == 256);
    // Byte for byte what OpenSSL makes with the same key: one RS256, whichever layer signs.
    std::string hex;
    char digits[3];
    for (const std::uint8_t byte : signature) {
        std::snprintf(digits, sizeof digits, "%02x", byte);
        hex += digits;
    }
    CHECK(hex == test::kTestSignatureHex);
    CHECK(verifyRs256(facts.der, data, signature));
    CHECK_FALSE(verifyRs256(facts.der, data + "x", signature));
}

TEST_CASE("bytes that are not a PFX are refused with a reason", "[certificate]")
{
    std::string error;
    CHECK_FALSE(platform::makeSystemCertificateSigner()->importPfx("not a pfx", error));
    CHECK_FALSE(error.empty());
    error.clear();
    CHECK_FALSE(platform::makeSystemCertificateSigner()->importPfx(testPfx().substr(0, 600), error));
    CHECK_FALSE(error.empty());
}

TEST_CASE("a file on this computer's disk is local", "[certificate]")
{
    const std::filesystem::path file = std::filesystem::temp_directory_path() / "mars-vault-location-test.VaultCredentials";
    std::ofstream(file) << "x";
    const platform::FileLocation location = platform::makeSystemVaultEnvironment()->locate(file);
    INFO(location.how);
    CHECK(location.kind != platform::FileLocation::Kind::Network);
    std::filesystem::remove(file);
#ifdef _WIN32
    // A UNC path is a network location without asking the network (nothing is opened).
    CHECK(platform::makeSystemVaultEnvironment()->locate(L"\\\\fileserver\\share\\contoso.VaultCredentials").kind ==
          platform::FileLocation::Kind::Network);
    CHECK(platform::makeSystemVaultEnvironment()->locate(L"\\\\?\\UNC\\fileserver\\share\\contoso.VaultCredentials").kind ==
          platform::FileLocation::Kind::Network);
#endif
}

TEST_CASE("the PFX import's decisions: CNG and in memory first, an empty password retried as NULL, provider limits apart", "[certificate][pfx]")
{
    using namespace platform::pfx;
    // What .NET's EphemeralKeySet asks for, and the flags the first import uses.
    CHECK((kImportFlags[0] & kAlwaysCngKsp) != 0);
    CHECK((kImportFlags[0] & kNoPersistKey) != 0);
    CHECK((kImportFlags[0] & kCryptUserKeyset) != 0);
    CHECK(retryWithNullPassword(Password::Empty, 86));           // ERROR_INVALID_PASSWORD
    CHECK(retryWithNullPassword(Password::Empty, 0x80070056u));  // its HRESULT
    CHECK_FALSE(retryWithNullPassword(Password::Null, 86));      // once only
    CHECK_FALSE(retryWithNullPassword(Password::Empty, 0x80092002u));  // CRYPT_E_BAD_ENCODE: a damaged file stays so
    CHECK(isSystemLimitation(0x80090008u));   // NTE_BAD_ALGID: the provider's limit, not the file's
    CHECK_FALSE(isSystemLimitation(0x80092002u));
    CHECK_FALSE(isSystemLimitation(86));
}

#ifdef _WIN32
#include "TestNullPasswordPfx.h"

namespace {
struct RecordedImports {
    std::vector<platform::pfx::Attempt> attempts;
    RecordedImports()
    {
        platform::pfx::importObserver() = [this](const platform::pfx::Attempt& attempt) { attempts.push_back(attempt); };
    }
    ~RecordedImports() { platform::pfx::importObserver() = nullptr; }
};
}  // namespace

TEST_CASE("PFXImportCertStore is asked for a CNG key kept in memory only (the flags recorded through the seam)", "[certificate][pfx]")
{
    RecordedImports recorded;
    std::string error;
    const auto imported = platform::makeSystemCertificateSigner()->importPfx(testPfx(), error);
    INFO(error);
    REQUIRE(imported);
    REQUIRE_FALSE(recorded.attempts.empty());
    const platform::pfx::Attempt& first = recorded.attempts.front();
    CHECK(first.flags == (CRYPT_USER_KEYSET | PKCS12_ALWAYS_CNG_KSP | PKCS12_NO_PERSIST_KEY));
    CHECK(first.password == platform::pfx::Password::Empty);  // the empty-password file opens with "" at once
    for (const auto& attempt : recorded.attempts) {
        INFO("flags " << std::hex << attempt.flags << " error " << attempt.error);
        CHECK((attempt.flags & CRYPT_EXPORTABLE) == 0);  // never exportable
        CHECK(attempt.password == platform::pfx::Password::Empty);
    }
    // Wine 8 attaches no key to an in-memory import, so it ends in the temporary key set; Windows stops at the first.
    CHECK(imported->facts().hasPrivateKey);
}

TEST_CASE("a PFX made with a NULL password opens through the retry with NULL", "[certificate][pfx][may-skip]")
{
    RecordedImports recorded;
    std::string error;
    const auto imported = platform::makeSystemCertificateSigner()->importPfx(
        {reinterpret_cast<const char*>(test::kNullPasswordPfx), sizeof test::kNullPasswordPfx}, error);
    INFO(error);
    REQUIRE(imported);
    CHECK(imported->facts().subject.find("Windows Azure Tools") != std::string::npos);
    REQUIRE_FALSE(recorded.attempts.empty());
    const auto retry = std::find_if(recorded.attempts.begin(), recorded.attempts.end(),
                                    [](const platform::pfx::Attempt& attempt) { return attempt.password == platform::pfx::Password::Null; });
    if (retry == recorded.attempts.end())
        MARS_SKIP("Wine's PFXImportCertStore opened the NULL-password PFX with \"\" (it does not tell \"\" from NULL; Windows "
                  "does): the retry is covered by the decision test above");
    REQUIRE(retry != recorded.attempts.begin());
    const platform::pfx::Attempt& refused = *(retry - 1);
    CHECK(platform::pfx::isWrongPassword(refused.error));
    CHECK(refused.password == platform::pfx::Password::Empty);
    CHECK(retry->flags == refused.flags);  // the same import, only the password form differs
    CHECK(retry->error == 0);
}
#endif
