// The portable build has no Windows version, .NET Framework or registry: everything here is "not applicable", so the
// checks say they did not examine it instead of passing it.
#include "../Platform.h"

namespace mars::platform {

namespace {
class PosixSystemConfig final : public SystemConfig {
public:
    OsInfo osInfo() override { return {}; }
    DotNetInfo dotNet() override { return {}; }
    TlsSettings tlsSettings() override { return {}; }
    ChangeResult writeTlsSettings(const TlsValues&) override { return {{}, {"there is no registry on this system"}}; }
    std::optional<TlsValues> savedTlsSettings() override { return std::nullopt; }
    ChangeResult saveTlsSettings(const TlsValues&) override { return {{}, {"there is no registry on this system"}}; }
    ChangeResult forgetSavedTlsSettings() override { return {}; }
};
}  // namespace

std::unique_ptr<SystemConfig> makeSystemConfig()
{
    return std::make_unique<PosixSystemConfig>();
}

}  // namespace mars::platform
