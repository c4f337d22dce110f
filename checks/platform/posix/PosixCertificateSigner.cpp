// The vault file's certificate with OpenSSL (libcrypto): the PFX is parsed in memory, the key stays in an EVP_PKEY
// (OpenSSL clears freed key material: BN_clear_free), nothing is written to disk.
#include "../CertificateSigner.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <cstdio>
#include <ctime>

namespace mars::platform {

namespace {

std::string opensslError(const char* what)
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (!code)
        return what;
    char buffer[256];
    ERR_error_string_n(code, buffer, sizeof buffer);
    return std::string(what) + ": " + buffer;
}

std::int64_t unixTime(const ASN1_TIME* time)
{
    std::tm tm{};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1)
        return 0;
    return std::int64_t(timegm(&tm));
}

std::string nameText(const X509_NAME* name)
{
    BIO* bio = BIO_new(BIO_s_mem());
    if (!bio)
        return {};
    X509_NAME_print_ex(bio, name, 0, XN_FLAG_RFC2253);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    std::string text(data, std::size_t(size > 0 ? size : 0));
    BIO_free(bio);
    return text;
}

class OpenSslCertificate final : public ImportedCertificate {
public:
    OpenSslCertificate(EVP_PKEY* key, X509* certificate) : m_key(key), m_certificate(certificate)
    {
        unsigned char* der = nullptr;
        const int length = i2d_X509(certificate, &der);
        if (length > 0) {
            m_facts.der.assign(der, der + length);
            OPENSSL_free(der);
        }
        unsigned char sha1[EVP_MAX_MD_SIZE];
        unsigned int sha1Length = 0;
        if (X509_digest(certificate, EVP_sha1(), sha1, &sha1Length) == 1) {
            char hex[3];
            for (unsigned int i = 0; i < sha1Length; ++i) {
                std::snprintf(hex, sizeof hex, "%02X", sha1[i]);
                m_facts.sha1Hex += hex;
            }
        }
        m_facts.subject = nameText(X509_get_subject_name(certificate));
        m_facts.issuer = nameText(X509_get_issuer_name(certificate));
        m_facts.notBefore = unixTime(X509_get0_notBefore(certificate));
        m_facts.notAfter = unixTime(X509_get0_notAfter(certificate));
        m_facts.hasPrivateKey = key != nullptr && X509_check_private_key(certificate, key) == 1;
        m_facts.keyBits = key ? EVP_PKEY_get_bits(key) : 0;
        ERR_clear_error();
    }
    ~OpenSslCertificate() override
    {
        EVP_PKEY_free(m_key);
        X509_free(m_certificate);
    }
    const CertificateFacts& facts() const override { return m_facts; }

    std::vector<std::uint8_t> signRs256(std::string_view data, std::string& error) const override
    {
        if (!m_facts.hasPrivateKey || EVP_PKEY_get_base_id(m_key) != EVP_PKEY_RSA) {
            error = "the file's certificate has no RSA private key that matches it";
            return {};
        }
        std::vector<std::uint8_t> signature;
        EVP_MD_CTX* context = EVP_MD_CTX_new();
        std::size_t length = 0;
        // EVP_DigestSign with SHA-256 and the RSA key's default PKCS #1 v1.5 padding: RS256 (RFC 7518 §3.3).
        if (context && EVP_DigestSignInit(context, nullptr, EVP_sha256(), nullptr, m_key) == 1 &&
            EVP_DigestSign(context, nullptr, &length, reinterpret_cast<const unsigned char*>(data.data()), data.size()) == 1) {
            signature.resize(length);
            if (EVP_DigestSign(context, signature.data(), &length, reinterpret_cast<const unsigned char*>(data.data()), data.size()) == 1)
                signature.resize(length);
            else
                signature.clear();
        }
        if (signature.empty())
            error = opensslError("signing failed");
        EVP_MD_CTX_free(context);
        return signature;
    }

private:
    EVP_PKEY* m_key;
    X509* m_certificate;
    CertificateFacts m_facts;
};

class OpenSslSigner final : public CertificateSigner {
public:
    std::unique_ptr<ImportedCertificate> importPfx(std::string_view pfx, std::string& error) override
    {
        ERR_clear_error();
        const unsigned char* cursor = reinterpret_cast<const unsigned char*>(pfx.data());
        PKCS12* p12 = d2i_PKCS12(nullptr, &cursor, long(pfx.size()));
        if (!p12) {
            error = opensslError("not a PFX (PKCS #12) file");
            return nullptr;
        }
        EVP_PKEY* key = nullptr;
        X509* certificate = nullptr;
        // The portal exports with an empty password; PKCS12_parse tries both "" and no password for it.
        const int parsed = PKCS12_parse(p12, "", &key, &certificate, nullptr);
        PKCS12_free(p12);
        if (parsed != 1 || !certificate) {
            EVP_PKEY_free(key);
            X509_free(certificate);
            error = opensslError("the PFX could not be opened with an empty password");
            return nullptr;
        }
        return std::make_unique<OpenSslCertificate>(key, certificate);
    }
};

}  // namespace

std::shared_ptr<CertificateSigner> makeSystemCertificateSigner()
{
    return std::make_shared<OpenSslSigner>();
}

}  // namespace mars::platform
