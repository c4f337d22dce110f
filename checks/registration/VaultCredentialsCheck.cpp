#include "VaultCredentialsCheck.h"

#include "../Catalog.h"
#include "../FileReading.h"
#include "../PlatformText.h"
#include "../vault/SignInRehearsal.h"
#include "../report/AtomicWrite.h"
#include "../vault/VaultClouds.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimeZone>
#include <QUrl>

#include <chrono>
#include <cmath>

namespace mars {

std::span<const FindingSpec> VaultCredentialsCheck::findings()
{
    using A = Article;
    static constexpr FindingSpec table[] = {
        {Code::NoFile, "MSD-VLT-001", kWarning, "No vault credentials file chosen to check.", A::Troubleshoot, Examined::No},
        {Code::Good, "MSD-VLT-002", kPass, "The vault credentials file is good.", A::Troubleshoot},
        {Code::WrongExtension, "MSD-VLT-003", kFail, "The file's extension is not .VaultCredentials.", A::Troubleshoot},
        {Code::NetworkLocation, "MSD-VLT-004", kFail, "The file is on a network location, where the agent fails to read it.", A::Troubleshoot},
        {Code::TooLarge, "MSD-VLT-005", kFail, "The file is larger than any vault credentials file.", A::Troubleshoot},
        {Code::Unreadable, "MSD-VLT-006", kFail, "The file could not be read.", A::Troubleshoot},
        {Code::Damaged, "MSD-VLT-007", kFail, "The file is not a usable vault credentials file (damaged).", A::Troubleshoot},
        {Code::OldShape, "MSD-VLT-008", kFail, "The file has an older shape that current agents reject.", A::Faq},
        {Code::UnknownAuthority, "MSD-VLT-009", kFail, "The file's sign-in authority is not a known Microsoft Entra ID host.", A::Troubleshoot},
        {Code::MixedClouds, "MSD-VLT-010", kFail, "The file's sign-in authority and identity endpoint are in different clouds (edited).", A::Troubleshoot},
        {Code::OtherCloud, "MSD-VLT-011", kWarning, "The file is for another cloud than the checks are set for.", A::Troubleshoot},
        {Code::CertificateUnopenable, "MSD-VLT-012", kFail, "The file's certificate cannot be opened.", A::Troubleshoot},
        {Code::NoPrivateKey, "MSD-VLT-013", kFail, "The file's certificate has no private key.", A::Troubleshoot},
        {Code::Expired, "MSD-VLT-014", kFail, "The file's certificate has expired (files are valid for 10 days).", A::Faq},
        {Code::NotYetValid, "MSD-VLT-015", kFail, "The file's certificate is not valid yet (check the clock).", A::Troubleshoot},
        {Code::AgentTooOld, "MSD-VLT-016", kFail, "The installed agent is too old for this file's version.", A::Faq},
        {Code::OtherVault, "MSD-VLT-017", kWarning, "The file is for another vault than the server is registered to (error 100110).", A::Troubleshoot},
        {Code::SignInFailed, "MSD-VLT-018", kWarning | kFail, "The rehearsed sign-in failed (a warning when the network stopped it).", A::Troubleshoot},
        {Code::NotYetValidByMeasuredTime, "MSD-VLT-019", kFail, "The file's certificate is not valid yet even by the measured time: download a new one.", A::Troubleshoot},
        {Code::RegistrationUnreadable, "MSD-VLT-020", kWarning, "The agent's record of the vault the server is registered to is unreadable or inconsistent.", A::Troubleshoot},
    };
    static_assert(coversEachCodeInOrder<Code>(table));
    return table;
}

namespace {

// Days and hours the file is valid after download, as the two sources say (vault-credentials.md): the MARS FAQ
// ("Vault credentials expire after 10 days") and the agent's own message (48 hours).
constexpr int kDocsValidDays = 10;
constexpr int kAgentMessageHours = 48;

QString utcText(qint64 unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(unixSeconds, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

qint64 unixNow()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

Message cloudName(const QString& id)
{
    if (id == QLatin1String("china"))
        return VaultCredentialsCheck::msg("Azure China (21Vianet)");
    if (id == QLatin1String("public"))
        return VaultCredentialsCheck::msg("Azure (global)");
    if (id == QLatin1String("usgov"))
        return VaultCredentialsCheck::msg("Azure US Government");
    return Message::plain(id);
}

Message duration(qint64 seconds)
{
    seconds = seconds < 0 ? -seconds : seconds;
    if (seconds < 3600)
        return VaultCredentialsCheck::msg("%1 min").arg(qlonglong(seconds / 60));
    if (seconds < 2 * 86400)
        return VaultCredentialsCheck::msg("%1 h").arg(qlonglong(seconds / 3600));
    return VaultCredentialsCheck::msg("%1 days").arg(qlonglong(seconds / 86400));
}

struct Finding {
    Status status;
    QString key;
    VaultCredentialsCheck::Code code;
    Message summary;
};

std::shared_ptr<platform::CertificateSigner> orSystem(std::shared_ptr<platform::CertificateSigner> signer)
{
    return signer ? signer : platform::makeSystemCertificateSigner();
}

std::shared_ptr<platform::VaultEnvironment> orSystem(std::shared_ptr<platform::VaultEnvironment> environment)
{
    return environment ? environment : platform::makeSystemVaultEnvironment();
}

Message unreadable(const QString& path, platform::FileRead::State state, const std::string& reason)
{
    return VaultCredentialsCheck::msg("%1 cannot be read: %2 (the agent says \"Unable to read the vault credentials file\", error 34528).")
        .arg(QDir::toNativeSeparators(path))
        .arg(state == platform::FileRead::State::Missing ? VaultCredentialsCheck::msg("it does not exist") : Message::plain(QString::fromStdString(reason)));
}

// Reads at most the parser's cap, opened without following a link or waiting on a FIFO (FileReading.h); the
// caller wipes what it got. The fix that copies the file reads it so; the checks read it through VaultFileSource.
QByteArray readCapped(const QString& path, Message* error)
{
    using platform::FileRead;
    FileRead read = readFileNoFollow(path, VaultFileParser::kMaxBytes);
    QByteArray bytes(read.bytes.data(), qsizetype(read.bytes.size()));
    wipeMemory(read.bytes.data(), read.bytes.size());
    if (read.tooLarge) {
        *error = VaultCredentialsCheck::msg("The file is %1, larger than any vault credentials file (about 10 KB): it is not one.")
                     .argBytes(read.fileSize);
        return {};
    }
    if (read.state != FileRead::State::Read)
        *error = unreadable(path, read.state, read.reason);
    return bytes;
}

}  // namespace

VaultCredentialsCheck::VaultCredentialsCheck(std::shared_ptr<platform::Platform> platform, std::shared_ptr<platform::CertificateSigner> signer,
                                             std::shared_ptr<platform::VaultEnvironment> environment, std::shared_ptr<VaultFileSource> vaultFile)
    : m_platform(std::move(platform)), m_signer(orSystem(std::move(signer))), m_environment(orSystem(std::move(environment))),
      m_vaultFile(vaultFile ? std::move(vaultFile) : std::make_shared<VaultFileSource>())
{
}

QString VaultCredentialsCheck::maskSubscription(const QString& id)
{
    if (id.size() <= 12)
        return QString(id.size(), QLatin1Char('*'));
    QString masked = id;
    for (qsizetype i = 8; i < id.size() - 4; ++i)
        if (masked[i] != QLatin1Char('-'))
            masked[i] = QLatin1Char('*');
    return masked;
}

int VaultCredentialsCheck::compareVersions(const QString& a, const QString& b)
{
    const QStringList left = a.split(QLatin1Char('.')), right = b.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < qMax(left.size(), right.size()); ++i) {
        const int x = i < left.size() ? left[i].toInt() : 0, y = i < right.size() ? right[i].toInt() : 0;
        if (x != y)
            return x < y ? -1 : 1;
    }
    return 0;
}

QString VaultCredentialsCheck::localCopyFolder()
{
    // The user's own application data (Windows: %LOCALAPPDATA%\...\MARS Setup Doctor, readable by the user only).
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(QStringLiteral("VaultCredentials"));
}

VaultCredentialsCheck::Verdict VaultCredentialsCheck::judge(const CheckContext& context) const
{
    Verdict result;
    const QString path = context.inputs.vaultCredentials;
    if (path.isEmpty()) {
        result.status = Status::Warning;
        result.summary = msg("No vault credentials file chosen: choose the file you will give the agent, to check it first.");
        result.evidence << msg("Download it from the vault in the Azure portal (Properties > Backup credentials). An expired, "
                               "renamed, damaged or wrong file makes registration fail with error 34513.");
        result.facts = {{QStringLiteral("file"), QString()}};
        result.code = Code::NoFile;
        return result;
    }
    const QFileInfo info(path);
    QJsonObject facts{{QStringLiteral("file"), QDir::toNativeSeparators(path)}, {QStringLiteral("chosenCloud"), context.inputs.cloudId}};
    QJsonArray problems;
    QList<Finding> findings;
    auto find = [&](Status status, const char* key, Code code, const Message& summary) {
        findings << Finding{status, QString::fromLatin1(key), code, summary};
        problems << QString::fromLatin1(key);
    };
    auto finish = [&]() -> Verdict {
        facts.insert(QStringLiteral("problems"), problems);
        result.facts = facts;
        const Finding* worst = nullptr;
        for (const Finding& finding : findings)
            if (!worst || (finding.status == Status::Fail && worst->status != Status::Fail))
                worst = &finding;
        if (worst) {
            result.status = worst->status;
            result.code = worst->code;
            result.summary = worst->summary;
            for (const Finding& finding : findings)
                if (&finding != worst)
                    result.evidence.prepend(finding.summary);
        }
        return result;
    };

    // The extension is enforced by the agent: a file renamed to .xml or .txt fails (azure-docs PR 64894; vault-credentials.md).
    if (info.suffix().compare(QLatin1String("VaultCredentials"), Qt::CaseInsensitive) != 0)
        find(Status::Fail, "extension", Code::WrongExtension,
             msg("The file is named %1, but the agent takes only files ending in .VaultCredentials: rename it back, or download it again.")
                 .arg(info.fileName()));

    // A file on a network location is a documented cause of 34513 (MARS troubleshooting article).
    const platform::FileLocation location = m_environment->locate(toPath(path));
    facts.insert(QStringLiteral("location"), location.kind == platform::FileLocation::Kind::Local     ? QStringLiteral("local")
                                             : location.kind == platform::FileLocation::Kind::Network ? QStringLiteral("network")
                                                                                                      : QStringLiteral("unknown"));
    if (location.kind == platform::FileLocation::Kind::Network) {
        find(Status::Fail, "network-path", Code::NetworkLocation, msg("The file is on a network location (%1): the agent fails to read files there. Copy it to this computer.")
                                               .arg(platformText(location.how)));
        result.fixes << std::make_shared<CopyVaultFileFix>(path);
    } else if (location.kind == platform::FileLocation::Kind::Unknown) {
        result.evidence << msg("Whether the file is on a local disk cannot be known here (%1). Keep it on a local disk, not a network share.")
                               .arg(platformText(location.how));
    } else {
        result.evidence << msg("The file is on a local disk (%1).").arg(platformText(location.how));
    }

    // Read and parsed once for this check and the endpoint checks of the run (VaultFileSource); `read` holds the
    // certificate until this run ends.
    const VaultFileRead read = m_vaultFile->readWithCertificate(path);
    if (read.tooLarge) {
        find(Status::Fail, "too-large", Code::TooLarge, msg("The file is %1, larger than any vault credentials file (about 10 KB): it is not one.").argBytes(read.fileSize));
        return finish();
    }
    if (read.state != platform::FileRead::State::Read) {
        find(Status::Fail, "unreadable", Code::Unreadable, unreadable(path, read.state, read.reason));
        return finish();
    }
    facts.insert(QStringLiteral("sizeBytes"), read.version->sizeBytes);
    // Which version of the file this is: the endpoint checks' facts name the version they took the region from.
    facts.insert(QStringLiteral("fileVersion"), read.version->fingerprint);
    const VaultParse& parse = read.version->parse;
    if (!parse.ok()) {
        facts.insert(QStringLiteral("parseError"), parse.errorKey());
        find(Status::Fail, "damaged", Code::Damaged, msg("%1 is not a usable vault credentials file: %2").arg(info.fileName(), parse.message));
        result.evidence << msg("The agent would stop with \"Invalid vault credentials provided\" (error 34513). Download a new file "
                               "from the vault (Properties > Backup credentials) and do not open it in an editor.");
        return finish();
    }
    const VaultCredentials& file = *parse.credentials;
    facts.insert(QStringLiteral("shape"), file.shape == VaultCredentials::Shape::Current ? QStringLiteral("current") : QStringLiteral("older"));
    if (file.shape == VaultCredentials::Shape::Older) {
        find(Status::Fail, "older-shape", Code::OldShape,
             msg("The file is from an older Azure portal (a BackupVaultCreds file of the ACS era), which today's agent and service no "
                 "longer take. Download a new one from the Recovery Services vault's Properties > Backup credentials."));
        return finish();
    }

    // Which vault it is, so a helpdesk sees at a glance that it is the right one.
    const QString subscription = maskSubscription(file.subscriptionId);
    facts.insert(QStringLiteral("vault"), QJsonObject{{QStringLiteral("name"), file.resourceName},
                                                       {QStringLiteral("resourceGroup"), file.resourceGroup},
                                                       {QStringLiteral("region"), file.location},
                                                       {QStringLiteral("subscription"), subscription},
                                                       {QStringLiteral("version"), file.version}});
    result.evidence << msg("Vault %1 in resource group %2, region %3, subscription %4.").arg(file.resourceName, file.resourceGroup, file.location, subscription);

    // The cloud, from AadAuthority (and IdMgmtRestEndpoint when the authority says nothing).
    const QString authorityHost = QUrl(file.aadAuthority).host().toLower();
    auto fileCloud = VaultClouds::byAuthorityHost(authorityHost);
    const auto idCloud = VaultClouds::byIdMgmtHost(QUrl(file.idMgmtRestEndpoint).host());
    if (!fileCloud) {
        find(Status::Fail, "unknown-authority", Code::UnknownAuthority,
             msg("The file names %1 as its sign-in authority, which is not a Microsoft Entra ID host of any cloud: it was edited or is not "
                 "from the Azure portal. Download a new one.")
                 .arg(file.aadAuthority.left(200)));
    } else {
        facts.insert(QStringLiteral("fileCloud"), fileCloud->id);
        if (idCloud && idCloud->id != fileCloud->id)
            find(Status::Fail, "mixed-clouds", Code::MixedClouds, msg("The file's sign-in authority is in %1 but its identity endpoint in %2: the file was edited. Download a new one.")
                                                   .arg(cloudName(fileCloud->id), cloudName(idCloud->id)));
        if (fileCloud->id != context.inputs.cloudId) {
            find(Status::Warning, "other-cloud", Code::OtherCloud, msg("The file is for a vault in %1, but the checks are set for %2: the network checks test the wrong addresses.")
                                                     .arg(cloudName(fileCloud->id), cloudName(context.inputs.cloudId)));
            result.fixes << std::make_shared<UseCloudFix>(context.inputs.cloudId, fileCloud->id);
        }
        const QString backupHost = fileCloud->backupHost(file.location);
        if (!backupHost.isEmpty()) {
            facts.insert(QStringLiteral("backupHost"), backupHost);
            result.evidence << msg("The vault's region %1 is served by %2.").arg(file.location, backupHost);
        }
    }

    // The certificate: its NotBefore/NotAfter against the true time where the clock check has measured this
    // computer's offset (the session runs this check again when a new measurement differs by a minute or more), else
    // against this computer's clock.
    std::string importError;
    std::unique_ptr<platform::ImportedCertificate> certificate = m_signer->importPfx(read.certificate->view(), importError);
    if (!certificate) {
        find(Status::Fail, "certificate", Code::CertificateUnopenable, msg("The file's certificate cannot be opened (%1): the file is damaged. Download a new one.").arg(platformText(importError)));
        return finish();
    }
    // A copy: the certificate (and its key) goes before the verdict is written, its dates are still needed.
    const platform::CertificateFacts cert = certificate->facts();
    facts.insert(QStringLiteral("certificate"), QJsonObject{{QStringLiteral("thumbprint"), QString::fromStdString(cert.sha1Hex)},
                                                            {QStringLiteral("subject"), QString::fromStdString(cert.subject)},
                                                            {QStringLiteral("notBefore"), utcText(cert.notBefore)},
                                                            {QStringLiteral("notAfter"), utcText(cert.notAfter)}});
    if (!cert.hasPrivateKey)
        find(Status::Fail, "no-key", Code::NoPrivateKey, msg("The file's certificate has no private key: the file is damaged. Download a new one."));
    const bool corrected = context.measured.clockOffsetSeconds && std::abs(*context.measured.clockOffsetSeconds) >= 1;
    const qint64 now = unixNow() + (corrected ? qint64(std::llround(*context.measured.clockOffsetSeconds)) : 0);
    if (corrected) {
        const qint64 offset = qint64(std::llround(*context.measured.clockOffsetSeconds));
        result.evidence << (offset > 0 ? msg("Its dates are judged by the measured time: this computer's clock is %1 behind (the System clock check).")
                                       : msg("Its dates are judged by the measured time: this computer's clock is %1 ahead (the System clock check)."))
                               .arg(duration(offset));
        facts.insert(QStringLiteral("clockOffsetSeconds"), double(offset));
    }
    if (now > cert.notAfter) {
        find(Status::Fail, "expired", Code::Expired,
             msg("The file expired on %1 (%2 ago). Download a new one from the vault: files are valid for %3 days after download by "
                 "the documentation, %4 hours by the agent's own message.")
                 .arg(utcText(cert.notAfter), duration(now - cert.notAfter))
                 .arg(kDocsValidDays)
                 .arg(kAgentMessageHours));
    } else if (now < cert.notBefore && corrected) {
        find(Status::Fail, "not-yet-valid", Code::NotYetValidByMeasuredTime,
             msg("The file is not valid until %1, %2 from now even by the measured time: download a new one from the vault.")
                 .arg(utcText(cert.notBefore), duration(cert.notBefore - now)));
    } else if (now < cert.notBefore) {
        find(Status::Fail, "not-yet-valid", Code::NotYetValid,
             msg("The file is not valid until %1, %2 from now by this computer's clock: the clock is behind. Correct the clock (the "
                 "System clock check), not the file.")
                 .arg(utcText(cert.notBefore), duration(cert.notBefore - now)));
    } else {
        result.evidence << msg("Its certificate is valid from %1 until %2 (%3 left).").arg(utcText(cert.notBefore), utcText(cert.notAfter), duration(cert.notAfter - now));
    }

    // The agent that will read it: its version, and the vault it is registered to (where the platform can say).
    platform::InstallLocation install = m_platform->agent().agentInstallLocation();
    const std::filesystem::path installFolder = context.inputs.installFolder.isEmpty() ? install.folder : toPath(context.inputs.installFolder);
    const platform::AgentFacts agent = m_environment->agentFacts(installFolder);
    if (agent.applicable && !agent.version.empty()) {
        const QString version = QString::fromStdString(agent.version);
        facts.insert(QStringLiteral("agentVersion"), version);
        if (file.version.startsWith(QLatin1String("2.")) && compareVersions(version, QLatin1String(kMinimumAgentForV2)) < 0)
            find(Status::Fail, "agent-too-old", Code::AgentTooOld, msg("The installed agent is version %1; files of version %2 need %3 or later. Update the agent first.")
                                                    .arg(version, file.version, QLatin1String(kMinimumAgentForV2)));
        else
            result.evidence << msg("The installed agent (version %1) reads files of version %2.").arg(version, file.version);
    }
    // The vault the agent recorded at its registration: the same vault (by subscription, group and name), another
    // vault (error 100110), or a record that cannot be trusted either way.
    const platform::AgentRegistration registration = m_platform->agent().agentRegistration();
    const platform::RegisteredVault& recorded = registration.vault;
    if (!registration.applicable) {
        result.evidence << msg("Which vault this server was registered to cannot be read here: this system keeps no agent registration.");
    } else if (recorded.state == platform::RegisteredVault::State::Registered) {
        const QString vaultName = QString::fromStdString(recorded.vaultName);
        const QString group = QString::fromStdString(recorded.resourceGroup);
        facts.insert(QStringLiteral("registeredVault"), vaultName);
        const auto same = [](const QString& a, const std::string& b) { return a.isEmpty() || a.compare(QString::fromStdString(b), Qt::CaseInsensitive) == 0; };
        if (same(file.resourceName, recorded.vaultName) && same(file.resourceGroup, recorded.resourceGroup) && same(file.subscriptionId, recorded.subscriptionId))
            result.evidence << msg("The server is registered to this file's vault, %1 (resource group %2).").arg(vaultName, group);
        else
            find(Status::Warning, "other-vault", Code::OtherVault,
                 msg("This file is for vault %1 (resource group %2); the server is registered to vault %3 (resource group %4). Registering "
                     "with it gives error 100110. To move the server to this vault, unregister it from %3 first: its backups there stay in "
                     "that vault, and the new vault starts afresh with a passphrase of its own; to stay, download the file from %3.")
                     .arg(file.resourceName, file.resourceGroup, vaultName, group));
    } else if (recorded.state == platform::RegisteredVault::State::NotRegistered) {
        result.evidence << msg("The server is not registered to a vault yet.");
    } else {
        find(Status::Warning, "registration-unclear", Code::RegistrationUnreadable,
             msg("The agent's record of the vault this server is registered to cannot be trusted (%1): whether this file is for that vault "
                 "is not known.")
                 .arg(platformText(recorded.problem)));
    }

    const bool signable = fileCloud && cert.hasPrivateKey;
    if (signable)
        result.fixes << std::make_shared<TestSignInFix>();
    if (signable && context.inputs.rehearseSignIn) {
        const SignInOutcome signIn = SignInRehearsal::run(file, *certificate, context);
        facts.insert(QStringLiteral("signIn"), QJsonObject{{QStringLiteral("cause"), signIn.cause},
                                                           {QStringLiteral("aadsts"), signIn.aadsts},
                                                           {QStringLiteral("stage"), signIn.stage},
                                                           {QStringLiteral("tokenLifetimeSeconds"), signIn.tokenLifetimeSeconds}});
        if (signIn.kind == SignInOutcome::Kind::TokenIssued)
            result.evidence << signIn.summary;
        else
            find(signIn.kind == SignInOutcome::Kind::Network ? Status::Warning : Status::Fail, "sign-in", Code::SignInFailed, signIn.summary);
        result.evidence << signIn.evidence;
    }
    certificate.reset();  // the key goes now

    if (findings.isEmpty()) {
        result.status = Status::Pass;
        result.code = Code::Good;
        result.summary = msg("The file is good for vault %1 (%2), valid until %3.").arg(file.resourceName, file.location, utcText(cert.notAfter));
    }
    return finish();
}

CopyVaultFileFix::CopyVaultFileFix(QString source) : Fix(fixes::copyVaultFile), m_source(std::move(source)) {}

Message CopyVaultFileFix::plan() const
{
    return msg("Copy %1 to %2, a folder of your own on this computer, and check and use the copy. The original is left as it is.")
        .argPath(toPath(m_source))
        .argPath(toPath(VaultCredentialsCheck::localCopyFolder()));
}

FixOutcome CopyVaultFileFix::apply(const CheckContext&, FixProgress&) const
{
    FixOutcome outcome;
    const QString folder = VaultCredentialsCheck::localCopyFolder();
    if (!QDir().mkpath(folder)) {
        outcome.failures << msg("Could not create %1.").argPath(toPath(folder));
        return outcome;
    }
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString target = QDir(folder).filePath(QFileInfo(m_source).fileName());
    Message readError;
    QByteArray bytes = readCapped(m_source, &readError);
    if (!readError.isEmpty()) {
        outcome.failures << readError;
        return outcome;
    }
    // Atomically: written beside the target and renamed over it only when complete, readable by the user only (it
    // holds a private key).
    QSaveFile save(target);
    const bool ok = save.open(QIODevice::WriteOnly) && save.setPermissions(QFile::ReadOwner | QFile::WriteOwner) &&
                    writeWhole(save, bytes) && save.commit();
    wipeMemory(bytes.data(), std::size_t(bytes.size()));
    if (!ok) {
        outcome.failures << msg("Could not copy the file to %1: %2").argPath(toPath(target)).arg(save.errorString());
        return outcome;
    }
    outcome.changes << msg("Copied the file to %1; the checks now use the copy.").argPath(toPath(target));
    outcome.changeContext = [target](CheckContext& context) { context.inputs.vaultCredentials = target; };
    outcome.changedInputs = Input::VaultCredentials;
    return outcome;
}

UseCloudFix::UseCloudFix(QString from, QString to) : Fix(fixes::useFileCloud), m_from(std::move(from)), m_to(std::move(to)) {}

Message UseCloudFix::plan() const
{
    return msg("Use %1, the file's cloud, instead of %2, and check the network again. Nothing on this computer changes.")
        .arg(cloudName(m_to), cloudName(m_from));
}

FixOutcome UseCloudFix::apply(const CheckContext&, FixProgress&) const
{
    FixOutcome outcome;
    outcome.before << msg("The checks were set for %1.").arg(cloudName(m_from));
    outcome.changes << msg("The checks now use %1.").arg(cloudName(m_to));
    outcome.changeContext = [to = m_to](CheckContext& context) { context.inputs.cloudId = to; };
    outcome.changedInputs = Input::Cloud;
    return outcome;
}

TestSignInFix::TestSignInFix() : Fix(fixes::testSignIn) {}

Message TestSignInFix::plan() const
{
    return msg("Sign in to Microsoft Entra ID as the vault's application with this file's certificate, as the agent does first when "
               "it registers, through the same proxy as the network checks. Nothing is registered or changed, and the token that "
               "comes back is thrown away unseen.");
}

FixOutcome TestSignInFix::apply(const CheckContext&, FixProgress&) const
{
    // The check's proving run does the sign-in, so its answer (and the AADSTS code) is on the row and in the report.
    FixOutcome outcome;
    outcome.changeContext = [](CheckContext& context) { context.inputs.rehearseSignIn = true; };
    outcome.changes << msg("The file is checked again with a test sign-in; its answer is on the row.");
    return outcome;
}

}  // namespace mars
