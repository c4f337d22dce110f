#include "FindingCodes.h"

namespace mars {

const std::vector<FindingSpec>& findingCatalog()
{
    using A = Article;
    static const std::vector<FindingSpec> list = {
        // admin-rights
        {"MSD-ADM-001", "admin-rights", kPass, "Running as a local administrator with a full (elevated) token.", A::Install},
        {"MSD-ADM-002", "admin-rights", kWarning, "Running elevated, but the account is not in the local Administrators group.", A::Install},
        {"MSD-ADM-003", "admin-rights", kFail, "The account is an administrator, but the program runs with a limited token (not elevated).", A::Install},
        {"MSD-ADM-004", "admin-rights", kFail, "The account is not a local administrator: setup rolls back (error 4024).", A::Install},
        {"MSD-ADM-005", "admin-rights", kError, "The account's rights could not be read.", A::Install},
        // install-folder
        {"MSD-FLD-001", "install-folder", kPass, "The installation folder is not System, Hidden, Compressed or Encrypted.", A::Install},
        {"MSD-FLD-002", "install-folder", kFail, "The installation folder's path is a file, not a folder.", A::Install},
        {"MSD-FLD-003", "install-folder", kFail, "The installation folder is System, Hidden, Compressed or Encrypted: setup fails (error 4024).", A::Install},
        {"MSD-FLD-004", "install-folder", kError, "The installation folder's attributes could not be read.", A::Install},
        // agent
        {"MSD-AGT-001", "agent", kPass, "The agent is current, its service runs, and this Windows and .NET support it.", A::SupportMatrix},
        {"MSD-AGT-002", "agent", kPass, "The agent is not installed yet; this Windows and .NET can run it.", A::SupportMatrix},
        {"MSD-AGT-003", "agent", kWarning, "Not examined: no Windows agent, service or .NET on this system (portable build).", A::SupportMatrix},
        {"MSD-AGT-004", "agent", kWarning, "The agent's version could not be read.", A::Troubleshoot},
        {"MSD-AGT-005", "agent", kFail, "The agent is too old to work with the service.", A::Troubleshoot},
        {"MSD-AGT-006", "agent", kFail, "The agent is too old for current vault credentials files.", A::Troubleshoot},
        {"MSD-AGT-007", "agent", kWarning, "The agent's service (obengine) could not be queried.", A::Troubleshoot},
        {"MSD-AGT-008", "agent", kFail, "The agent's service (obengine) is missing.", A::Troubleshoot},
        {"MSD-AGT-009", "agent", kFail, "The agent's service is disabled.", A::Troubleshoot},
        {"MSD-AGT-010", "agent", kWarning, "The agent's service is stopped.", A::Troubleshoot},
        {"MSD-AGT-011", "agent", kFail, "This Windows is not 64-bit.", A::SupportMatrix},
        {"MSD-AGT-012", "agent", kFail, "This is a Server Core installation, which the agent does not support.", A::SupportMatrix},
        {"MSD-AGT-013", "agent", kFail, "This Windows version is not supported by the agent.", A::SupportMatrix},
        {"MSD-AGT-014", "agent", kFail, "The .NET Framework version the agent needs is missing.", A::SupportMatrix},
        {"MSD-AGT-015", "agent", kFail, "The installed .NET Framework is older than the agent needs.", A::SupportMatrix},
        {"MSD-AGT-016", "agent", kWarning, "The agent's record of the vault this server is registered to is unreadable or inconsistent.", A::Troubleshoot},
        // endpoints
        {"MSD-NET-001", "endpoints", kPass, "Every service address answered.", A::Install},
        {"MSD-NET-002", "endpoints", kError, "The chosen cloud is unknown, so no address could be probed.", A::Install},
        {"MSD-NET-003", "endpoints", kWarning | kFail, "Certificates look expired or not yet valid: the clock is probably wrong, not the firewall.", A::Troubleshoot},
        {"MSD-NET-004", "endpoints", kWarning | kFail, "The proxy asks for a user name and password (407).", A::Troubleshoot},
        {"MSD-NET-005", "endpoints", kWarning | kFail, "Something answers in the service's place (a captive portal or a TLS-inspecting proxy).", A::Troubleshoot},
        {"MSD-NET-006", "endpoints", kWarning | kFail, "Service addresses cannot be reached: the firewall or proxy blocks them (a failure when the agent needs them).", A::Install},
        {"MSD-NET-007", "endpoints", kWarning, "Every address answers along the agent's route, but another route disagrees (named).", A::Troubleshoot},
        {"MSD-NET-008", "endpoints", kWarning, "Every address answers along the agent's route, but a route's proxy setting could not be read.", A::Troubleshoot},
        {"MSD-NET-009", "endpoints", kWarning | kFail, "TLS to the service is inspected by a root Azure does not use (named).", A::Troubleshoot},
        {"MSD-NET-010", "endpoints", kWarning | kFail, "A proxy blocks the service: its refusal or block page answered instead (named).", A::Troubleshoot},
        {"MSD-NET-011", "endpoints", kWarning | kFail, "This computer lacks the root certificate the service's chain ends at.", A::Troubleshoot},
        {"MSD-NET-012", "endpoints", kError, "The proxy given on the command line cannot be used.", A::Troubleshoot},
        {"MSD-NET-013", "endpoints", kError, "The proxy setting of the agent's route cannot be read.", A::Troubleshoot},
        {"MSD-NET-014", "endpoints", kWarning, "The probe as LocalSystem (the agent's account) did not complete.", A::Troubleshoot},
        {"MSD-NET-015", "endpoints", kWarning | kFail, "The proxy could not reach the service (could not resolve, connect, or get an answer in time): it has not blocked it.", A::Troubleshoot},
        {"MSD-NET-016", "endpoints", kWarning | kFail, "This computer cannot resolve the service's names (a proxy may be needed).", A::Install},
        // clock
        {"MSD-CLK-001", "clock", kPass, "The clock is right.", A::Troubleshoot},
        {"MSD-CLK-002", "clock", kWarning, "The clock is off by more than the warning limit.", A::Troubleshoot},
        {"MSD-CLK-003", "clock", kFail, "The clock is off by more than sign-in and storage accept (error 34513).", A::Troubleshoot},
        {"MSD-CLK-004", "clock", kError, "The clock could not be compared with any time source.", A::Troubleshoot},
        // temp-files
        {"MSD-TMP-001", "temp-files", kWarning, "Only an administrator can look into the Windows temporary folder.", A::Troubleshoot},
        {"MSD-TMP-002", "temp-files", kError, "The temporary folder could not be read.", A::Troubleshoot},
        {"MSD-TMP-003", "temp-files", kError, "Only part of the temporary folders could be examined.", A::Troubleshoot},
        {"MSD-TMP-004", "temp-files", kWarning | kError, "The .tmp entries could not be examined; how many there are is unknown.", A::Troubleshoot},
        {"MSD-TMP-005", "temp-files", kPass, "No .tmp files are piling up.", A::Troubleshoot},
        {"MSD-TMP-006", "temp-files", kWarning, "No clearable .tmp files; some are read-only or in use and stay.", A::Troubleshoot},
        {"MSD-TMP-007", "temp-files", kFail, "No clearable .tmp files, but the names the folder holds are too many for the agent.", A::Troubleshoot},
        {"MSD-TMP-008", "temp-files", kFail, "Too many .tmp files for the agent to register (error 34513).", A::Troubleshoot},
        {"MSD-TMP-009", "temp-files", kWarning, ".tmp files are piling up; not a problem yet, and safe to clear.", A::Troubleshoot},
        // passphrase
        {"MSD-PWD-001", "passphrase", kPass, "First registration; no passphrase entered yet.", A::Faq},
        {"MSD-PWD-002", "passphrase", kWarning, "Registered before; no passphrase entered to confirm it matches.", A::Troubleshoot},
        {"MSD-PWD-003", "passphrase", kFail, "The passphrase breaks the agent's rules (ASCII only, at least 16 characters).", A::Faq},
        {"MSD-PWD-004", "passphrase", kPass, "The passphrase meets the agent's rules (first registration).", A::Faq},
        {"MSD-PWD-005", "passphrase", kWarning, "The passphrase meets the rules; the file saved at the first registration was not given to compare.", A::Troubleshoot},
        {"MSD-PWD-006", "passphrase", kError, "The saved passphrase file could not be read.", A::Troubleshoot},
        {"MSD-PWD-007", "passphrase", kPass, "The passphrase matches the one saved at the first registration.", A::Troubleshoot},
        {"MSD-PWD-008", "passphrase", kFail, "The passphrase does not match the one saved at the first registration.", A::Troubleshoot},
        // tls
        {"MSD-TLS-001", "tls", kWarning, "Not examined: no Windows registry with SCHANNEL or .NET TLS settings (portable build).", A::Tls},
        {"MSD-TLS-002", "tls", kFail, "TLS 1.2 is turned off for SCHANNEL: the agent cannot connect (error 10054).", A::Tls},
        {"MSD-TLS-003", "tls", kFail, ".NET is told not to use TLS 1.2.", A::Tls},
        {"MSD-TLS-004", "tls", kWarning, "TLS 1.2 is on, but .NET's TLS settings for the agent are not set.", A::Tls},
        {"MSD-TLS-005", "tls", kPass, "TLS 1.2 is on for SCHANNEL and .NET, in both registry views.", A::Tls},
        // vault-credentials
        {"MSD-VLT-001", "vault-credentials", kWarning, "No vault credentials file chosen to check.", A::Troubleshoot},
        {"MSD-VLT-002", "vault-credentials", kPass, "The vault credentials file is good.", A::Troubleshoot},
        {"MSD-VLT-003", "vault-credentials", kFail, "The file's extension is not .VaultCredentials.", A::Troubleshoot},
        {"MSD-VLT-004", "vault-credentials", kFail, "The file is on a network location, where the agent fails to read it.", A::Troubleshoot},
        {"MSD-VLT-005", "vault-credentials", kFail, "The file is larger than any vault credentials file.", A::Troubleshoot},
        {"MSD-VLT-006", "vault-credentials", kFail, "The file could not be read.", A::Troubleshoot},
        {"MSD-VLT-007", "vault-credentials", kFail, "The file is not a usable vault credentials file (damaged).", A::Troubleshoot},
        {"MSD-VLT-008", "vault-credentials", kFail, "The file has an older shape that current agents reject.", A::Faq},
        {"MSD-VLT-009", "vault-credentials", kFail, "The file's sign-in authority is not a known Microsoft Entra ID host.", A::Troubleshoot},
        {"MSD-VLT-010", "vault-credentials", kFail, "The file's sign-in authority and identity endpoint are in different clouds (edited).", A::Troubleshoot},
        {"MSD-VLT-011", "vault-credentials", kWarning, "The file is for another cloud than the checks are set for.", A::Troubleshoot},
        {"MSD-VLT-012", "vault-credentials", kFail, "The file's certificate cannot be opened.", A::Troubleshoot},
        {"MSD-VLT-013", "vault-credentials", kFail, "The file's certificate has no private key.", A::Troubleshoot},
        {"MSD-VLT-014", "vault-credentials", kFail, "The file's certificate has expired (files are valid for 10 days).", A::Faq},
        {"MSD-VLT-015", "vault-credentials", kFail, "The file's certificate is not valid yet (check the clock).", A::Troubleshoot},
        {"MSD-VLT-016", "vault-credentials", kFail, "The installed agent is too old for this file's version.", A::Faq},
        {"MSD-VLT-017", "vault-credentials", kWarning, "The file is for another vault than the server is registered to (error 100110).", A::Troubleshoot},
        {"MSD-VLT-018", "vault-credentials", kWarning | kFail, "The rehearsed sign-in failed (a warning when the network stopped it).", A::Troubleshoot},
        {"MSD-VLT-019", "vault-credentials", kFail, "The file's certificate is not valid yet even by the measured time: download a new one.", A::Troubleshoot},
        {"MSD-VLT-020", "vault-credentials", kWarning, "The agent's record of the vault the server is registered to is unreadable or inconsistent.", A::Troubleshoot},
        // cache-folder
        {"MSD-CCH-001", "cache-folder", kPass, "The cache folder is on a local fixed NTFS or ReFS volume, and both ScratchLocation values agree.", A::Faq},
        {"MSD-CCH-002", "cache-folder", kWarning, "Not examined: no Windows agent on this system (portable build).", A::Faq},
        {"MSD-CCH-003", "cache-folder", kWarning, "Not examined: the agent is not installed, so it has no cache folder yet.", A::Faq},
        {"MSD-CCH-004", "cache-folder", kFail, "Both ScratchLocation values are missing.", A::Troubleshoot},
        {"MSD-CCH-005", "cache-folder", kFail, "The two ScratchLocation values differ (error 34506).", A::Troubleshoot},
        {"MSD-CCH-006", "cache-folder", kFail, "The cache folder does not exist, or its volume is offline (0x1FC07).", A::Troubleshoot},
        {"MSD-CCH-007", "cache-folder", kWarning, "The cache folder could not be examined.", A::Faq},
        {"MSD-CCH-008", "cache-folder", kFail, "The cache location is a file, not a folder.", A::Faq},
        {"MSD-CCH-009", "cache-folder", kFail, "The cache folder is compressed, encrypted, sparse or a reparse point.", A::Faq},
        {"MSD-CCH-010", "cache-folder", kFail, "The cache folder is on a network share.", A::Faq},
        {"MSD-CCH-011", "cache-folder", kFail, "The cache folder is on a removable drive.", A::Faq},
        {"MSD-CCH-012", "cache-folder", kFail, "The cache folder's volume is not a fixed local disk.", A::Faq},
        {"MSD-CCH-013", "cache-folder", kWarning, "Windows does not say what kind of drive holds the cache folder.", A::Faq},
        {"MSD-CCH-014", "cache-folder", kWarning, "The cache folder's file system could not be read.", A::Faq},
        {"MSD-CCH-015", "cache-folder", kFail, "The cache folder's volume is neither NTFS nor ReFS.", A::Faq},
        {"MSD-CCH-016", "cache-folder", kFail, "The cache folder's volume is read-only.", A::Faq},
        {"MSD-CCH-017", "cache-folder", kWarning, "The free space of the cache folder's volume could not be read.", A::Faq},
        {"MSD-CCH-018", "cache-folder", kWarning, "Too little free space for the cache folder if System State is backed up.", A::Faq},
        // backup-schedule
        {"MSD-SCH-001", "backup-schedule", kWarning, "Not examined: no Task Scheduler or Windows PowerShell on this system (portable build).", A::Troubleshoot},
        {"MSD-SCH-002", "backup-schedule", kWarning, "Not examined: the server is not registered yet, so nothing is scheduled.", A::Troubleshoot},
        {"MSD-SCH-003", "backup-schedule", kPass, "Scheduled backups can run: task enabled as SYSTEM, PowerShell 3.0+, module path, execution policy.", A::Troubleshoot},
        {"MSD-SCH-004", "backup-schedule", kWarning, "No backup is scheduled: the agent's backup task is not in Task Scheduler.", A::Troubleshoot},
        {"MSD-SCH-005", "backup-schedule", kFail, "An agent task (\\Microsoft\\OnlineBackup) is disabled: scheduled backups do not start.", A::Troubleshoot},
        {"MSD-SCH-006", "backup-schedule", kWarning, "An agent task runs as another account than SYSTEM or the local Administrators group.", A::Troubleshoot},
        {"MSD-SCH-007", "backup-schedule", kWarning, "The agent's scheduled tasks (or their account) could not be read.", A::Troubleshoot},
        {"MSD-SCH-008", "backup-schedule", kFail, "Windows PowerShell 3.0 or later is missing.", A::Troubleshoot},
        {"MSD-SCH-009", "backup-schedule", kWarning, "Which Windows PowerShell is installed could not be told.", A::Troubleshoot},
        {"MSD-SCH-010", "backup-schedule", kFail, "The machine's PSModulePath lacks the agent's module folder (<install>\\bin\\Modules).", A::Troubleshoot},
        {"MSD-SCH-011", "backup-schedule", kWarning, "The machine's PSModulePath could not be read.", A::Troubleshoot},
        {"MSD-SCH-012", "backup-schedule", kFail, "PowerShell's execution policy for LocalMachine (or Windows' default) is Restricted.", A::Troubleshoot},
        {"MSD-SCH-013", "backup-schedule", kFail, "Group Policy sets PowerShell's execution policy to Restricted.", A::Troubleshoot},
        {"MSD-SCH-014", "backup-schedule", kWarning, "PowerShell's execution policy could not be read.", A::Troubleshoot},
        // the session's own verdicts, for any check
        {"MSD-GEN-001", "", kError, "The check stopped with an error of its own.", A::Troubleshoot},
        {"MSD-GEN-002", "", kError, "The check gave no answer within its time limit.", A::Troubleshoot},
    };
    return list;
}

const FindingSpec* findFinding(const QString& code)
{
    for (const FindingSpec& spec : findingCatalog())
        if (code == QLatin1String(spec.code))
            return &spec;
    return nullptr;
}

bool findingLeavesUnexamined(const QString& code)
{
    static const char* const unexamined[] = {
        "MSD-AGT-003", "MSD-AGT-004", "MSD-AGT-007",                // no agent here, its version or service unreadable
        "MSD-NET-008", "MSD-NET-014",                              // a route's setting unread, the agent's probe incomplete
        "MSD-TMP-001", "MSD-TMP-004",                              // the folder or its entries could not be looked into
        "MSD-PWD-001", "MSD-PWD-002", "MSD-PWD-005",               // no passphrase entered, nothing to compare with
        "MSD-TLS-001",                                             // no registry to read
        "MSD-VLT-001",                                             // no file chosen
        "MSD-CCH-002", "MSD-CCH-003", "MSD-CCH-007", "MSD-CCH-013", "MSD-CCH-014", "MSD-CCH-017",
        "MSD-SCH-001", "MSD-SCH-002", "MSD-SCH-007", "MSD-SCH-009", "MSD-SCH-011", "MSD-SCH-014",
    };
    for (const char* listed : unexamined)
        if (code == QLatin1String(listed))
            return true;
    return false;
}

QString articleUrl(Article article, const QString& cloudId, const QString& language)
{
    static const char* const paths[] = {"backup-azure-mars-troubleshoot", "install-mars-agent", "backup-support-matrix-mars-agent",
                                        "transport-layer-security", "backup-azure-file-folder-backup-faq"};
    const QString path = QLatin1String(paths[int(article)]);
    const QString locale = language == QLatin1String("zh_CN") ? QStringLiteral("zh-cn") : QStringLiteral("en-us");
    // Azure China's documentation is its own site (21Vianet runs that cloud); public and US Government share learn.
    if (cloudId == QLatin1String("china"))
        return QStringLiteral("https://docs.azure.cn/%1/backup/%2").arg(locale, path);
    return QStringLiteral("https://learn.microsoft.com/%1/azure/backup/%2").arg(locale, path);
}

QString findingDocsUrl(const QString& code, const QString& cloudId, const QString& language)
{
    const FindingSpec* spec = findFinding(code);
    return spec ? articleUrl(spec->article, cloudId, language) : QString();
}

}  // namespace mars
