#pragma once
// The attributes of the agent's install folder that its setup rejects, read and cleared.
#include "Change.h"

#include <filesystem>

namespace mars::platform {

// Bit set of the install-folder attributes the agent's setup rejects.
enum FolderAttribute : std::uint32_t {
    AttrSystem = 1u << 0,
    AttrHidden = 1u << 1,
    AttrCompressed = 1u << 2,
    AttrEncrypted = 1u << 3,
};
using FolderAttributes = std::uint32_t;
inline constexpr FolderAttributes kAllFolderAttributes = AttrSystem | AttrHidden | AttrCompressed | AttrEncrypted;

struct AttributeRead {
    enum class State { Found, Missing, Failed };
    State state = State::Failed;
    bool isDirectory = false;
    FolderAttributes attributes = 0;
    std::string error;
};

class Folders {
public:
    virtual ~Folders() = default;
    virtual AttributeRead readAttributes(const std::filesystem::path& path) = 0;
    virtual ChangeResult clearAttributes(const std::filesystem::path& folder, FolderAttributes which) = 0;
    // Whether this process may change the folder's attributes as it runs now (false: only an administrator can).
    virtual bool canChangeAttributes(const std::filesystem::path& folder) = 0;
};

}  // namespace mars::platform
