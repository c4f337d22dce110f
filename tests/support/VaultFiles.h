#pragma once
// Vault credentials files made by the test, for every verdict: a self-signed "Windows Azure Tools" certificate with
// chosen NotBefore/NotAfter and its RSA key, as a PFX exported with an empty password (as the portal does), base64
// inside the XML DataContractSerializer writes. Made with OpenSSL's libcrypto, because the openssl 3.0 CLI cannot set
// a NotBefore (`req -x509` has no -not_before before 3.4). The canary strings let the leak test find the key anywhere.
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <QByteArray>
#include <QString>

#include <ctime>
#include <mutex>
#include <stdexcept>
#include <utility>

namespace mars::test {

struct TestCertificate {
    QByteArray pfx;      // DER PKCS #12, empty password
    QByteArray certDer;
    QByteArray certPem;
    QByteArray keyPem;   // PKCS #8 PEM of the private key
    QByteArray keyDer;
};

// One RSA key per test process: making one costs ~100 ms.
inline EVP_PKEY* sharedTestKey()
{
    static EVP_PKEY* key = [] {
        EVP_PKEY* made = EVP_RSA_gen(2048);
        if (!made)
            throw std::runtime_error("EVP_RSA_gen failed");
        return made;
    }();
    return key;
}

inline QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray bytes(data, int(size));
    BIO_free(bio);
    return bytes;
}

// notBefore/notAfter: seconds relative to now (e.g. -600 and +10 days).
inline TestCertificate makeTestCertificate(long notBeforeFromNow, long notAfterFromNow, EVP_PKEY* key = sharedTestKey(),
                                           const char* commonName = "Windows Azure Tools")
{
    X509* cert = X509_new();
    X509_set_version(cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert), long(std::time(nullptr) & 0x7fffffff));
    X509_gmtime_adj(X509_getm_notBefore(cert), notBeforeFromNow);
    X509_gmtime_adj(X509_getm_notAfter(cert), notAfterFromNow);
    X509_set_pubkey(cert, key);
    X509_NAME* name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>(commonName), -1, -1, 0);
    X509_set_issuer_name(cert, name);
    X509_sign(cert, key, EVP_sha256());

    TestCertificate out;
    unsigned char* der = nullptr;
    int length = i2d_X509(cert, &der);
    out.certDer = QByteArray(reinterpret_cast<char*>(der), length);
    OPENSSL_free(der);
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, cert);
    out.certPem = bioBytes(bio);
    bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    out.keyPem = bioBytes(bio);
    der = nullptr;
    length = i2d_PrivateKey(key, &der);
    out.keyDer = QByteArray(reinterpret_cast<char*>(der), length);
    OPENSSL_free(der);

    // Empty password, the legacy-compatible algorithms Windows' PFXImportCertStore reads everywhere (3DES, SHA-1 MAC).
    PKCS12* p12 = PKCS12_create("", "Windows Azure Tools", key, cert, nullptr, NID_pbe_WithSHA1And3_Key_TripleDES_CBC,
                                NID_pbe_WithSHA1And3_Key_TripleDES_CBC, 2048, 1, 0);
    der = nullptr;
    length = i2d_PKCS12(p12, &der);
    out.pfx = QByteArray(reinterpret_cast<char*>(der), length);
    OPENSSL_free(der);
    PKCS12_free(p12);
    X509_free(cert);
    return out;
}

struct VaultFileFields {
    QString root = QStringLiteral("RSBackupVaultAADCreds");
    QString ns = QStringLiteral("http://schemas.datacontract.org/2004/07/Microsoft.Azure.Portal.RecoveryServices.Models.Common");
    QString version = QStringLiteral("2.0");
    QString subscriptionId = QStringLiteral("1a2b3c4d-1111-2222-3333-444455556666");
    QString resourceName = QStringLiteral("contoso-vault");
    QString resourceGroup = QStringLiteral("backup-rg");
    QString location = QStringLiteral("chinanorth2");
    QString aadAuthority = QStringLiteral("https://login.partner.microsoftonline.cn");
    QString aadTenantId = QStringLiteral("72f988bf-0000-4000-8000-2d7cd011db47");
    QString clientId = QStringLiteral("0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b");
    QString idMgmtRestEndpoint = QStringLiteral("https://pod01-id1.ne2.backup.windowsazure.cn");
    QByteArray certificateBase64;  // empty: the default test certificate's PFX
    QString prolog = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
    QString lineEnd = QStringLiteral("");
};

