// Proxy settings are a Windows dialog; the portable build has none to open.
#include "PosixParts.h"

namespace mars::platform {

namespace {
class PosixNetworkSettings final : public NetworkSettings {
public:
    bool canOpenProxySettings() override { return false; }
    ChangeResult openProxySettings() override { return {{}, {"proxy settings are a Windows dialog"}}; }
};
}  // namespace

std::unique_ptr<NetworkSettings> makeSystemNetworkSettings()
{
    return std::make_unique<PosixNetworkSettings>();
}

}  // namespace mars::platform
