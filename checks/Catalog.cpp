#include "Catalog.h"

#include "CheckSession.h"
#include "installation/AdminRightsCheck.h"
#include "installation/AgentCheck.h"
#include "installation/InstallFolderCheck.h"
#include "registration/AntivirusExclusionsCheck.h"
#include "registration/BackupScheduleCheck.h"
#include "registration/CacheFolderCheck.h"
#include "registration/ClockCheck.h"
#include "registration/EndpointsCheck.h"
#include "network/NameResolver.h"
#include "registration/PassphraseCheck.h"
#include "registration/PrivateEndpointsCheck.h"
#include "registration/TlsCheck.h"
#include "registration/TempFilesCheck.h"
#include "registration/VaultCredentialsCheck.h"
#include "vault/VaultFileSource.h"

#include <QStringList>

namespace mars {

namespace fixes {
const FixSpec restartElevated{.id = "restart-elevated", .title = QT_TRANSLATE_NOOP("Catalog", "Restart as administrator"),
                  .needsAdmin = false, .changesSystem = true, .restartsProgram = true, .onUiThread = true};
const FixSpec clearFolderAttributes{.id = "clear-folder-attributes", .title = QT_TRANSLATE_NOOP("Catalog", "Remove these attributes"),
                  .needsAdmin = true, .changesSystem = true};
const FixSpec copyAllowList{.id = "copy-allow-list", .title = QT_TRANSLATE_NOOP("Catalog", "Copy allow-list"),
                  .needsAdmin = false, .changesSystem = false};
const FixSpec openProxySettings{.id = "open-proxy-settings", .title = QT_TRANSLATE_NOOP("Catalog", "Open proxy settings"),
                  .needsAdmin = false, .changesSystem = false, .onUiThread = true};
const FixSpec retry{.id = "retry", .title = QT_TRANSLATE_NOOP("Catalog", "Retry"), .needsAdmin = false, .changesSystem = false};
const FixSpec resyncClock{.id = "resync-clock", .title = QT_TRANSLATE_NOOP("Catalog", "Resync clock"),
                  .needsAdmin = true, .changesSystem = true};
const FixSpec setClock{.id = "set-clock", .title = QT_TRANSLATE_NOOP("Catalog", "Set the clock"),
                  .needsAdmin = true, .changesSystem = true};
const FixSpec clearTmpFiles{.id = "clear-tmp-files", .title = QT_TRANSLATE_NOOP("Catalog", "Clear .tmp files"),
                  .needsAdmin = true, .changesSystem = true};
const FixSpec startAgentService{.id = "start-agent-service", .title = QT_TRANSLATE_NOOP("Catalog", "Start the service"),
                  .needsAdmin = true, .changesSystem = true};
const FixSpec turnOnTls12{.id = "turn-on-tls12", .title = QT_TRANSLATE_NOOP("Catalog", "Turn on TLS 1.2 for the agent"),
                  .needsAdmin = true, .changesSystem = true};
const FixSpec putBackTls{.id = "put-back-tls", .title = QT_TRANSLATE_NOOP("Catalog", "Put back the earlier values"),
                  .needsAdmin = true, .changesSystem = true};
const FixSpec restartAgentService{.id = "restart-agent-service", .title = QT_TRANSLATE_NOOP("Catalog", "Restart the agent service"),
                  .needsAdmin = true, .changesSystem = true};
const FixSpec copyVaultFile{.id = "copy-to-this-computer", .title = QT_TRANSLATE_NOOP("Catalog", "Copy it to this computer"),
                  .needsAdmin = false, .changesSystem = false};
const FixSpec useFileCloud{.id = "use-file-cloud", .title = QT_TRANSLATE_NOOP("Catalog", "Use the file's cloud"),
                  .needsAdmin = false, .changesSystem = false};
const FixSpec giveAgentProxy{.id = "give-agent-proxy", .title = QT_TRANSLATE_NOOP("Catalog", "Give the agent this proxy"),
                  .needsAdmin = true, .changesSystem = true};
const FixSpec copyAccountProxyToWinHttp{.id = "copy-account-proxy-to-winhttp", .title = QT_TRANSLATE_NOOP("Catalog", "Copy this account's proxy to WinHTTP"),
                  .needsAdmin = true, .changesSystem = true};
const FixSpec putBackProxy{.id = "put-back-proxy", .title = QT_TRANSLATE_NOOP("Catalog", "Put back the earlier proxy"),
                  .needsAdmin = true, .changesSystem = true};
const FixSpec testSignIn{.id = "test-sign-in", .title = QT_TRANSLATE_NOOP("Catalog", "Test sign-in with this file"),
                  .needsAdmin = false, .changesSystem = false};
const FixSpec addDefenderExclusions{.id = "add-defender-exclusions", .title = QT_TRANSLATE_NOOP("Catalog", "Add these exclusions"),
                  .needsAdmin = true, .changesSystem = true};
const FixSpec putBackDefenderExclusions{.id = "put-back-defender-exclusions",
                  .title = QT_TRANSLATE_NOOP("Catalog", "Put back the earlier exclusions"), .needsAdmin = true, .changesSystem = true};
const FixSpec copyExclusionList{.id = "copy-exclusion-list", .title = QT_TRANSLATE_NOOP("Catalog", "Copy the list of exclusions"),
                  .needsAdmin = false, .changesSystem = false};
const FixSpec enableBackupTask{.id = "enable-backup-task", .title = QT_TRANSLATE_NOOP("Catalog", "Enable the backup task"),
                  .needsAdmin = true, .changesSystem = true};
const FixSpec putBackBackupTask{.id = "put-back-backup-task", .title = QT_TRANSLATE_NOOP("Catalog", "Put back the earlier task state"),
                  .needsAdmin = true, .changesSystem = true};
const FixSpec restoreModulePath{.id = "restore-module-path", .title = QT_TRANSLATE_NOOP("Catalog", "Restore the agent's module path"),
                  .needsAdmin = true, .changesSystem = true};
const FixSpec putBackModulePath{.id = "put-back-module-path", .title = QT_TRANSLATE_NOOP("Catalog", "Put back the earlier module path"),
                  .needsAdmin = true, .changesSystem = true};
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
        {.id = "installation", .title = QT_TRANSLATE_NOOP("Catalog", "Installation"),
         .subtitle = QT_TRANSLATE_NOOP("Catalog", "Installing the agent needs a local administrator running elevated, and an installation "
                                      "folder that is not System, Hidden, Compressed or Encrypted.")},
        {.id = "registration", .title = QT_TRANSLATE_NOOP("Catalog", "Registration"),
         .subtitle = QT_TRANSLATE_NOOP("Catalog", "Registering the server with the vault needs the service's addresses open in the firewall "
                                      "and proxy, a correct clock, room for temporary files, and the same passphrase as before.")},
    };
    return list;
}

