#pragma once
// Whether the running program's file carries a valid Authenticode signature, and whose: so a helpdesk can tell its
// own signed copy from one that was changed, and the report says which it was. Standard C++ only, like Platform.h.
#include <cstdint>
#include <string>

namespace mars::platform {

struct SignatureStatus {
    enum class State {
        Signed,           // a valid signature whose certificate chains to a root this computer trusts
        SignedUntrusted,  // the signature matches the file, but the certificate is not trusted here (signer still named)
        Unsigned,         // no signature at all
        Tampered,         // a signature whose digest does not match the file: changed after signing
        Revoked,          // the signing certificate was revoked by its issuer (CERT_E_REVOKED)
        UnconfirmedOffline,  // signed, but the chain or its revocation could not be confirmed from what this computer
                             // already holds (no network is asked): neither trusted nor untrusted
        Unknown,          // not examined (not a Windows program) or the check itself failed: never claimed signed
    };
    State state = State::Unknown;
    std::string signer;  // the signing certificate's subject name (CN), as Windows shows it; empty when unknown
    std::string issuer;  // its issuer's name
    std::string error;   // why the state is Unknown, or what Windows said (e.g. "0x800B0109")
};

class ProgramSignature {
public:
    virtual ~ProgramSignature() = default;
    // The file of the running program (GetModuleFileNameW on Windows). Verified offline: no revocation check and only
    // cached URL retrieval, so it takes no network time.
    virtual SignatureStatus ofRunningProgram() = 0;
};

// "signed", "signedUntrusted", "unsigned", "tampered", "revoked", "unconfirmedOffline", "unknown"
const char* signatureStateName(SignatureStatus::State state);

// What WinVerifyTrust's answer (an HRESULT, e.g. 0x800B010C CERT_E_REVOKED) says about the file. Portable, so the
// mapping is tested on every platform; only the Win32 layer has answers to give it.
SignatureStatus::State signatureStateFromTrustResult(std::uint32_t result);

}  // namespace mars::platform
