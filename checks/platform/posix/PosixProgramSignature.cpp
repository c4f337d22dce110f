// Authenticode is a Windows file's signature: a POSIX build has none to verify, and never claims one.
#include "../Platform.h"

namespace mars::platform {

namespace {
class PosixProgramSignature final : public ProgramSignature {
public:
    SignatureStatus ofRunningProgram() override { return {SignatureStatus::State::Unknown, {}, {}, "not a Windows program"}; }
};
}  // namespace

std::unique_ptr<ProgramSignature> makeSystemProgramSignature()
{
    return std::make_unique<PosixProgramSignature>();
}

}  // namespace mars::platform
