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
    case SignatureStatus::State::Unknown:
        break;
    }
    return "unknown";
}

}  // namespace mars::platform
