#pragma once
// The vault credentials file (.VaultCredentials), parsed from untrusted bytes. Standard C++ and Qt Core only: the
// check, the fuzzer and the tests use it alike. Facts: ../shared/domain/vault-credentials.md.
#include "../Message.h"
#include "../secret/SecretBuffer.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace mars {

struct VaultCredentials {
    enum class Shape {
        Current,  // RSBackupVaultAADCreds: Entra ID (AAD) sign-in with the embedded certificate
        Older,    // BackupVaultCreds: the ACS era; today's agent and service no longer take it
    };
    Shape shape = Shape::Current;
    QString version;
    QString subscriptionId;
    QString resourceType;
    QString resourceName;  // the vault's name
    QString resourceId;
    QString resourceGroup;
    QString location;      // the vault's region, e.g. "chinanorth2"
    QString providerNamespace;
    QString aadAuthority;  // e.g. "https://login.partner.microsoftonline.cn"
    QString aadTenantId;
    QString servicePrincipalClientId;
    QString idMgmtRestEndpoint;
    QString acsNamespace;  // older shape only
    // The base64-decoded ManagementCert: a PFX with the private key, exported with an empty password. Wiped when
    // dropped; never in a Message, a fact, a log or a report.
    SecretBuffer managementCert;
};

enum class VaultFileError {
    None,
    Empty,
    TooLarge,
    DtdRefused,      // a DOCTYPE or an entity reference: never processed (billion laughs, external entities)
    NotXml,          // not well-formed
    UnknownRoot,     // well-formed, but neither shape
    WrongNamespace,  // the right root name in another namespace
    MissingElement,
    DuplicateElement,
    CertificateNotBase64,
    TooManyAttributes,     // an element with more attributes than any vault file has (Qt's reader is quadratic in them)
    CertificateTooCostly,  // the certificate's PKCS #12 asks for more key-derivation rounds than any real file
};

struct VaultParse {
    std::optional<VaultCredentials> credentials;
    VaultFileError error = VaultFileError::None;
    Message message;  // what is wrong, for people; never quotes the certificate
    QString errorKey() const;  // stable, for facts: "dtd-refused", ...
    bool ok() const { return credentials.has_value(); }
};

class VaultFileParser {
    MARS_DECLARE_MESSAGES(VaultFileParser)
public:
    static constexpr qsizetype kMaxBytes = 1024 * 1024;  // the cap; real files are about 10 KB
    // Real files have at most two (the root's namespace declarations); checked in one pass before Qt's reader,
    // whose duplicate check is quadratic in the attributes of one element.
    static constexpr int kMaxAttributes = 64;
    // The namespace DataContractSerializer writes for the portal's model (vault-credentials.md).
    static constexpr const char* kNamespace = "http://schemas.datacontract.org/2004/07/Microsoft.Azure.Portal.RecoveryServices.Models.Common";

    // Never throws, never expands an entity, never reads a DTD or anything outside `bytes`.
    static VaultParse parse(const QByteArray& bytes);
};

// Decodes standard base64 (RFC 4648 §4), skipping whitespace as .NET's Convert.FromBase64String does, straight into a
// SecretBuffer. False on any other character or a bad length.
bool decodeBase64Secret(QStringView text, SecretBuffer& out);

}  // namespace mars
