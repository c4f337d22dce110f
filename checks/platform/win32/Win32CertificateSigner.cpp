// The vault file's certificate with CryptoAPI and CNG. The PFX is imported with PFXImportCertStore into an in-memory
// store with CRYPT_USER_KEYSET | PKCS12_ALWAYS_CNG_KSP | PKCS12_NO_PERSIST_KEY, without CRYPT_EXPORTABLE: the key goes
// into a CNG key storage provider ("always use the CNG KSP", whatever CSP the PFX names: a portal file names the
// legacy RSA provider, which cannot sign SHA-256) and lives only in this process ("the key is not persisted"),
// cannot be exported, and goes when the store is closed. Matched against dotnet/runtime's
// X509CertificateLoader.Windows.cs (MapKeyStorageFlags: EphemeralKeySet maps to exactly PKCS12_NO_PERSIST_KEY |
// PKCS12_ALWAYS_CNG_KSP, "This solves problems of legacy CSPs being difficult to do SHA-2 RSA signatures with"; the
// same in CertificatePal.Windows.Import.cs before it). An empty password that is refused (ERROR_INVALID_PASSWORD) is
// tried once more as NULL: PFXImportCertStore's documentation says "" and NULL are different passwords, and must
// match the one the file was exported with. The decisions are in PfxImport.h, tested on every platform.
// The key is reached with CryptAcquireCertificatePrivateKey (CNG preferred) and signs with NCryptSignHash and
// BCRYPT_PAD_PKCS1 over a BCrypt SHA-256 hash; a legacy CryptoAPI key (Wine 8's PFXImportCertStore makes only those)
// signs with CryptSignHash (whose signature is little-endian: reversed here).
#include "../CertificateSigner.h"
#include "../PfxImport.h"
#include "../TextConversion.h"

#include <windows.h>
#include <bcrypt.h>
#include <ncrypt.h>
#include <wincrypt.h>

#include <algorithm>
#include <cstring>
#include <cstdio>

#ifndef PKCS12_NO_PERSIST_KEY
#define PKCS12_NO_PERSIST_KEY 0x00008000
#endif
#ifndef PKCS12_ALWAYS_CNG_KSP
#define PKCS12_ALWAYS_CNG_KSP 0x00000200
#endif
static_assert(PKCS12_NO_PERSIST_KEY == mars::platform::pfx::kNoPersistKey && PKCS12_ALWAYS_CNG_KSP == mars::platform::pfx::kAlwaysCngKsp &&
              CRYPT_USER_KEYSET == mars::platform::pfx::kCryptUserKeyset && ERROR_INVALID_PASSWORD == 86);

