#pragma once
#include "../Check.h"
#include "CacheFolderRules.h"

namespace mars {

// Beyond the article's steps, though registration's errors 0x1FC07 and 34506 start here: the agent's cache
// ("scratch") folder. The two ScratchLocation values agree and name a folder that exists; OnlineBackup.KEK in it
// (reported, not required: a server not registered yet has none); the folder is not compressed, encrypted, sparse
// or a reparse point; its volume is local, fixed, online, writable, NTFS or ReFS; and its free space against the
// documented rule, which depends on how much data is backed up — a number this program cannot know. No fix: moving
// the cache means copying it with the agent stopped, so the check says how (Microsoft's steps, linked).
class CacheFolderCheck final : public CheckOf<CacheFolderCheck> {
    MARS_DECLARE_MESSAGES(CacheFolderCheck)
public:
    static constexpr char kId[] = "cache-folder";
    enum class Code {
        Good, NoWindowsAgent, AgentNotInstalled, LocationMissing, LocationsDiffer, FolderMissing, Unexaminable, IsFile,
        BadAttributes, NetworkShare, Removable, NotFixed, DriveTypeUnknown, FileSystemUnreadable, WrongFileSystem,
        ReadOnly, FreeSpaceUnreadable, LowFreeSpace, Count
    };
    static std::span<const FindingSpec> findings();

    explicit CacheFolderCheck(std::shared_ptr<platform::Platform> platform, const CacheFolderRules& rules = CacheFolderRules::builtIn());
    Verdict judge(const CheckContext& context) const override;

private:
    std::shared_ptr<platform::Platform> m_platform;
    CacheFolderRules m_rules;
};

}  // namespace mars
