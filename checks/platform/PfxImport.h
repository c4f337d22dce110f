#pragma once
// How the Win32 signer imports the vault file's PFX (PFXImportCertStore), as decisions that are tested on every
// platform: which flags, which password form, when to try again, and which failures are this system's rather than
// the file's. Only the Win32 layer calls PFXImportCertStore; the POSIX signer uses OpenSSL.
#include <cstdint>
#include <functional>

namespace mars::platform::pfx {

// wincrypt.h's values.
inline constexpr std::uint32_t kCryptUserKeyset = 0x00001000;     // CRYPT_USER_KEYSET
inline constexpr std::uint32_t kAlwaysCngKsp = 0x00000200;        // PKCS12_ALWAYS_CNG_KSP
inline constexpr std::uint32_t kNoPersistKey = 0x00008000;        // PKCS12_NO_PERSIST_KEY

// PFXImportCertStore's szPassword: "" and NULL are different passwords ("this value must be exactly the same as the
// value that was used to encrypt the packet", learn.microsoft.com, PFXImportCertStore).
enum class Password { Empty, Null };

struct Attempt {
    std::uint32_t flags = 0;
    Password password = Password::Empty;
    std::uint32_t error = 0;  // GetLastError after it; 0 when the import succeeded
};

// The import, in order: the key in memory only and in a CNG key storage provider (what .NET asks for with
// X509KeyStorageFlags.EphemeralKeySet), then the two older forms the signer falls back to where the CNG one is not
// supported (Wine 8): in memory with the provider the PFX names, then a temporary key set deleted afterwards.
inline constexpr std::uint32_t kImportFlags[] = {kCryptUserKeyset | kAlwaysCngKsp | kNoPersistKey, kCryptUserKeyset | kNoPersistKey,
                                                 kCryptUserKeyset};

// ERROR_INVALID_PASSWORD (86), as a Win32 code or as its HRESULT (0x80070056).
bool isWrongPassword(std::uint32_t error);

// After an attempt with `tried` failed with `error`: the password to try the same import with, or none. An empty
// password that is refused is tried once as NULL: portal files are exported with one or the other.
bool retryWithNullPassword(Password tried, std::uint32_t error);

// A failure that says this system's key provider cannot do what is asked (NTE_BAD_ALGID: the legacy RSA provider has
// no SHA-256; NTE_NOT_SUPPORTED, NTE_BAD_FLAGS, NTE_BAD_PROV_TYPE, NTE_PROV_TYPE_NOT_DEF): never the file's fault.
bool isSystemLimitation(std::uint32_t error);

// Test seam: called after every PFXImportCertStore the Win32 signer makes (never with the password). Empty: nothing.
std::function<void(const Attempt&)>& importObserver();

}  // namespace mars::platform::pfx