namespace mars::platform {

namespace {

std::int64_t unixSeconds(const FILETIME& time)
{
    ULARGE_INTEGER value;
    value.LowPart = time.dwLowDateTime;
    value.HighPart = time.dwHighDateTime;
    return std::int64_t(value.QuadPart / 10000000ULL) - 11644473600LL;
}

std::string nameText(const CERT_NAME_BLOB& name)
{
    CERT_NAME_BLOB copy = name;
    const DWORD flags = CERT_X500_NAME_STR | CERT_NAME_STR_REVERSE_FLAG;
    const DWORD size = CertNameToStrW(X509_ASN_ENCODING, &copy, flags, nullptr, 0);
    if (size <= 1)
        return {};
    std::wstring text(size, L'\0');
    CertNameToStrW(X509_ASN_ENCODING, &copy, flags, text.data(), size);
    text.resize(size - 1);
    return toUtf8(text);
}

bool sha256(std::string_view data, unsigned char (&digest)[32])
{
    BCRYPT_ALG_HANDLE algorithm = nullptr;
    if (BCryptOpenAlgorithmProvider(&algorithm, BCRYPT_SHA256_ALGORITHM, nullptr, 0) < 0)
        return false;
    BCRYPT_HASH_HANDLE hash = nullptr;
    bool ok = BCryptCreateHash(algorithm, &hash, nullptr, 0, nullptr, 0, 0) >= 0 &&
              BCryptHashData(hash, reinterpret_cast<PUCHAR>(const_cast<char*>(data.data())), ULONG(data.size()), 0) >= 0 &&
              BCryptFinishHash(hash, digest, sizeof digest, 0) >= 0;
    if (hash)
        BCryptDestroyHash(hash);
    BCryptCloseAlgorithmProvider(algorithm, 0);
    return ok;
}

// Deletes the key container an import persisted (the fallback below): CryptAcquireContext with CRYPT_DELETEKEYSET
// on the container named in CERT_KEY_PROV_INFO_PROP_ID.
void deleteKeySet(PCCERT_CONTEXT certificate)
{
    DWORD size = 0;
    if (!CertGetCertificateContextProperty(certificate, CERT_KEY_PROV_INFO_PROP_ID, nullptr, &size) || size == 0)
        return;
    std::vector<BYTE> buffer(size);
    if (!CertGetCertificateContextProperty(certificate, CERT_KEY_PROV_INFO_PROP_ID, buffer.data(), &size))
        return;
    const auto* info = reinterpret_cast<const CRYPT_KEY_PROV_INFO*>(buffer.data());
    HCRYPTPROV ignored = 0;
    if (info->dwProvType != 0)
        CryptAcquireContextW(&ignored, info->pwszContainerName, info->pwszProvName, info->dwProvType,
                             CRYPT_DELETEKEYSET | (info->dwFlags & CRYPT_MACHINE_KEYSET));
    else {
        NCRYPT_PROV_HANDLE provider = 0;
        NCRYPT_KEY_HANDLE key = 0;
        if (NCryptOpenStorageProvider(&provider, info->pwszProvName, 0) == ERROR_SUCCESS) {
            if (NCryptOpenKey(provider, &key, info->pwszContainerName, 0, 0) == ERROR_SUCCESS)
                NCryptDeleteKey(key, 0);
            NCryptFreeObject(provider);
        }
    }
}

class Win32Certificate final : public ImportedCertificate {
public:
    Win32Certificate(HCERTSTORE store, PCCERT_CONTEXT certificate, bool deleteKeySetAfterwards)
        : m_store(store), m_certificate(certificate), m_deleteKeySet(deleteKeySetAfterwards)
    {
        m_facts.der.assign(certificate->pbCertEncoded, certificate->pbCertEncoded + certificate->cbCertEncoded);
        BYTE sha1[20];
        DWORD size = sizeof sha1;
        if (CertGetCertificateContextProperty(certificate, CERT_SHA1_HASH_PROP_ID, sha1, &size)) {
            char hex[3];
            for (DWORD i = 0; i < size; ++i) {
                std::snprintf(hex, sizeof hex, "%02X", sha1[i]);
                m_facts.sha1Hex += hex;
            }
        }
        m_facts.subject = nameText(certificate->pCertInfo->Subject);
        m_facts.issuer = nameText(certificate->pCertInfo->Issuer);
        m_facts.notBefore = unixSeconds(certificate->pCertInfo->NotBefore);
        m_facts.notAfter = unixSeconds(certificate->pCertInfo->NotAfter);
        m_facts.keyBits = int(CertGetPublicKeyLength(X509_ASN_ENCODING, &certificate->pCertInfo->SubjectPublicKeyInfo));
        DWORD keySpec = 0;
        BOOL callerFree = FALSE;
        // CNG first; a CryptoAPI key (what Wine's PFXImportCertStore makes) otherwise.
        for (const DWORD flags : {DWORD(CRYPT_ACQUIRE_SILENT_FLAG | CRYPT_ACQUIRE_PREFER_NCRYPT_KEY_FLAG), DWORD(CRYPT_ACQUIRE_SILENT_FLAG), DWORD(0)}) {
            if (CryptAcquireCertificatePrivateKey(certificate, flags, nullptr, &m_key, &keySpec, &callerFree)) {
                m_keySpec = keySpec;
                m_freeKey = callerFree != FALSE;
                m_facts.hasPrivateKey = true;
                break;
            }
            m_keyError = win32ErrorText(GetLastError());
        }
        // The in-memory key the import attached as CERT_KEY_CONTEXT_PROP_ID (Wine's PFXImportCertStore does this, and
        // its CryptAcquireCertificatePrivateKey does not look there). Owned by the certificate: never freed here.
        CERT_KEY_CONTEXT context{};
        DWORD contextSize = sizeof context;
        if (!m_facts.hasPrivateKey && CertGetCertificateContextProperty(certificate, CERT_KEY_CONTEXT_PROP_ID, &context, &contextSize) &&
            context.hCryptProv) {
            m_key = context.hCryptProv;
            m_keySpec = context.dwKeySpec;
            m_freeKey = false;
            m_facts.hasPrivateKey = true;
        }
    }
    ~Win32Certificate() override
    {
        if (m_key && m_freeKey) {
            if (m_keySpec == CERT_NCRYPT_KEY_SPEC)
                NCryptFreeObject(m_key);
            else
                CryptReleaseContext(m_key, 0);
        }
        if (m_deleteKeySet)
            deleteKeySet(m_certificate);
        CertFreeCertificateContext(m_certificate);
        CertCloseStore(m_store, CERT_CLOSE_STORE_FORCE_FLAG);
    }
    const CertificateFacts& facts() const override { return m_facts; }
    bool failedForThisSystem() const override { return m_failedForThisSystem; }

