// The running program's Authenticode signature: WinVerifyTrust with WINTRUST_ACTION_GENERIC_VERIFY_V2 (the policy
// Explorer and SmartScreen apply to a signed file) on the file GetModuleFileNameW names, with no UI and offline:
// revocation is turned off with WTD_REVOCATION_CHECK_NONE in dwProvFlags ("do not perform revocation checking",
// learn.microsoft.com WINTRUST_DATA; WTD_REVOKE_NONE in fdwRevocationChecks only means "no additional" checks) and
// URLs come from the cache only (WTD_CACHE_ONLY_URL_RETRIEVAL), so it never waits on the network. PowerShell's
// Get-AuthenticodeSignature (PowerShell/PowerShell, security/nativeMethods.cs, InitWintrustDataStructFromFile) sets
// the same fdwRevocationChecks = 0 but leaves dwProvFlags 0, so it does check revocation, online. What the answer
// means: signatureStateFromTrustResult (matched against PowerShell's mapping). The signer is read from the embedded PKCS #7 itself (CryptQueryObject,
// CryptMsgGetParam(CMSG_SIGNER_INFO_PARAM), the signer's certificate found by issuer and serial number with
// CertFindCertificateInStore, its name with CertGetNameStringW), as Microsoft's "How to get information from
// Authenticode signed executables" does; so an untrusted or broken signature still names who signed it.
#include "../ProgramSignature.h"
#include "../TextConversion.h"
#include "Win32Parts.h"

#include <softpub.h>
#include <wincrypt.h>
#include <wintrust.h>

#include <cstdint>
#include <cstdio>
#include <vector>

namespace mars::platform {

namespace {

// The portable mapping spells the HRESULTs as numbers: the SDK's names must agree with them.
static_assert(std::uint32_t(CERT_E_REVOKED) == 0x800B010Cu && std::uint32_t(CERT_E_CHAINING) == 0x800B010Au &&
              std::uint32_t(CRYPT_E_REVOCATION_OFFLINE) == 0x80092013u && std::uint32_t(CERT_E_REVOCATION_FAILURE) == 0x800B010Eu &&
              std::uint32_t(CRYPT_E_NO_REVOCATION_CHECK) == 0x80092012u && std::uint32_t(CERT_E_UNTRUSTEDROOT) == 0x800B0109u &&
              std::uint32_t(TRUST_E_NOSIGNATURE) == 0x800B0100u && std::uint32_t(TRUST_E_BAD_DIGEST) == 0x80096010u &&
              std::uint32_t(TRUST_E_EXPLICIT_DISTRUST) == 0x800B0111u && std::uint32_t(CRYPT_E_HASH_VALUE) == 0x80091007u);

std::string hresultText(LONG code)
{
    char text[16];
    std::snprintf(text, sizeof text, "0x%08lX", static_cast<unsigned long>(code));
    return text;
}

std::wstring runningProgramPath()
{
    std::wstring path(MAX_PATH, L'\0');
    for (;;) {
        const DWORD length = GetModuleFileNameW(nullptr, path.data(), DWORD(path.size()));
        if (length == 0)
            return {};
        if (length < path.size()) {
            path.resize(length);
            return path;
        }
        if (path.size() >= 32768)
            return {};
        path.resize(path.size() * 2);
    }
}

std::string certificateName(PCCERT_CONTEXT certificate, DWORD flags)
{
    const DWORD size = CertGetNameStringW(certificate, CERT_NAME_SIMPLE_DISPLAY_TYPE, flags, nullptr, nullptr, 0);
    if (size <= 1)
        return {};
    std::wstring name(size, L'\0');
    CertGetNameStringW(certificate, CERT_NAME_SIMPLE_DISPLAY_TYPE, flags, nullptr, name.data(), size);
    name.resize(size - 1);
    return toUtf8(name);
}

// The first signer's subject and issuer names from the file's embedded signature; false when it has none.
bool readSigner(const std::wstring& path, std::string& signer, std::string& issuer)
{
    DWORD encoding = 0, contentType = 0, formatType = 0;
    HCERTSTORE store = nullptr;
    HCRYPTMSG message = nullptr;
    if (!CryptQueryObject(CERT_QUERY_OBJECT_FILE, path.c_str(), CERT_QUERY_CONTENT_FLAG_PKCS7_SIGNED_EMBED,
                          CERT_QUERY_FORMAT_FLAG_BINARY, 0, &encoding, &contentType, &formatType, &store, &message, nullptr))
        return false;
    bool found = false;
    DWORD size = 0;
    if (CryptMsgGetParam(message, CMSG_SIGNER_INFO_PARAM, 0, nullptr, &size) && size > 0) {
        std::vector<BYTE> buffer(size);
        if (CryptMsgGetParam(message, CMSG_SIGNER_INFO_PARAM, 0, buffer.data(), &size)) {
            const auto* info = reinterpret_cast<const CMSG_SIGNER_INFO*>(buffer.data());
            CERT_INFO wanted = {};
            wanted.Issuer = info->Issuer;
            wanted.SerialNumber = info->SerialNumber;
            if (PCCERT_CONTEXT certificate = CertFindCertificateInStore(store, X509_ASN_ENCODING | PKCS_7_ASN_ENCODING, 0,
                                                                        CERT_FIND_SUBJECT_CERT, &wanted, nullptr)) {
                signer = certificateName(certificate, 0);
                issuer = certificateName(certificate, CERT_NAME_ISSUER_FLAG);
                found = true;
                CertFreeCertificateContext(certificate);
            }
        }
    }
    CryptMsgClose(message);
    CertCloseStore(store, 0);
    return found;
}

LONG verifyTrust(const std::wstring& path)
{
    WINTRUST_FILE_INFO file = {};
    file.cbStruct = sizeof file;
    file.pcwszFilePath = path.c_str();
    WINTRUST_DATA data = {};
    data.cbStruct = sizeof data;
    data.dwUIChoice = WTD_UI_NONE;
    data.fdwRevocationChecks = WTD_REVOKE_NONE;
    data.dwUnionChoice = WTD_CHOICE_FILE;
    data.pFile = &file;
    data.dwStateAction = WTD_STATEACTION_VERIFY;
    data.dwProvFlags = WTD_REVOCATION_CHECK_NONE | WTD_CACHE_ONLY_URL_RETRIEVAL;
    GUID action = WINTRUST_ACTION_GENERIC_VERIFY_V2;
    // INVALID_HANDLE_VALUE as the window: "there is no interactive user" (WinVerifyTrust's documentation).
    const LONG result = WinVerifyTrust(static_cast<HWND>(INVALID_HANDLE_VALUE), &action, &data);
    data.dwStateAction = WTD_STATEACTION_CLOSE;
    WinVerifyTrust(static_cast<HWND>(INVALID_HANDLE_VALUE), &action, &data);
    return result;
}

class Win32ProgramSignature final : public ProgramSignature {
public:
    SignatureStatus ofRunningProgram() override
    {
        SignatureStatus status;
        const std::wstring path = runningProgramPath();
        if (path.empty()) {
            status.error = "GetModuleFileNameW: " + win32ErrorText(GetLastError());
            return status;
        }
        const LONG result = verifyTrust(path);
        readSigner(path, status.signer, status.issuer);
        status.state = signatureStateFromTrustResult(static_cast<std::uint32_t>(result));
        if (result != ERROR_SUCCESS)
            status.error = "WinVerifyTrust: " + hresultText(result);
        return status;
    }
};

}  // namespace

std::unique_ptr<ProgramSignature> makeSystemProgramSignature()
{
    return std::make_unique<Win32ProgramSignature>();
}

}  // namespace mars::platform
