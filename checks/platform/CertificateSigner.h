#pragma once
// The vault credentials file's certificate and key: imported from the PFX bytes into memory only, read, and used to
// sign, then wiped. Standard C++ only, like Platform.h: OpenSSL in the POSIX layer, CNG/CryptoAPI in the Win32 layer
// (the key imported into a temporary, non-exportable key set that is never written to disk and deleted afterwards).
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace mars::platform {

struct CertificateFacts {
    std::vector<std::uint8_t> der;  // the certificate (public): for x5t and for tests
    std::string sha1Hex;            // the thumbprint as Windows shows it: 40 upper-case hex digits
    std::string subject;            // e.g. "CN=Windows Azure Tools"
    std::string issuer;
    std::int64_t notBefore = 0;     // Unix seconds, UTC
    std::int64_t notAfter = 0;
    bool hasPrivateKey = false;
    int keyBits = 0;
};

// One imported PFX. Holds the private key in memory for as long as it lives; the destructor wipes and frees it (and,
// on Windows, deletes the temporary key set).
class ImportedCertificate {
public:
    virtual ~ImportedCertificate() = default;
    virtual const CertificateFacts& facts() const = 0;
    // RSASSA-PKCS1-v1_5 with SHA-256 (JWS "RS256", RFC 7518 §3.3) over `data`. Empty and `error` set on failure.
    virtual std::vector<std::uint8_t> signRs256(std::string_view data, std::string& error) const = 0;
    // After a failed signRs256: true when this system's key provider could not do it (NTE_BAD_ALGID and the like),
    // so the file is not to blame.
    virtual bool failedForThisSystem() const { return false; }
};

class CertificateSigner {
public:
    virtual ~CertificateSigner() = default;
    // Imports a PFX (PKCS #12) exported with an empty password, as the portal writes it. Null and `error` set when
    // the bytes are not a PFX, hold no certificate, or need a password. Never writes the key anywhere.
    virtual std::unique_ptr<ImportedCertificate> importPfx(std::string_view pfx, std::string& error) = 0;
};

std::shared_ptr<CertificateSigner> makeSystemCertificateSigner();

}  // namespace mars::platform
