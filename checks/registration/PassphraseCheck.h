#pragma once
#include "../Check.h"
#include "../secret/PassphraseStore.h"

namespace mars {

// Check 6 of the article: on re-registration the passphrase must be the one used before, or the earlier backups
// cannot be restored. Checks the agent's rules (16+ ASCII characters) and, when the user picks the file saved at
// the first registration, that the two match. The passphrase never appears in any result.
class PassphraseCheck final : public CheckOf<PassphraseCheck> {
    MARS_DECLARE_MESSAGES(PassphraseCheck)
public:
    static constexpr char kId[] = "passphrase";
    enum class Code {
        FirstNoneEntered, RegisteredNoneEntered, BreaksRules, MeetsRulesFirst, MeetsRulesNoFile, SavedFileUnreadable,
        Matches, DoesNotMatch, Count
    };
    static std::span<const FindingSpec> findings();

    static constexpr std::size_t kMinimumLength = 16;
    static constexpr qint64 kMaxFileSize = 64 * 1024;

    PassphraseCheck(std::shared_ptr<platform::Platform> platform, std::shared_ptr<PassphraseStore> store);
    Verdict judge(const CheckContext& context) const override;

    // The agent's rules; empty when they are met. Says nothing of the passphrase but what is wrong with it.
    static Message ruleProblem(const SecretBuffer& passphrase);
    // The passphrase stored in a saved passphrase file: its first line. Empty and `error` set on bad input.
    static SecretBuffer readPassphraseFile(const QString& path, Message* error);

private:
    std::shared_ptr<platform::Platform> m_platform;
    std::shared_ptr<PassphraseStore> m_store;
};

}  // namespace mars
