#include "Catalog.h"

#include "CheckSession.h"
#include "installation/AdminRightsCheck.h"
#include "installation/AgentCheck.h"
#include "installation/InstallFolderCheck.h"
#include "registration/CacheFolderCheck.h"
#include "registration/ClockCheck.h"
#include "registration/EndpointsCheck.h"
#include "registration/PassphraseCheck.h"
#include "registration/TlsCheck.h"
#include "registration/TempFilesCheck.h"
#include "registration/VaultCredentialsCheck.h"

#include <QStringList>

namespace mars {

namespace fixes {
const FixSpec restartElevated{"restart-elevated", QT_TRANSLATE_NOOP("Catalog", "Restart as administrator"), false, true, true, true};
const FixSpec clearFolderAttributes{"clear-folder-attributes", QT_TRANSLATE_NOOP("Catalog", "Remove these attributes"), true, true};
const FixSpec copyAllowList{"copy-allow-list", QT_TRANSLATE_NOOP("Catalog", "Copy allow-list"), false, false};
const FixSpec openProxySettings{"open-proxy-settings", QT_TRANSLATE_NOOP("Catalog", "Open proxy settings"), false, false, false, true};
const FixSpec retry{"retry", QT_TRANSLATE_NOOP("Catalog", "Retry"), false, false};
const FixSpec resyncClock{"resync-clock", QT_TRANSLATE_NOOP("Catalog", "Resync clock"), true, true};
const FixSpec setClock{"set-clock", QT_TRANSLATE_NOOP("Catalog", "Set the clock"), true, true};
const FixSpec clearTmpFiles{"clear-tmp-files", QT_TRANSLATE_NOOP("Catalog", "Clear .tmp files"), true, true};
const FixSpec startAgentService{"start-agent-service", QT_TRANSLATE_NOOP("Catalog", "Start the service"), true, true};
const FixSpec turnOnTls12{"turn-on-tls12", QT_TRANSLATE_NOOP("Catalog", "Turn on TLS 1.2 for the agent"), true, true};
const FixSpec putBackTls{"put-back-tls", QT_TRANSLATE_NOOP("Catalog", "Put back the earlier values"), true, true};
const FixSpec restartAgentService{"restart-agent-service", QT_TRANSLATE_NOOP("Catalog", "Restart the agent service"), true, true};
const FixSpec copyVaultFile{"copy-to-this-computer", QT_TRANSLATE_NOOP("Catalog", "Copy it to this computer"), false, false};
const FixSpec useFileCloud{"use-file-cloud", QT_TRANSLATE_NOOP("Catalog", "Use the file's cloud"), false, false};
const FixSpec giveAgentProxy{"give-agent-proxy", QT_TRANSLATE_NOOP("Catalog", "Give the agent this proxy"), true, true};
const FixSpec copyAccountProxyToWinHttp{"copy-account-proxy-to-winhttp", QT_TRANSLATE_NOOP("Catalog", "Copy this account's proxy to WinHTTP"), true, true};
const FixSpec putBackProxy{"put-back-proxy", QT_TRANSLATE_NOOP("Catalog", "Put back the earlier proxy"), true, true};
const FixSpec testSignIn{"test-sign-in", QT_TRANSLATE_NOOP("Catalog", "Test sign-in with this file"), false, false};
}  // namespace fixes

namespace {
template <typename CheckType>
auto withPlatform()
{
    return [](const CheckServices& services) -> std::shared_ptr<const Check> { return std::make_shared<CheckType>(services.platform); };
}
}  // namespace

const std::vector<SectionSpec>& sections()
{
    static const std::vector<SectionSpec> list = {
        {"installation", QT_TRANSLATE_NOOP("Catalog", "Installation"),
         QT_TRANSLATE_NOOP("Catalog", "Installing the agent needs a local administrator running elevated, and an installation "
                                      "folder that is not System, Hidden, Compressed or Encrypted.")},
        {"registration", QT_TRANSLATE_NOOP("Catalog", "Registration"),
         QT_TRANSLATE_NOOP("Catalog", "Registering the server with the vault needs the service's addresses open in the firewall "
                                      "and proxy, a correct clock, room for temporary files, and the same passphrase as before.")},
    };
    return list;
}

const std::vector<CheckSpec>& checkCatalog()
{
    using namespace fixes;
    static const std::vector<CheckSpec> list = {
        {"admin-rights", "installation", 1, QT_TRANSLATE_NOOP("Catalog", "Administrator rights"),
         QT_TRANSLATE_NOOP("Catalog", "You are a local administrator, running elevated."), {&restartElevated}, {}, 30,
         withPlatform<AdminRightsCheck>()},
        {"install-folder", "installation", 2, QT_TRANSLATE_NOOP("Catalog", "Installation folder attributes"),
         QT_TRANSLATE_NOOP("Catalog", "The agent's folder is not System, Hidden, Compressed or Encrypted."),
         {&clearFolderAttributes}, Input::InstallFolder, 30, withPlatform<InstallFolderCheck>()},
        {"agent", "installation", 0, QT_TRANSLATE_NOOP("Catalog", "The agent"),
         QT_TRANSLATE_NOOP("Catalog", "The agent is current and its service runs, on a 64-bit Windows and .NET it supports."),
         {&startAgentService}, {}, 30, withPlatform<AgentCheck>()},
        {"endpoints", "registration", 3, QT_TRANSLATE_NOOP("Catalog", "Firewall and proxy"),
         QT_TRANSLATE_NOOP("Catalog", "The firewall and proxy let this computer reach the service."),
         {&copyAllowList, &openProxySettings, &giveAgentProxy, &copyAccountProxyToWinHttp, &putBackProxy, &retry}, Input::VaultCredentials, 60,
         [](const CheckServices& services) -> std::shared_ptr<const Check> {
             return std::make_shared<EndpointsCheck>(services.platform, services.systemProbe);
         }},
        {"clock", "registration", 4, QT_TRANSLATE_NOOP("Catalog", "System clock"),
         QT_TRANSLATE_NOOP("Catalog", "The clock is correct."), {&resyncClock, &setClock}, {}, 30, withPlatform<ClockCheck>(),
         /*measuresClock=*/true},
        {"temp-files", "registration", 5, QT_TRANSLATE_NOOP("Catalog", "Temporary files"),
         QT_TRANSLATE_NOOP("Catalog", "The Windows temporary folder is not full of .tmp files."), {&clearTmpFiles, &restartElevated},
         Input::TempFolder, 120, withPlatform<TempFilesCheck>()},
        {"passphrase", "registration", 6, QT_TRANSLATE_NOOP("Catalog", "Encryption passphrase"),
         QT_TRANSLATE_NOOP("Catalog", "The encryption passphrase matches the one used before."), {}, Input::Passphrase, 30,
         [](const CheckServices& services) -> std::shared_ptr<const Check> {
             return std::make_shared<PassphraseCheck>(services.platform, services.passphrases);
         }},
        // Beyond the article's steps: registration's 0x1FC07 and 34506 come from the cache folder, and the Registration
        // page is where they are met (the agent must be installed for the folder to exist). No fix: moving it is a copy.
        {"cache-folder", "registration", 0, QT_TRANSLATE_NOOP("Catalog", "Cache folder"),
         QT_TRANSLATE_NOOP("Catalog", "The agent's cache folder is recorded consistently, on a local NTFS or ReFS disk, with room to spare."),
         {}, {}, 30, withPlatform<CacheFolderCheck>()},
        {"tls", "registration", 0, QT_TRANSLATE_NOOP("Catalog", "TLS 1.2"),
         QT_TRANSLATE_NOOP("Catalog", "TLS 1.2 is on for the agent (SCHANNEL and .NET)."),
         {&turnOnTls12, &putBackTls, &restartAgentService}, {}, 30, withPlatform<TlsCheck>()},
        // Beyond the article's steps, though its first error (34513) starts here: the file the agent will be given.
        {"vault-credentials", "registration", 0, QT_TRANSLATE_NOOP("Catalog", "Vault credentials file"),
         QT_TRANSLATE_NOOP("Catalog", "The vault credentials file is valid, local, for the right cloud and vault, and signs in."),
         {&copyVaultFile, &useFileCloud, &testSignIn}, Input::VaultCredentials | Input::MeasuredClock, 60,
         [](const CheckServices& services) -> std::shared_ptr<const Check> {
             return std::make_shared<VaultCredentialsCheck>(services.platform, services.certificates, services.vaultEnvironment);
         }},
    };
    return list;
}

const SectionSpec* findSection(const QString& id)
{
    for (const SectionSpec& section : sections())
        if (id == QLatin1String(section.id))
            return &section;
    return nullptr;
}

const CheckSpec* findCheck(const QString& id)
{
    for (const CheckSpec& spec : checkCatalog())
        if (id == QLatin1String(spec.id))
            return &spec;
    return nullptr;
}

QStringList knownFixes()
{
    QStringList ids;
    for (const CheckSpec& spec : checkCatalog())
        for (const FixSpec* fix : spec.fixes)
            ids << spec.idText() + QLatin1Char('/') + fix->idText();
    return ids;
}

void addAllChecks(CheckSession& session, const CheckServices& services)
{
    for (const CheckSpec& spec : checkCatalog())
        session.addCheck(spec, spec.make(services));
}

}  // namespace mars