    std::vector<std::uint8_t> signRs256(std::string_view data, std::string& error) const override
    {
        if (!m_key) {
            error = "the file's certificate has no private key this system can use: " + m_keyError;
            return {};
        }
        std::vector<std::uint8_t> signature;
        if (m_keySpec == CERT_NCRYPT_KEY_SPEC) {
            unsigned char digest[32];
            if (!sha256(data, digest)) {
                error = "SHA-256 failed";
                return {};
            }
            BCRYPT_PKCS1_PADDING_INFO padding{BCRYPT_SHA256_ALGORITHM};
            DWORD length = 0;
            SECURITY_STATUS status = NCryptSignHash(m_key, &padding, digest, sizeof digest, nullptr, 0, &length, BCRYPT_PAD_PKCS1);
            if (status == ERROR_SUCCESS) {
                signature.resize(length);
                status = NCryptSignHash(m_key, &padding, digest, sizeof digest, signature.data(), length, &length, BCRYPT_PAD_PKCS1);
                signature.resize(length);
            }
            if (status != ERROR_SUCCESS) {
                error = "NCryptSignHash failed: " + win32ErrorText(DWORD(status));
                m_failedForThisSystem = pfx::isSystemLimitation(std::uint32_t(status));
                signature.clear();
            }
            return signature;
        }
        HCRYPTHASH hash = 0;
        DWORD length = 0;
        HCRYPTPROV provider = m_key;
        HCRYPTPROV aes = 0;
        // A key of the RSA Full provider has no SHA-256: open the same key container with the Enhanced RSA and AES
        // provider, which has (the documented way to sign SHA-256 with a CryptoAPI key).
        if (!CryptCreateHash(provider, CALG_SHA_256, 0, 0, &hash) && GetLastError() == DWORD(NTE_BAD_ALGID)) {
            DWORD size = 0;
            std::string container;
            DWORD flags = 0;
            if (CryptGetProvParam(provider, PP_CONTAINER, nullptr, &size, 0) && size > 0) {
                container.resize(size);
                CryptGetProvParam(provider, PP_CONTAINER, reinterpret_cast<BYTE*>(container.data()), &size, 0);
                container.resize(std::strlen(container.c_str()));
            }
            DWORD keysetType = 0;
            size = sizeof keysetType;
            if (CryptGetProvParam(provider, PP_KEYSET_TYPE, reinterpret_cast<BYTE*>(&keysetType), &size, 0) && (keysetType & CRYPT_MACHINE_KEYSET))
                flags |= CRYPT_MACHINE_KEYSET;
            if (!container.empty() &&
                CryptAcquireContextA(&aes, container.c_str(), MS_ENH_RSA_AES_PROV_A, PROV_RSA_AES, flags | CRYPT_SILENT))
                provider = aes;
        }
        if ((hash || CryptCreateHash(provider, CALG_SHA_256, 0, 0, &hash)) &&
            CryptHashData(hash, reinterpret_cast<const BYTE*>(data.data()), DWORD(data.size()), 0) &&
            CryptSignHashW(hash, m_keySpec, nullptr, 0, nullptr, &length)) {
            signature.resize(length);
            if (CryptSignHashW(hash, m_keySpec, nullptr, 0, signature.data(), &length)) {
                signature.resize(length);
                std::reverse(signature.begin(), signature.end());  // CryptoAPI writes it little-endian
            } else {
                signature.clear();
            }
        }
        if (signature.empty()) {
            const DWORD code = GetLastError();
            error = "CryptSignHash failed: " + win32ErrorText(code);
            m_failedForThisSystem = pfx::isSystemLimitation(std::uint32_t(code));
        }
        if (hash)
            CryptDestroyHash(hash);
        if (aes)
            CryptReleaseContext(aes, 0);
        return signature;
    }

private:
    HCERTSTORE m_store;
    PCCERT_CONTEXT m_certificate;
    HCRYPTPROV_OR_NCRYPT_KEY_HANDLE m_key = 0;
    DWORD m_keySpec = 0;
    bool m_freeKey = false;
    bool m_deleteKeySet = false;
    std::string m_keyError;
    mutable bool m_failedForThisSystem = false;
    CertificateFacts m_facts;
};

// The end-entity certificate is the one with a private key; else the first.
PCCERT_CONTEXT chooseCertificate(HCERTSTORE store, bool* hasKey)
{
    PCCERT_CONTEXT chosen = nullptr;
    *hasKey = false;
    for (PCCERT_CONTEXT it = CertEnumCertificatesInStore(store, nullptr); it; it = CertEnumCertificatesInStore(store, it)) {
        DWORD size = 0;
        const bool key = CertGetCertificateContextProperty(it, CERT_KEY_PROV_INFO_PROP_ID, nullptr, &size) ||
                         CertGetCertificateContextProperty(it, CERT_NCRYPT_KEY_HANDLE_PROP_ID, nullptr, &size) ||
                         CertGetCertificateContextProperty(it, CERT_KEY_CONTEXT_PROP_ID, nullptr, &size);
        if (!chosen || key) {
            if (chosen)
                CertFreeCertificateContext(chosen);
            chosen = CertDuplicateCertificateContext(it);
            if (key) {
                *hasKey = true;
                CertFreeCertificateContext(it);
                break;
            }
        }
    }
    return chosen;
}

// One PFXImportCertStore, told to the test seam (flags, password form, error; never the password).
HCERTSTORE importWith(CRYPT_DATA_BLOB& blob, std::uint32_t flags, pfx::Password password)
{
    HCERTSTORE store = PFXImportCertStore(&blob, password == pfx::Password::Null ? nullptr : L"", DWORD(flags));
    const DWORD error = store ? 0 : GetLastError();
    if (const auto& observer = pfx::importObserver())
        observer({flags, password, std::uint32_t(error)});
    SetLastError(error);
    return store;
}

class Win32Signer final : public CertificateSigner {
public:
    std::unique_ptr<ImportedCertificate> importPfx(std::string_view pfx, std::string& error) override
    {
        std::vector<BYTE> bytes(pfx.begin(), pfx.end());
        CRYPT_DATA_BLOB blob{DWORD(bytes.size()), bytes.data()};
        std::unique_ptr<ImportedCertificate> imported;
        if (!PFXIsPFXBlob(&blob)) {
            error = "not a PFX (PKCS #12) file";
            SecureZeroMemory(bytes.data(), bytes.size());
            return nullptr;
        }
        // pfx::kImportFlags: the CNG, in-memory import first (Windows 8 and later). Wine 8's PFXImportCertStore
        // attaches no key with PKCS12_NO_PERSIST_KEY and may refuse PKCS12_ALWAYS_CNG_KSP: there, and only when an
        // import yields no key, the next form is tried, last a temporary key set that the certificate's destructor
        // deletes (deleteKeySet). None is exportable. The first failure is the one reported.
        pfx::Password password = pfx::Password::Empty;
        std::string firstError;
        for (const std::uint32_t flags : pfx::kImportFlags) {
            HCERTSTORE store = importWith(blob, flags, password);
            if (!store && pfx::retryWithNullPassword(password, std::uint32_t(GetLastError()))) {
                password = pfx::Password::Null;
                store = importWith(blob, flags, password);
            }
            if (!store) {
                const DWORD code = GetLastError();
                if (firstError.empty())
                    firstError = pfx::isWrongPassword(code) ? "the PFX needs a password (neither an empty one nor none opens it): " + win32ErrorText(code)
                                                            : "the PFX could not be opened: " + win32ErrorText(code);
                if (pfx::isWrongPassword(code))
                    break;  // the other forms would be refused alike
                continue;
            }
            bool hasKey = false;
            PCCERT_CONTEXT chosen = chooseCertificate(store, &hasKey);
            if (!chosen) {
                CertCloseStore(store, 0);
                firstError = "the PFX holds no certificate";
                break;
            }
            const bool persisted = (flags & pfx::kNoPersistKey) == 0;
            if (hasKey || persisted) {
                imported = std::make_unique<Win32Certificate>(store, chosen, persisted && hasKey);
                break;
            }
            CertFreeCertificateContext(chosen);
            CertCloseStore(store, CERT_CLOSE_STORE_FORCE_FLAG);
        }
        if (!imported)
            error = firstError;
        SecureZeroMemory(bytes.data(), bytes.size());
        return imported;
    }
};

}  // namespace

std::shared_ptr<CertificateSigner> makeSystemCertificateSigner()
{
    return std::make_shared<Win32Signer>();
}

}  // namespace mars::platform
