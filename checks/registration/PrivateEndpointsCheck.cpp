#include "PrivateEndpointsCheck.h"

#include "../network/NameResolver.h"
#include "../vault/VaultFileSource.h"

#include <QJsonArray>

namespace mars {

namespace {
constexpr int kDefaultTimeoutMs = 5000;

QString addressList(const QList<QHostAddress>& addresses)
{
    QStringList texts;
    for (const QHostAddress& address : addresses)
        texts << address.toString();
    return texts.join(QStringLiteral(", "));
}

QJsonObject lookupFacts(const NameLookup& lookup)
{
    QJsonArray addresses;
    bool allPrivate = lookup.resolved();
    for (const QHostAddress& address : lookup.addresses) {
        addresses << address.toString();
        allPrivate = allPrivate && addressKind(address) == AddressKind::Private;
    }
    return {{QStringLiteral("host"), lookup.host}, {QStringLiteral("addresses"), addresses}, {QStringLiteral("resolved"), lookup.resolved()},
            {QStringLiteral("private"), allPrivate}, {QStringLiteral("error"), lookup.error}};
}

bool anyPrivate(const NameLookup& lookup)
{
    for (const QHostAddress& address : lookup.addresses)
        if (addressKind(address) == AddressKind::Private)
            return true;
    return false;
}

// The addresses that are not a private endpoint's, each with what it is.
QStringList notPrivate(const NameLookup& lookup)
{
    QStringList texts;
    for (const QHostAddress& address : lookup.addresses)
        if (addressKind(address) != AddressKind::Private)
            texts << address.toString();
    return texts;
}
}  // namespace

std::span<const FindingSpec> PrivateEndpointsCheck::findings()
{
    using A = Article;
    static constexpr FindingSpec table[] = {
        {Code::AllPrivate, "MSD-PEP-001", kPass, "Every private-endpoint name resolves to a private address, and Entra ID sign-in to a public one.", A::Troubleshoot},
        {Code::NotInUse, "MSD-PEP-002", kPass, "The cloud profile says the vault uses no private endpoints: no name has to resolve privately.", A::Troubleshoot},
        {Code::PublicAddress, "MSD-PEP-003", kFail, "A private-endpoint name resolves to a public address: its privatelink DNS zone (named) is missing the record or not used by this computer's DNS.", A::Troubleshoot},
        {Code::NotResolved, "MSD-PEP-004", kFail, "A private-endpoint name does not resolve (DNS, not the firewall): its privatelink DNS zone (named) needs the record.", A::Troubleshoot},
        {Code::SignInPrivate, "MSD-PEP-005", kWarning, "Entra ID sign-in resolves to a private address; a vault's private endpoints do not carry Entra ID.", A::Troubleshoot},
        {Code::SignInUnresolved, "MSD-PEP-006", kWarning, "The private-endpoint names resolve privately, but Entra ID sign-in does not resolve (DNS).", A::Troubleshoot},
        {Code::NoNames, "MSD-PEP-007", kWarning, "The cloud profile says private endpoints are used but lists none of their names: nothing was resolved.", A::Troubleshoot, Examined::No},
        {Code::UnknownCloud, "MSD-PEP-008", kError, "The chosen cloud has no profile.", A::Troubleshoot},
    };
    static_assert(coversEachCodeInOrder<Code>(table));
    return table;
}

PrivateEndpointsCheck::PrivateEndpointsCheck(std::shared_ptr<const NameResolver> resolver, std::shared_ptr<VaultFileSource> vaultFile)
    : m_resolver(std::move(resolver)), m_vaultFile(vaultFile ? std::move(vaultFile) : std::make_shared<VaultFileSource>())
{
}

QString PrivateEndpointsCheck::geoOfBackupName(const QString& host)
{
    const QStringList labels = host.toLower().split(QLatin1Char('.'));
    const int backup = int(labels.indexOf(QStringLiteral("backup")));
    if (backup < 1)
        return {};
    const QString geo = labels[backup - 1];
    return geo == QLatin1String("privatelink") ? QString() : geo;
}

PrivateEndpointsCheck::Verdict PrivateEndpointsCheck::judge(const CheckContext& context) const
{
    const auto profile = profileFor(context);
    if (!profile)
        return Verdict::error(Code::UnknownCloud, msg("Unknown cloud \"%1\".").arg(context.inputs.cloudId));
    const PrivateEndpoints& endpoints = profile->privateEndpoints;
    Verdict result;
    result.facts = {{QStringLiteral("cloud"), profile->id}, {QStringLiteral("used"), endpoints.used}};
    const Message where = profile->sourceFile.isEmpty() ? msg("the built-in profile of %1").arg(Message::perLanguage(profile->nameEnglish, profile->nameChinese))
                                                         : msg("the cloud profile %1").arg(escapeControl(profile->sourceFile));
    if (!endpoints.used) {
        result.status = Status::Pass;
        result.code = Code::NotInUse;
        result.summary = msg("Private endpoints are not in use, as %1 says: no name has to resolve to a private address.").arg(where);
        result.evidence << msg("A vault with private endpoints: give a cloud profile (--profile) whose \"privateEndpoints\" says "
                               "\"used\": true and lists the names of its DNS configuration; see the README.");
        return result;
    }
    if (endpoints.names.isEmpty()) {
        result.status = Status::Warning;
        result.code = Code::NoNames;
        result.summary = msg("%1 says private endpoints are used, but names none of their names: nothing could be resolved.").arg(where);
        result.evidence << msg("List the backup-service, blob and queue names of the private endpoints' DNS configuration (Azure portal, "
                               "the private endpoint, DNS configuration) under \"privateEndpoints\" \"names\".");
        return result;
    }

    // The region's code for the backup-service zone: the vault file's region when one is chosen, else the name's own.
    // Its facts only, parsed once for the checks of the run (VaultFileSource).
    const VaultFileRead vaultFile = context.inputs.vaultCredentials.isEmpty() ? VaultFileRead() : m_vaultFile->read(context.inputs.vaultCredentials);
    if (vaultFile.version)  // which version gave the region: the vault check's facts name the one it judged
        result.facts.insert(QStringLiteral("vaultFileVersion"), vaultFile.version->fingerprint);
    const QString regional = regionalBackupHost(vaultFile, context.inputs.cloudId);
    const QString vaultGeo = regional.isEmpty() ? QString() : geoOfBackupName(regional);
    QStringList hosts;
    for (const PrivateEndpointName& name : endpoints.names)
        hosts << name.host;
    QStringList signIn;
    for (const EndpointProbe& probe : profile->probes)
        if (probe.role == QLatin1String("sign-in") && !signIn.contains(probe.host))
            signIn << probe.host;
    const int timeoutMs = context.inputs.network.stageTimeoutMs > 0 ? context.inputs.network.stageTimeoutMs : kDefaultTimeoutMs;
    const QList<NameLookup> lookups = m_resolver->lookUp(hosts + signIn, timeoutMs);

    QJsonArray nameFacts, signInFacts;
    QStringList publicZones, unresolvedZones;
    int publicCount = 0, unresolvedCount = 0;
    for (int i = 0; i < endpoints.names.size(); ++i) {
        const PrivateEndpointName& name = endpoints.names[i];
        const NameLookup& lookup = lookups[i];
        const QString geo = name.role == QLatin1String("backup-service") && !vaultGeo.isEmpty() ? vaultGeo : geoOfBackupName(name.host);
        const QString zone = endpoints.zoneFor(name.role, geo);
        const Message label = msg("%1 (%2)").arg(escapeControl(name.host)).arg(roleLabel(name.role));
        QJsonObject fact = lookupFacts(lookup);
        fact.insert(QStringLiteral("role"), name.role);
        fact.insert(QStringLiteral("zone"), zone);
        nameFacts << fact;
        if (!lookup.resolved()) {
            ++unresolvedCount;
            if (!unresolvedZones.contains(zone))
                unresolvedZones << zone;
            result.evidence << msg("%1: not resolved: this computer's DNS gives no address for it (%2). The zone %3 needs its record, and "
                                   "this computer's DNS server must answer from that zone (a link to the virtual network, or a conditional forwarder).")
                                   .arg(label, escapeControl(lookup.error), zone);
            continue;
        }
        const QStringList wrong = notPrivate(lookup);
        if (wrong.isEmpty()) {
            result.evidence << msg("%1: resolved to %2: private.").arg(label, addressList(lookup.addresses));
            continue;
        }
        ++publicCount;
        if (!publicZones.contains(zone))
            publicZones << zone;
        // Which addresses are wrong is worth saying only when some are right: "20.60.40.4, not private (20.60.40.4)" reads as a slip.
        if (wrong.size() == lookup.addresses.size())
            result.evidence << msg("%1: resolved to %2, not a private address: this computer's DNS does not answer from the zone %3.")
                                   .arg(label, addressList(lookup.addresses), zone);
        else
            result.evidence << msg("%1: resolved to %2, not a private address (%3): this computer's DNS does not answer from the zone %4.")
                                   .arg(label, addressList(lookup.addresses), wrong.join(QStringLiteral(", ")), zone);
    }

    bool signInPrivate = false, signInUnresolved = false;
    for (int i = 0; i < signIn.size(); ++i) {
        const NameLookup& lookup = lookups[int(hosts.size()) + i];
        signInFacts << lookupFacts(lookup);
        if (!lookup.resolved()) {
            signInUnresolved = true;
            result.evidence << msg("%1 (Entra ID sign-in): not resolved: this computer's DNS gives no address for it (%2). The agent signs in "
                                   "through Entra ID's public name even with private endpoints.")
                                   .arg(lookup.host, escapeControl(lookup.error));
        } else if (anyPrivate(lookup)) {
            signInPrivate = true;
            result.evidence << msg("%1 (Entra ID sign-in): resolved to %2, a private address. A vault's private endpoints do not carry Entra ID: "
                                   "unless your organisation set up Private Link for Entra ID, a hosts file or DNS record sends sign-in astray.")
                                   .arg(lookup.host, addressList(lookup.addresses));
        } else {
            result.evidence << msg("%1 (Entra ID sign-in): resolved to %2: public, as it must stay.").arg(lookup.host, addressList(lookup.addresses));
        }
    }
    for (const QString& role : endpoints.unconfirmedZones)
        result.evidence << msg("The zone name for %1 in this cloud is not confirmed by Microsoft's current documents: check it against the "
                               "private endpoint's DNS configuration.")
                               .arg(roleLabel(role));
    if (!endpoints.zonesSource.english.isEmpty())
        result.evidence << msg("Zone names from: %1").arg(endpoints.zonesSource.message());
    result.facts.insert(QStringLiteral("names"), nameFacts);
    result.facts.insert(QStringLiteral("signIn"), signInFacts);

    const qlonglong total = endpoints.names.size();
    if (publicCount > 0 || unresolvedCount > 0) {
        result.status = Status::Fail;
        result.code = publicCount > 0 ? Code::PublicAddress : Code::NotResolved;
        if (publicCount > 0 && unresolvedCount > 0)
            result.summary = msg("%1 of %2 private-endpoint names resolve to public addresses and %3 not at all: fix the DNS zones %4.")
                                 .arg(publicCount)
                                 .arg(total)
                                 .arg(unresolvedCount)
                                 .arg((publicZones + unresolvedZones).join(QStringLiteral(", ")));
        else if (publicCount > 0)
            result.summary = msg("%1 of %2 private-endpoint names resolve to public addresses: fix the DNS zone %3 (its records, and this "
                                 "computer's DNS answering from it).")
                                 .arg(publicCount)
                                 .arg(total)
                                 .arg(publicZones.join(QStringLiteral(", ")));
        else
            result.summary = msg("%1 of %2 private-endpoint names do not resolve (DNS, not the firewall): fix the DNS zone %3.")
                                 .arg(unresolvedCount)
                                 .arg(total)
                                 .arg(unresolvedZones.join(QStringLiteral(", ")));
        return result;
    }
    if (signInPrivate || signInUnresolved) {
        result.status = Status::Warning;
        result.code = signInPrivate ? Code::SignInPrivate : Code::SignInUnresolved;
        result.summary = signInPrivate ? msg("Every private-endpoint name resolves to a private address, but Entra ID sign-in resolves to a private "
                                             "address too: it must stay public (see below).")
                                       : msg("Every private-endpoint name resolves to a private address, but Entra ID sign-in does not resolve "
                                             "(DNS): the agent cannot sign in.");
        return result;
    }
    result.status = Status::Pass;
    result.code = Code::AllPrivate;
    result.summary = msg("All %1 private-endpoint names resolve to private addresses, and Entra ID sign-in to public ones.").arg(total);
    return result;
}

}  // namespace mars
