#pragma once
// The attributes of the agent's install folder that its setup rejects, read and cleared; and what the agent's cache
// folder must be: its volume and its own storage attributes.
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

enum class VolumeKind { Unknown, Fixed, Removable, Network, Optical, RamDisk };

// A folder's storage, as the agent's cache folder rules ask about it (what Windows says of the folder itself, and
// of the volume it is on). Read only: nothing here changes anything.
struct FolderStorage {
    AttributeRead::State state = AttributeRead::State::Failed;  // of the folder itself
    std::string error;                                          // why the folder could not be read
    bool isDirectory = false;
    bool compressed = false, encrypted = false, sparse = false, reparsePoint = false;
    std::filesystem::path volumeRoot;  // "D:\", a mount point, "\\server\share\"; empty when not found
    VolumeKind kind = VolumeKind::Unknown;
    bool volumeRead = false;  // its file system was read; false: offline, not ready, or refused (volumeError says)
    std::string fileSystem;   // "NTFS", "ReFS", "FAT32", "ext4"
    bool readOnly = false;
    std::string volumeError;
    bool spaceRead = false;
    std::uint64_t freeBytes = 0, totalBytes = 0;
};

class Folders {
public:
    virtual ~Folders() = default;
    virtual AttributeRead readAttributes(const std::filesystem::path& path) = 0;
    virtual ChangeResult clearAttributes(const std::filesystem::path& folder, FolderAttributes which) = 0;
    // Whether this process may change the folder's attributes as it runs now (false: only an administrator can).
    virtual bool canChangeAttributes(const std::filesystem::path& folder) = 0;
    virtual FolderStorage folderStorage(const std::filesystem::path& folder) = 0;
};

}  // namespace mars::platform
