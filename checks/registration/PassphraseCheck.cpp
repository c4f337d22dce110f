#include "PassphraseCheck.h"

#include "../PlatformText.h"

#include <QFile>
#include <QFileInfo>

namespace mars {

std::span<const FindingSpec> PassphraseCheck::findings()
{
    using A = Article;
    static constexpr FindingSpec table[] = {
        {Code::FirstNoneEntered, "MSD-PWD-001", kPass, "First registration; no passphrase entered yet.", A::Faq, Examined::No},
        {Code::RegisteredNoneEntered, "MSD-PWD-002", kWarning, "Registered before; no passphrase entered to confirm it matches.", A::Troubleshoot, Examined::No},
        {Code::BreaksRules, "MSD-PWD-003", kFail, "The passphrase breaks the agent's rules (ASCII only, at least 16 characters).", A::Faq},
        {Code::MeetsRulesFirst, "MSD-PWD-004", kPass, "The passphrase meets the agent's rules (first registration).", A::Faq},
        {Code::MeetsRulesNoFile, "MSD-PWD-005", kWarning, "The passphrase meets the rules; the file saved at the first registration was not given to compare.", A::Troubleshoot, Examined::No},
        {Code::SavedFileUnreadable, "MSD-PWD-006", kError, "The saved passphrase file could not be read.", A::Troubleshoot},
        {Code::Matches, "MSD-PWD-007", kPass, "The passphrase matches the one saved at the first registration.", A::Troubleshoot},
        {Code::DoesNotMatch, "MSD-PWD-008", kFail, "The passphrase does not match the one saved at the first registration.", A::Troubleshoot},
    };
    static_assert(coversEachCodeInOrder<Code>(table));
    return table;
}

PassphraseCheck::PassphraseCheck(std::shared_ptr<platform::Platform> platform, std::shared_ptr<PassphraseStore> store)
    : m_platform(std::move(platform)), m_store(std::move(store))
{
}

Message PassphraseCheck::ruleProblem(const SecretBuffer& passphrase)
{
    if (passphrase.size() < kMinimumLength)
        return msg("The passphrase is shorter than %1 characters.").arg(qulonglong(kMinimumLength));
    for (const char c : passphrase.view())
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7e)
            return msg("The passphrase has characters other than ASCII letters, digits and symbols.");
    return {};
}

SecretBuffer PassphraseCheck::readPassphraseFile(const QString& path, Message* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = msg("Could not open the passphrase file: %1").arg(file.errorString());
        return {};
    }
    if (file.size() > kMaxFileSize) {
        *error = msg("The chosen file is too large to be a passphrase file.");
        return {};
    }
    QByteArray bytes = file.readAll();
    // The first line, without a UTF-8 byte-order mark or line end.
    qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    qsizetype end = start;
    while (end < bytes.size() && bytes[end] != '\n' && bytes[end] != '\r')
        ++end;
    SecretBuffer passphrase(std::string_view(bytes.constData() + start, std::size_t(end - start)));
    wipeMemory(bytes.data(), std::size_t(bytes.size()));
    if (passphrase.empty())
        *error = msg("The chosen file does not start with a passphrase.");
    return passphrase;
}

PassphraseCheck::Verdict PassphraseCheck::judge(const CheckContext&) const
{
    Verdict result;
    const platform::AgentRegistration registration = m_platform->agent().agentRegistration();
    result.facts = {{QStringLiteral("registeredBefore"), registration.registered}, {QStringLiteral("scratch"), pathText(registration.scratch)}};
    if (!registration.applicable) {
        result.evidence << msg("There is no agent on this system to have been registered before.");
    } else if (registration.registered) {
        result.evidence << msg("This server was registered before: the agent's cache folder %1 holds OnlineBackup.KEK.")
                               .argPath(registration.scratch);
    } else {
        result.evidence << (registration.scratch.empty() ? msg("No earlier registration found: the agent has no cache folder configured.")
                                                         : msg("No earlier registration found: %1 holds no OnlineBackup.KEK.")
                                                               .argPath(registration.scratch));
    }
    // Whether the two ScratchLocation values agree, and the folder itself, are the cache-folder check's.
    result.evidence << msg("Re-registering with a different passphrase makes the earlier backups impossible to restore, and "
                          "Microsoft cannot recover a lost passphrase. Keep it off this computer (a file elsewhere, or a password manager).");

    const SecretBuffer entered = m_store->passphrase();
    const QString file = m_store->passphraseFile();
    if (entered.empty()) {
        result.status = registration.registered ? Status::Warning : Status::Pass;
        result.code = registration.registered ? Code::RegisteredNoneEntered : Code::FirstNoneEntered;
        result.summary = registration.registered ? msg("Registered before: enter the passphrase you will use to confirm it matches.")
                                                 : msg("First registration: choose a passphrase of at least 16 characters and save it off this computer.");
        return result;
    }
    if (const Message problem = ruleProblem(entered); !problem.isEmpty()) {
        result.status = Status::Fail;
        result.code = Code::BreaksRules;
        result.summary = problem;
        result.evidence << msg("The agent accepts ASCII characters only and asks for at least %1 of them.").arg(qulonglong(kMinimumLength));
        return result;
    }
    result.evidence << msg("The passphrase you entered meets the agent's rules (at least %1 ASCII characters).").arg(qulonglong(kMinimumLength));
    if (file.isEmpty()) {
        result.status = registration.registered ? Status::Warning : Status::Pass;
        result.code = registration.registered ? Code::MeetsRulesNoFile : Code::MeetsRulesFirst;
        result.summary = registration.registered ? msg("The passphrase meets the rules; pick the file saved at the first registration to confirm it is the same.")
                                                 : msg("The passphrase meets the agent's rules.");
        return result;
    }
    Message error;
    const SecretBuffer saved = readPassphraseFile(file, &error);
    const QString name = QFileInfo(file).fileName();
    if (saved.empty())
        return Verdict::error(Code::SavedFileUnreadable, error, result.evidence);
    if (saved.equals(entered.view())) {
        result.status = Status::Pass;
        result.code = Code::Matches;
        result.summary = msg("The passphrase matches the one saved in %1.").arg(name);
    } else {
        result.status = Status::Fail;
        result.code = Code::DoesNotMatch;
        result.summary = msg("The passphrase does not match the one saved in %1.").arg(name);
        result.evidence << msg("Registering with it would fail (\"Failed to set the encryption key\") or make the earlier backups "
                              "unrestorable. Find the passphrase used before; with the old server still registered, the portal's "
                              "Security PIN lets you set a new one.");
    }
    return result;
}

}  // namespace mars
