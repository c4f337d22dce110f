#pragma once
// The system's network settings as the user sees them.
#include "Change.h"

namespace mars::platform {

class NetworkSettings {
public:
    virtual ~NetworkSettings() = default;
    // Opens the system's proxy settings for the user (Windows: Settings > Network > Proxy).
    virtual bool canOpenProxySettings() = 0;
    virtual ChangeResult openProxySettings() = 0;
};

}  // namespace mars::platform
