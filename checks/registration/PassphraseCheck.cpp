#include "PassphraseCheck.h"

#include "../PlatformText.h"

#include <QFile>
#include <QFileInfo>

namespace mars {

PassphraseCheck::PassphraseCheck(std::shared_ptr<platform::Platform> platform, std::shared_ptr<PassphraseStore> store)
    : m_platform(std::move(platform)), m_store(std::move(store))
{
}

QString PassphraseCheck::ruleProblem(const SecretBuffer& passphrase)
{
    if (passphrase.size() < kMinimumLength)
        return tr("The passphrase is shorter than %1 characters.").arg(kMinimumLength);
    for (const char c : passphrase.view())
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7e)
            return tr("The passphrase has characters other than ASCII letters, digits and symbols.");
    return {};
}

SecretBuffer PassphraseCheck::readPassphraseFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Could not open the passphrase file: %1").arg(file.errorString());
        return {};
    }
    if (file.size() > kMaxFileSize) {
        *error = tr("The chosen file is too large to be a passphrase file.");
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
        *error = tr("The chosen file does not start with a passphrase.");
    return passphrase;
}

CheckResult PassphraseCheck::run(const CheckContext&) const
{
    CheckResult result;
    const platform::AgentRegistration registration = m_platform->agentRegistration();
    if (!registration.applicable) {
        result.evidence << tr("There is no agent on this system to have been registered before.");
    } else if (registration.registered) {
        result.evidence << tr("This server was registered before: the agent's cache folder %1 holds OnlineBackup.KEK.")
                               .arg(pathText(registration.scratch));
    } else {
        result.evidence << (registration.scratch.empty() ? tr("No earlier registration found: the agent has no cache folder configured.")
                                                         : tr("No earlier registration found: %1 holds no OnlineBackup.KEK.")
                                                               .arg(pathText(registration.scratch)));
    }
    if (registration.applicable && !registration.scratch.empty() && registration.scratch != registration.providerScratch)
        result.evidence << tr("The two ScratchLocation values in the registry differ (%1 and %2): registration can fail with error 34506.")
                               .arg(pathText(registration.scratch), pathText(registration.providerScratch));
    result.evidence << tr("Re-registering with a different passphrase makes the earlier backups impossible to restore, and "
                          "Microsoft cannot recover a lost passphrase. Keep it off this computer (a file elsewhere, or a password manager).");

    const SecretBuffer entered = m_store->passphrase();
    const QString file = m_store->passphraseFile();
    if (entered.empty()) {
        result.status = registration.registered ? Status::Warning : Status::Pass;
        result.summary = registration.registered ? tr("Registered before: enter the passphrase you will use to confirm it matches.")
                                                 : tr("First registration: choose a passphrase of at least 16 characters and save it off this computer.");
        return result;
    }
    if (const QString problem = ruleProblem(entered); !problem.isEmpty()) {
        result.status = Status::Fail;
        result.summary = problem;
        result.evidence << tr("The agent accepts ASCII characters only and asks for at least %1 of them.").arg(kMinimumLength);
        return result;
    }
    result.evidence << tr("The passphrase you entered meets the agent's rules (at least %1 ASCII characters).").arg(kMinimumLength);
    if (file.isEmpty()) {
        result.status = registration.registered ? Status::Warning : Status::Pass;
        result.summary = registration.registered ? tr("The passphrase meets the rules; pick the file saved at the first registration to confirm it is the same.")
                                                 : tr("The passphrase meets the agent's rules.");
        return result;
    }
    QString error;
    const SecretBuffer saved = readPassphraseFile(file, &error);
    const QString name = QFileInfo(file).fileName();
    if (saved.empty())
        return CheckResult::error(error, result.evidence);
    if (saved.equals(entered.view())) {
        result.status = Status::Pass;
        result.summary = tr("The passphrase matches the one saved in %1.").arg(name);
    } else {
        result.status = Status::Fail;
        result.summary = tr("The passphrase does not match the one saved in %1.").arg(name);
        result.evidence << tr("Registering with it would fail (\"Failed to set the encryption key\") or make the earlier backups "
                              "unrestorable. Find the passphrase used before; with the old server still registered, the portal's "
                              "Security PIN lets you set a new one.");
    }
    return result;
}

}  // namespace mars
