#include "ProgramSignature.h"

namespace mars::platform {

const char* signatureStateName(SignatureStatus::State state)
{
    switch (state) {
    case SignatureStatus::State::Signed:
        return "signed";
    case SignatureStatus::State::SignedUntrusted:
        return "signedUntrusted";
    case SignatureStatus::State::Unsigned:
        return "unsigned";
    case SignatureStatus::State::Tampered:
        return "tampered";
    case SignatureStatus::State::Revoked:
        return "revoked";
    case SignatureStatus::State::UnconfirmedOffline:
        return "unconfirmedOffline";
    case SignatureStatus::State::Unknown:
        break;
    }
    return "unknown";
}

// Matched against PowerShell's Get-AuthenticodeSignature (PowerShell/PowerShell,
// src/System.Management.Automation/security/MshSignature.cs, Signature.GetSignatureStatusFromWin32Error): no
// signature, a digest that does not match, an unsupported file, explicit distrust. PowerShell leaves the rest
// "UnknownError"; here the chain's answers are named too, because the report must tell a revoked certificate from a
// server that merely could not confirm one offline. Values from winerror.h.
SignatureStatus::State signatureStateFromTrustResult(std::uint32_t result)
{
    using State = SignatureStatus::State;
    switch (result) {
    case 0x00000000u:  // ERROR_SUCCESS
        return State::Signed;
    case 0x800B0100u:  // TRUST_E_NOSIGNATURE
    case 0x800B0003u:  // TRUST_E_SUBJECT_FORM_UNKNOWN
    case 0x800B0001u:  // TRUST_E_PROVIDER_UNKNOWN
        return State::Unsigned;
    case 0x80096010u:  // TRUST_E_BAD_DIGEST
    case 0x80091007u:  // CRYPT_E_HASH_VALUE
    case 0x80096004u:  // TRUST_E_CERT_SIGNATURE
        return State::Tampered;
    case 0x800B010Cu:  // CERT_E_REVOKED
        return State::Revoked;
    // Only what this computer already holds is consulted (WTD_CACHE_ONLY_URL_RETRIEVAL): an intermediate that is
    // not cached, or a revocation answer that cannot be had, says nothing about the file itself.
    case 0x800B010Au:  // CERT_E_CHAINING
    case 0x80092013u:  // CRYPT_E_REVOCATION_OFFLINE
    case 0x800B010Eu:  // CERT_E_REVOCATION_FAILURE
    case 0x80092012u:  // CRYPT_E_NO_REVOCATION_CHECK
        return State::UnconfirmedOffline;
    case 0x800B0109u:  // CERT_E_UNTRUSTEDROOT
    case 0x800B0111u:  // TRUST_E_EXPLICIT_DISTRUST
    case 0x800B010Du:  // CERT_E_UNTRUSTEDTESTROOT
    case 0x800B0101u:  // CERT_E_EXPIRED
    case 0x800B0110u:  // CERT_E_WRONG_USAGE
        return State::SignedUntrusted;
    default:
        // Anything else (a policy refusal, a broken signature block): not examined, never called signed.
        return State::Unknown;
    }
}

}  // namespace mars::platform
