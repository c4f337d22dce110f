#include "AgentErrors.h"

#include "checks/installation/AdminRightsCheck.h"
#include "checks/installation/AgentCheck.h"
#include "checks/installation/InstallFolderCheck.h"
#include "checks/registration/AntivirusExclusionsCheck.h"
#include "checks/registration/CacheFolderCheck.h"
#include "checks/registration/ClockCheck.h"
#include "checks/registration/EndpointsCheck.h"
#include "checks/registration/PassphraseCheck.h"
#include "checks/registration/TempFilesCheck.h"
#include "checks/registration/TlsCheck.h"
#include "checks/registration/VaultCredentialsCheck.h"

#include "checks/TypedIds.h"

#include <QRegularExpression>

namespace mars {

// From the causes in Microsoft's MARS agent troubleshooting article ("Troubleshoot the Microsoft Azure Recovery
// Services (MARS) agent", docs.azure.cn and learn.microsoft.com, 2022 revision) and its Azure Backup Server variant.
// An error without a numeric ID in the agent's dialog gets a name here, so --error can take it too.
const std::vector<AgentError>& agentErrors()
{
    static const std::vector<AgentError> table{
        {"34513", QT_TRANSLATE_NOOP("AgentErrors", "Invalid vault credentials provided"),
         {QStringLiteral("invalid vault credentials provided")},
         {id<VaultCredentialsCheck>(), id<ClockCheck>(), id<TempFilesCheck>(), id<EndpointsCheck>(),
          id<AgentCheck>(), id<AntivirusExclusionsCheck>()}},
        {"34528", QT_TRANSLATE_NOOP("AgentErrors", "Unable to read the vault credentials file"),
         {QStringLiteral("unable to read the vault credentials"), QStringLiteral("unable to read vault credentials")},
         {id<VaultCredentialsCheck>()}},
        {"100050", QT_TRANSLATE_NOOP("AgentErrors", "Unable to connect to Microsoft Azure Backup"),
         {QStringLiteral("unable to connect to microsoft azure backup"), QStringLiteral("proxy authentication required")},
         {id<EndpointsCheck>()}},
        {"100110", QT_TRANSLATE_NOOP("AgentErrors", "Vault credential file not downloaded from this server's vault"),
         {QStringLiteral("not downloaded from")},
         {id<VaultCredentialsCheck>()}},
        {"registration-not-verified", QT_TRANSLATE_NOOP("AgentErrors", "Registration status could not be verified"),
         {QStringLiteral("registration status could not be verified")},
         {id<EndpointsCheck>(), id<TlsCheck>(), id<AgentCheck>()}},
        {"encryption-key-not-set", QT_TRANSLATE_NOOP("AgentErrors", "Failed to set the encryption key for secure backups"),
         {QStringLiteral("failed to set the encryption key")},
         {id<PassphraseCheck>()}},
        {"0x1FC07", QT_TRANSLATE_NOOP("AgentErrors", "Activation did not complete successfully (internal service error)"),
         {QStringLiteral("activation did not complete")},
         {id<CacheFolderCheck>(), id<PassphraseCheck>()}},
        {"34506", QT_TRANSLATE_NOOP("AgentErrors", "The encryption passphrase stored on this computer is not correctly configured"),
         {QStringLiteral("passphrase stored on this computer is not correctly configured")},
         {id<CacheFolderCheck>(), id<PassphraseCheck>()}},
        {"4024", QT_TRANSLATE_NOOP("AgentErrors", "Installation failed and the changes were rolled back"),
         {QStringLiteral("changes have been rolled back"), QStringLiteral("changes were rolled back")},
         {id<AdminRightsCheck>(), id<InstallFolderCheck>(), id<AgentCheck>()}},
        {"10054", QT_TRANSLATE_NOOP("AgentErrors", "An existing connection was forcibly closed by the remote host"),
         {QStringLiteral("forcibly closed")},
         {id<TlsCheck>(), id<EndpointsCheck>()}},
        {"0x1FBD3", QT_TRANSLATE_NOOP("AgentErrors", "The agent is too old for this operation"),
         {},
         {id<AgentCheck>()}},
    };
    return table;
}

const std::vector<AdviceOnlyError>& adviceOnlyErrors()
{
    static const std::vector<AdviceOnlyError> table{
        {"230006", QT_TRANSLATE_NOOP("AgentErrors", "Resource not provisioned in service stamp"),
         QT_TRANSLATE_NOOP("AgentErrors", "The server was renamed, or its domain or fully qualified name changed, after it was "
                                          "registered. Register it again with new vault credentials. This tool does not "
                                          "compare the names yet."),
         {QStringLiteral("resource not provisioned in service stamp")}},
        {"1612", QT_TRANSLATE_NOOP("AgentErrors", "The upgrade cannot find the installed agent's cached installer"),
         QT_TRANSLATE_NOOP("AgentErrors", "Windows has lost the installer package it kept when the agent was installed. Follow "
                                          "the article's steps to restore it, or uninstall the agent and install the latest "
                                          "one. This tool cannot check it."),
         {QStringLiteral("installation source for this product is not available")}},
        {"403", QT_TRANSLATE_NOOP("AgentErrors", "403 when downloading the vault credentials"),
         QT_TRANSLATE_NOOP("AgentErrors", "The portal refused the download: clear the browser's cache, make sure the "
                                          "subscription is enabled and your account has a role on the vault, then download "
                                          "the file again."),
         {}},
    };
    return table;
}

namespace {

// The numbers in the text, as the agent prints them: "34513", "0x1FC07"; a hex code's decimal form matches it too.
QStringList idTokens(const QString& text)
{
    static const QRegularExpression token(QStringLiteral("\\b(0x[0-9a-f]{1,8}|[0-9]{3,10})\\b"));
    QStringList tokens;
    for (auto it = token.globalMatch(text); it.hasNext();)
        tokens << it.next().captured(1);
    return tokens;
}

// A hex code and its decimal form are the same error ("0x1FC07" is 130055): compared by value.
bool sameId(const QString& token, const char* id)
{
    auto value = [](const QString& text, bool* ok) {
        return text.startsWith(QLatin1String("0x")) ? text.mid(2).toULongLong(ok, 16) : text.toULongLong(ok, 10);
    };
    bool tokenOk = false, idOk = false;
    const qulonglong tokenValue = value(token, &tokenOk);
    const qulonglong idValue = value(QString::fromLatin1(id).toLower(), &idOk);
    return tokenOk && idOk && tokenValue == idValue;
}

template <typename Entry>
const Entry* byId(const std::vector<Entry>& table, const QStringList& tokens, const QString& text)
{
    for (const Entry& entry : table)
        if (text == QString::fromLatin1(entry.id).toLower())  // a named error: "--error registration-not-verified"
            return &entry;
    for (const QString& token : tokens)
        for (const Entry& entry : table)
            if (sameId(token, entry.id))
                return &entry;
    return nullptr;
}

template <typename Entry>
const Entry* byPhrase(const std::vector<Entry>& table, const QString& text)
{
    for (const Entry& entry : table)
        for (const QString& phrase : entry.phrases)
            if (text.contains(phrase))
                return &entry;
    return nullptr;
}

}  // namespace

ErrorMatch lookUpAgentError(const QString& input)
{
    // Pasted text is anything: read a bounded prefix, one line of words, in lower case.
    const QString text = input.left(kMaxErrorInput).toLower().simplified();
    if (text.isEmpty())
        return {};
    const QStringList tokens = idTokens(text);
    ErrorMatch match;
    match.error = byId(agentErrors(), tokens, text);
    if (!match.error)
        match.advice = byId(adviceOnlyErrors(), tokens, text);
    if (!match.found()) {
        match.error = byPhrase(agentErrors(), text);
        if (!match.error)
            match.advice = byPhrase(adviceOnlyErrors(), text);
    }
    return match;
}

}  // namespace mars
