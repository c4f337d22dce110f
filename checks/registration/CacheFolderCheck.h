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
class CacheFolderCheck final : public Check {
    MARS_DECLARE_MESSAGES(CacheFolderCheck)
public:
    explicit CacheFolderCheck(std::shared_ptr<platform::Platform> platform, const CacheFolderRules& rules = CacheFolderRules::builtIn());
    CheckResult run(const CheckContext& context) const override;

private:
    std::shared_ptr<platform::Platform> m_platform;
    CacheFolderRules m_rules;
};

}  // namespace mars
