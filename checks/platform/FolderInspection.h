#pragma once
#include "Platform.h"

namespace mars::platform {

// The folder's own attributes, or, while it does not exist yet, those of its nearest existing ancestor:
// compression and encryption set there are inherited by the folder once setup creates it.
struct FolderInspection {
    std::filesystem::path requested;
    std::filesystem::path inspected;
    bool requestedExists = false;
    AttributeRead read;
};

FolderInspection inspectFolder(Platform& platform, const std::filesystem::path& folder);

std::string describeAttributes(FolderAttributes attributes);  // "System, Hidden" — English, for logs and tests

}  // namespace mars::platform