const std::vector<CheckSpec>& checkCatalog()
{
    using namespace fixes;
    static const std::vector<CheckSpec> list = {
        {.id = AdminRightsCheck::kId, .section = "installation", .findings = AdminRightsCheck::findings(),
         .articleStep = 1, .title = QT_TRANSLATE_NOOP("Catalog", "Administrator rights"),
         .welcomeLine = QT_TRANSLATE_NOOP("Catalog", "You are a local administrator, running elevated."), .fixes = {&restartElevated},
         .make = withPlatform<AdminRightsCheck>()},
        {.id = InstallFolderCheck::kId, .section = "installation", .findings = InstallFolderCheck::findings(),
         .articleStep = 2, .title = QT_TRANSLATE_NOOP("Catalog", "Installation folder attributes"),
         .welcomeLine = QT_TRANSLATE_NOOP("Catalog", "The agent's folder is not System, Hidden, Compressed or Encrypted."),
         .fixes = {&clearFolderAttributes}, .inputs = Input::InstallFolder, .make = withPlatform<InstallFolderCheck>()},
        {.id = AgentCheck::kId, .section = "installation", .findings = AgentCheck::findings(),
         .title = QT_TRANSLATE_NOOP("Catalog", "The agent"),
         .welcomeLine = QT_TRANSLATE_NOOP("Catalog", "The agent is current and its service runs, on a 64-bit Windows and .NET it supports."),
         .fixes = {&startAgentService}, .make = withPlatform<AgentCheck>()},
        {.id = EndpointsCheck::kId, .section = "registration", .findings = EndpointsCheck::findings(),
         .articleStep = 3, .title = QT_TRANSLATE_NOOP("Catalog", "Firewall and proxy"),
         .welcomeLine = QT_TRANSLATE_NOOP("Catalog", "The firewall and proxy let this computer reach the service."),
         .fixes = {&copyAllowList, &openProxySettings, &giveAgentProxy, &copyAccountProxyToWinHttp, &putBackProxy, &retry},
         .inputs = Input::VaultCredentials | Input::Cloud, .timeoutSeconds = 60,
         .make = [](const CheckServices& services) -> std::shared_ptr<const Check> {
             return std::make_shared<EndpointsCheck>(services.platform, services.systemProbe, services.vaultFile);
         }},
        // Beyond the article's steps: a vault with private endpoints (the cloud profile says so) needs its names to
        // resolve privately, or the agent's traffic leaves by the public service it may not reach.
        {.id = PrivateEndpointsCheck::kId, .section = "registration", .findings = PrivateEndpointsCheck::findings(),
         .title = QT_TRANSLATE_NOOP("Catalog", "Private endpoints"),
         .welcomeLine = QT_TRANSLATE_NOOP("Catalog", "With private endpoints, the vault's names resolve to private addresses and Entra ID stays public."),
         .inputs = Input::VaultCredentials | Input::Cloud,  // the profile says whether and which names; the vault file, the region
         .make = [](const CheckServices& services) -> std::shared_ptr<const Check> {
             return std::make_shared<PrivateEndpointsCheck>(services.nameResolver ? services.nameResolver : systemNameResolver(), services.vaultFile);
         }},
        {.id = ClockCheck::kId, .section = "registration", .findings = ClockCheck::findings(),
         .articleStep = 4, .title = QT_TRANSLATE_NOOP("Catalog", "System clock"),
         .welcomeLine = QT_TRANSLATE_NOOP("Catalog", "The clock is correct."), .fixes = {&resyncClock, &setClock},
         .inputs = Input::Cloud, .make = withPlatform<ClockCheck>(), .measuresClock = true},
        {.id = TempFilesCheck::kId, .section = "registration", .findings = TempFilesCheck::findings(),
         .articleStep = 5, .title = QT_TRANSLATE_NOOP("Catalog", "Temporary files"),
         .welcomeLine = QT_TRANSLATE_NOOP("Catalog", "The Windows temporary folder is not full of .tmp files."),
         .fixes = {&clearTmpFiles, &restartElevated}, .inputs = Input::TempFolder, .timeoutSeconds = 120,
         .make = withPlatform<TempFilesCheck>()},
        {.id = PassphraseCheck::kId, .section = "registration", .findings = PassphraseCheck::findings(),
         .articleStep = 6, .title = QT_TRANSLATE_NOOP("Catalog", "Encryption passphrase"),
         .welcomeLine = QT_TRANSLATE_NOOP("Catalog", "The encryption passphrase matches the one used before."), .inputs = Input::Passphrase,
         .make = [](const CheckServices& services) -> std::shared_ptr<const Check> {
             return std::make_shared<PassphraseCheck>(services.platform, services.passphrases);
         }},
        // Beyond the article's steps: registration's 0x1FC07 and 34506 come from the cache folder, and the Registration
        // page is where they are met (the agent must be installed for the folder to exist). No fix: moving it is a copy.
        {.id = CacheFolderCheck::kId, .section = "registration", .findings = CacheFolderCheck::findings(),
         .title = QT_TRANSLATE_NOOP("Catalog", "Cache folder"),
         .welcomeLine = QT_TRANSLATE_NOOP("Catalog", "The agent's cache folder is recorded consistently, on a local NTFS or ReFS disk, with room to spare."),
         .make = withPlatform<CacheFolderCheck>()},
        {.id = TlsCheck::kId, .section = "registration", .findings = TlsCheck::findings(),
         .title = QT_TRANSLATE_NOOP("Catalog", "TLS 1.2"),
         .welcomeLine = QT_TRANSLATE_NOOP("Catalog", "TLS 1.2 is on for the agent (SCHANNEL and .NET)."),
         .fixes = {&turnOnTls12, &putBackTls, &restartAgentService}, .make = withPlatform<TlsCheck>()},
        // Beyond the article's steps, though its first error (34513) names antivirus software as a cause; here, like the
        // cache folder, because the agent must be installed for its folders to exist.
        {.id = AntivirusExclusionsCheck::kId, .section = "registration", .findings = AntivirusExclusionsCheck::findings(),
         .title = QT_TRANSLATE_NOOP("Catalog", "Antivirus exclusions"),
         .welcomeLine = QT_TRANSLATE_NOOP("Catalog", "Microsoft Defender excludes the agent's cache and Bin folders and cbengine.exe."),
         .fixes = {&addDefenderExclusions, &putBackDefenderExclusions, &copyExclusionList, &restartElevated},
         .make = withPlatform<AntivirusExclusionsCheck>()},
        // Beyond the article's steps, though its first error (34513) starts here: the file the agent will be given.
        {.id = VaultCredentialsCheck::kId, .section = "registration", .findings = VaultCredentialsCheck::findings(),
         .title = QT_TRANSLATE_NOOP("Catalog", "Vault credentials file"),
         .welcomeLine = QT_TRANSLATE_NOOP("Catalog", "The vault credentials file is valid, local, for the right cloud and vault, and signs in."),
         .fixes = {&copyVaultFile, &useFileCloud, &testSignIn}, .inputs = Input::VaultCredentials | Input::MeasuredClock | Input::Cloud,
         .timeoutSeconds = 60,
         .make = [](const CheckServices& services) -> std::shared_ptr<const Check> {
             return std::make_shared<VaultCredentialsCheck>(services.platform, services.certificates, services.vaultEnvironment, services.vaultFile);
         }},
        // Beyond the article's registration steps: once the server is registered, whether its scheduled backups can
        // start (the article's "Backups don't run according to schedule"); before that it says there is nothing to look at.
        {.id = BackupScheduleCheck::kId, .section = "registration", .findings = BackupScheduleCheck::findings(), .title = QT_TRANSLATE_NOOP("Catalog", "Scheduled backups"),
         .welcomeLine = QT_TRANSLATE_NOOP("Catalog", "Once registered, the agent's backup task is enabled as SYSTEM, with PowerShell 3.0 or later, "
                                      "its module path and an execution policy that lets it run."),
         .fixes = {&enableBackupTask, &putBackBackupTask, &restoreModulePath, &putBackModulePath}, .make = withPlatform<BackupScheduleCheck>()},
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

void holdVaultFileWhileRunning(CheckSession& session, std::shared_ptr<VaultFileSource> source)
{
    // A check's Running result is set before its worker starts, and idle once no check or fix runs.
    QObject::connect(&session, &CheckSession::resultChanged, &session, [&session, source](const QString& checkId) {
        if (session.result(checkId).status == Status::Running)
            source->holdCertificateForRun(true);
    });
    QObject::connect(&session, &CheckSession::idle, &session, [source] { source->holdCertificateForRun(false); });
}

void addAllChecks(CheckSession& session, const CheckServices& given)
{
    // One vault file source for all the session's checks: the file is parsed once for the three that read it.
    CheckServices services = given;
    if (!services.vaultFile)
        services.vaultFile = std::make_shared<VaultFileSource>();
    holdVaultFileWhileRunning(session, services.vaultFile);
    for (const CheckSpec& spec : checkCatalog())
        session.addCheck(spec, spec.make(services));
}

}  // namespace mars