inline QByteArray defaultPfxBase64()
{
    static const QByteArray pfx = makeTestCertificate(-600, 10 * 86400).pfx.toBase64();
    return pfx;
}

// The file as the portal writes it: DataContractSerializer's elements, in DataMember order.
inline QByteArray vaultFileXml(const VaultFileFields& f = {})
{
    const QByteArray cert = f.certificateBase64.isEmpty() ? defaultPfxBase64() : f.certificateBase64;
    const QString e = f.lineEnd;
    QString xml = f.prolog + e + QStringLiteral("<%1 xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns=\"%2\">").arg(f.root, f.ns) + e;
    auto element = [&](const char* name, const QString& value) { xml += QStringLiteral("<%1>%2</%1>").arg(QLatin1String(name), value) + e; };
    element("Version", f.version);
    element("SubscriptionId", f.subscriptionId);
    element("ResourceType", QStringLiteral("Vaults"));
    element("ResourceName", f.resourceName);
    element("ManagementCert", QString::fromLatin1(cert));
    element("ResourceId", QStringLiteral("4418317637183488124"));
    element("ResourceGroup", f.resourceGroup);
    element("Location", f.location);
    element("ProviderNamespace", QStringLiteral("Microsoft.RecoveryServices"));
    element("AadAuthority", f.aadAuthority);
    element("AadTenantId", f.aadTenantId);
    element("ServicePrincipalClientId", f.clientId);
    element("IdMgmtRestEndpoint", f.idMgmtRestEndpoint);
    element("AgentLinks", QStringLiteral("https://aka.ms/azurebackup_agent"));
    xml += QStringLiteral("</%1>").arg(f.root);
    return xml.toUtf8();
}

}  // namespace mars::test

namespace mars::test {

inline QByteArray derLength(qsizetype length)
{
    if (length < 0x80)
        return QByteArray(1, char(length));
    QByteArray bytes;
    for (qsizetype rest = length; rest > 0; rest >>= 8)
        bytes.prepend(char(rest & 0xFF));
    return QByteArray(1, char(0x80 | bytes.size())) + bytes;
}

inline QByteArray derElement(unsigned char tag, const QByteArray& content)
{
    return QByteArray(1, char(tag)) + derLength(content.size()) + content;
}

// A PFX whose MAC says it took `iterations` rounds: the test certificate's PFX with its MacData replaced (the MAC
// itself is zeros: nothing may get as far as checking it). Made without running the rounds, which would take minutes.
inline QByteArray pfxWithMacIterations(quint32 iterations)
{
    const QByteArray pfx = makeTestCertificate(-600, 10 * 86400).pfx;
    // PFX ::= SEQUENCE { version INTEGER, authSafe ContentInfo, macData MacData OPTIONAL }, DER as OpenSSL writes it.
    auto elementEnd = [&](qsizetype at) {
        const unsigned char first = uchar(pfx[at + 1]);
        qsizetype length = first, header = 2;
        if (first & 0x80) {
            length = 0;
            for (int i = 0; i < (first & 0x7F); ++i)
                length = (length << 8) | uchar(pfx[at + 2 + i]);
            header += first & 0x7F;
        }
        return std::make_pair(at + header, at + header + length);
    };
    const qsizetype versionAt = elementEnd(0).first;
    const qsizetype authSafeAt = elementEnd(versionAt).second;
    const qsizetype macAt = elementEnd(authSafeAt).second;
    QByteArray count;
    for (int shift = 24; shift >= 0; shift -= 8)
        count += char((iterations >> shift) & 0xFF);
    while (count.size() > 1 && count[0] == 0 && !(uchar(count[1]) & 0x80))
        count.remove(0, 1);
    if (uchar(count[0]) & 0x80)
        count.prepend('\0');
    const QByteArray sha1 = derElement(0x30, derElement(0x06, QByteArray::fromHex("2b0e03021a")) + QByteArray::fromHex("0500"));
    const QByteArray macData = derElement(0x30, derElement(0x30, sha1 + derElement(0x04, QByteArray(20, '\0'))) +
                                                    derElement(0x04, QByteArray::fromHex("0102030405060708")) + derElement(0x02, count));
    return derElement(0x30, pfx.mid(versionAt, macAt - versionAt) + macData);
}

}  // namespace mars::test
