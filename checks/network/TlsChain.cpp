#include "TlsChain.h"

#include <QCryptographicHash>

namespace mars {

namespace {

QString first(const QSslCertificate& certificate, QSslCertificate::SubjectInfo info, bool issuer)
{
    const QStringList values = issuer ? certificate.issuerInfo(info) : certificate.subjectInfo(info);
    return values.isEmpty() ? QString() : values.first().left(200);
}

QString commonNameOr(const QSslCertificate& certificate, bool issuer)
{
    const QString name = first(certificate, QSslCertificate::CommonName, issuer);
    if (!name.isEmpty())
        return name;
    return (issuer ? certificate.issuerDisplayName() : certificate.subjectDisplayName()).left(200);
}

// "Organisation / common name", the way a helpdesk recognises a product (Zscaler, Fortinet, a company CA).
QString organisationAndName(const QSslCertificate& certificate, bool issuer)
{
    const QString organisation = first(certificate, QSslCertificate::Organization, issuer);
    const QString name = commonNameOr(certificate, issuer);
    if (organisation.isEmpty() || organisation == name)
        return name;
    return QStringLiteral("%1 / %2").arg(organisation, name);
}

// A distinguished name compared attribute by attribute: Qt has no DN equality of its own.
QStringList distinguishedName(const QSslCertificate& certificate, bool issuer)
{
    QStringList parts;
    for (const QByteArray& attribute : issuer ? certificate.issuerInfoAttributes() : certificate.subjectInfoAttributes())
        parts << QString::fromLatin1(attribute) + QLatin1Char('=') +
                     (issuer ? certificate.issuerInfo(attribute) : certificate.subjectInfo(attribute)).join(QLatin1Char('+'));
    return parts;
}

QString hex(const QByteArray& digest)
{
    return QString::fromLatin1(digest.toHex()).toUpper();
}

}  // namespace

CertificateChain describeChain(const QList<QSslCertificate>& peer, const QList<QSslCertificate>& cas)
{
    CertificateChain chain;
    if (peer.isEmpty())
        return chain;
    const QSslCertificate& leaf = peer.first();
    chain.leafSubject = commonNameOr(leaf, false);
    chain.issuer = organisationAndName(leaf, true);
    chain.issuerOrganization = first(leaf, QSslCertificate::Organization, true);
    chain.issuerCommonName = commonNameOr(leaf, true);
    chain.leafSha256 = hex(leaf.digest(QCryptographicHash::Sha256));
    const QSslCertificate& top = peer.last();
    chain.topIssuer = organisationAndName(top, true);
    QSslCertificate root;
    if (distinguishedName(top, true) == distinguishedName(top, false)) {
        root = top;  // the server sent its root (or the leaf signs itself)
    } else {
        const QStringList wanted = distinguishedName(top, true);
        for (const QSslCertificate& ca : cas)
            if (distinguishedName(ca, false) == wanted) {
                root = ca;
                break;
            }
    }
    if (!root.isNull()) {
        chain.rootFound = true;
        chain.rootSubject = organisationAndName(root, false);
        chain.rootSha1 = hex(root.digest(QCryptographicHash::Sha1));
        chain.rootSha256 = hex(root.digest(QCryptographicHash::Sha256));
    }
    return chain;
}

ChainVerdict judgeChain(const CertificateChain& chain, const QList<TrustedRoot>& roots)
{
    if (chain.empty() || roots.isEmpty())
        return ChainVerdict::NotJudged;
    if (chain.rootFound) {
        for (const TrustedRoot& root : roots)
            if (root.sha1.compare(chain.rootSha1, Qt::CaseInsensitive) == 0)
                return ChainVerdict::CloudRoot;
        return ChainVerdict::Inspected;
    }
    // No root here. Named like one of the cloud's, or issued by Microsoft or DigiCert: the root is missing from
    // this computer, which is not interception (an interceptor's chain would be issued in its own name).
    for (const TrustedRoot& root : roots)
        if (chain.topIssuer.endsWith(root.name, Qt::CaseInsensitive))
            return chain.missingIssuer ? ChainVerdict::MissingRoot : ChainVerdict::CloudRoot;  // trusted, root not listed here
    for (const QString& vendor : {QStringLiteral("Microsoft"), QStringLiteral("DigiCert")})
        if (chain.issuerOrganization.contains(vendor, Qt::CaseInsensitive) && chain.missingIssuer)
            return ChainVerdict::MissingRoot;
    return ChainVerdict::Inspected;
}

QString chainVerdictName(ChainVerdict verdict)
{
    switch (verdict) {
    case ChainVerdict::NotJudged: return QStringLiteral("not-judged");
    case ChainVerdict::CloudRoot: return QStringLiteral("cloud-root");
    case ChainVerdict::Inspected: return QStringLiteral("inspected");
    case ChainVerdict::MissingRoot: return QStringLiteral("missing-root");
    }
    return {};
}

}  // namespace mars
