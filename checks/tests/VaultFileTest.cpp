// The vault credentials file parser, on files the test makes (tests/support/VaultFiles.h).
#include "checks/platform/CertificateSigner.h"
#include "checks/vault/VaultFile.h"
#include "tests/support/VaultFiles.h"

#include <catch2/catch.hpp>


using namespace mars;
using namespace mars::test;

namespace {

VaultParse parseFile(const QByteArray& bytes)
{
    return VaultFileParser::parse(bytes);
}

QByteArray billionLaughs()
{
    QByteArray xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n";
    xml += " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n";
    for (int i = 2; i <= 9; ++i) {
        QByteArray refs;
        for (int j = 0; j < 10; ++j)
            refs += "&lol" + QByteArray::number(i - 1) + ";";
        xml += " <!ENTITY lol" + QByteArray::number(i) + " \"" + refs + "\">\n";
    }
    xml += "]>\n<RSBackupVaultAADCreds xmlns=\"http://schemas.datacontract.org/2004/07/Microsoft.Azure.Portal.RecoveryServices.Models.Common\">"
           "<ResourceName>&lol9;</ResourceName></RSBackupVaultAADCreds>";
    return xml;
}

}  // namespace

TEST_CASE("a vault file as the portal writes it parses, by name, with the certificate as secret bytes")
{
    const VaultParse parse = parseFile(vaultFileXml());
    REQUIRE(parse.ok());
    const VaultCredentials& c = *parse.credentials;
    CHECK(c.shape == VaultCredentials::Shape::Current);
    CHECK(c.version == "2.0");
    CHECK(c.resourceName == "contoso-vault");
    CHECK(c.resourceGroup == "backup-rg");
    CHECK(c.location == "chinanorth2");
    CHECK(c.subscriptionId == "1a2b3c4d-1111-2222-3333-444455556666");
    CHECK(c.aadAuthority == "https://login.partner.microsoftonline.cn");
    CHECK(c.servicePrincipalClientId == "0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b");
    const QByteArray pfx = QByteArray::fromBase64(defaultPfxBase64());
    CHECK(c.managementCert.equals(std::string_view(pfx.constData(), std::size_t(pfx.size()))));

    std::string error;
    auto imported = platform::makeSystemCertificateSigner()->importPfx(c.managementCert.view(), error);
    REQUIRE(imported);
    CHECK(imported->facts().hasPrivateKey);
    CHECK(imported->facts().subject == "CN=Windows Azure Tools");
    CHECK(imported->facts().sha1Hex.size() == 40);
    CHECK(std::abs(imported->facts().notBefore - (std::time(nullptr) - 600)) < 120);
}

TEST_CASE("a UTF-8 BOM, CRLF line ends, indentation and surrounding whitespace are accepted, as .NET accepts them")
{
    VaultFileFields fields;
    fields.lineEnd = QStringLiteral("\r\n    ");
    const QByteArray bytes = "\xEF\xBB\xBF \r\n" + vaultFileXml(fields) + "\r\n\r\n  ";
    const VaultParse parse = parseFile(bytes);
    REQUIRE(parse.ok());
    CHECK(parse.credentials->resourceName == "contoso-vault");
    // Base64 wrapped over lines, as some editors save it.
    QByteArray wrapped;
    const QByteArray base64 = defaultPfxBase64();
    for (int i = 0; i < base64.size(); i += 76)
        wrapped += base64.mid(i, 76) + "\r\n";
    fields.certificateBase64 = wrapped;
    CHECK(parseFile(vaultFileXml(fields)).ok());
}

TEST_CASE("elements are read by name: another order reads the same")
{
    const QByteArray xml = "<RSBackupVaultAADCreds xmlns=\"http://schemas.datacontract.org/2004/07/Microsoft.Azure.Portal.RecoveryServices.Models.Common\">"
                           "<AadTenantId>t</AadTenantId><ServicePrincipalClientId>c</ServicePrincipalClientId>"
                           "<AadAuthority>https://login.microsoftonline.com</AadAuthority><ResourceGroup>g</ResourceGroup>"
                           "<ManagementCert>" + defaultPfxBase64() + "</ManagementCert><ResourceName>v</ResourceName>"
                           "<SubscriptionId>s</SubscriptionId><Unknown><Nested>x</Nested></Unknown></RSBackupVaultAADCreds>";
    const VaultParse parse = parseFile(xml);
    REQUIRE(parse.ok());
    CHECK(parse.credentials->resourceName == "v");
    CHECK(parse.credentials->aadAuthority == "https://login.microsoftonline.com");
}

TEST_CASE("the older BackupVaultCreds shape is recognised as such")
{
    const QByteArray xml = "<?xml version=\"1.0\"?><BackupVaultCreds xmlns=\"http://schemas.datacontract.org/2004/07/Microsoft.Azure.Portal.RecoveryServices.Models.Common\">"
                           "<ResourceName>old-vault</ResourceName><AcsNamespace>contoso-acs</AcsNamespace></BackupVaultCreds>";
    const VaultParse parse = parseFile(xml);
    REQUIRE(parse.ok());
    CHECK(parse.credentials->shape == VaultCredentials::Shape::Older);
    CHECK(parse.credentials->acsNamespace == "contoso-acs");
}

TEST_CASE("every broken file gets its own clear error")
{
    struct Case {
        const char* name;
        QByteArray bytes;
        VaultFileError error;
    };
    VaultFileFields otherNamespace;
    otherNamespace.ns = QStringLiteral("urn:something-else");
    VaultFileFields notBase64;
    notBase64.certificateBase64 = "this is not base64!";
    VaultFileFields otherRoot;
    otherRoot.root = QStringLiteral("Settings");
    const QByteArray good = vaultFileXml();
    const QByteArray external = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                                "<RSBackupVaultAADCreds><ResourceName>&x;</ResourceName></RSBackupVaultAADCreds>";
    const QByteArray undeclared = "<RSBackupVaultAADCreds xmlns=\"" + QByteArray(VaultFileParser::kNamespace) +
                                  "\"><ResourceName>&x;</ResourceName></RSBackupVaultAADCreds>";
    QByteArray missing = good;
    missing.replace("<AadTenantId>", "<Other>").replace("</AadTenantId>", "</Other>");
    QByteArray twice = good;
    twice.replace("<ResourceGroup>backup-rg</ResourceGroup>", "<ResourceGroup>a</ResourceGroup><ResourceGroup>b</ResourceGroup>");
    const std::vector<Case> cases = {
        {"empty", QByteArray(), VaultFileError::Empty},
        {"whitespace only", QByteArray("\xEF\xBB\xBF  \r\n"), VaultFileError::Empty},
        {"2 MiB", QByteArray(2 * 1024 * 1024, ' ') + good, VaultFileError::TooLarge},
        {"truncated", good.left(good.size() / 2), VaultFileError::NotXml},
        {"not XML", QByteArray("PK\x03\x04 a zip file"), VaultFileError::NotXml},
        {"billion laughs", billionLaughs(), VaultFileError::DtdRefused},
        {"external entity", external, VaultFileError::DtdRefused},
        {"undeclared entity", undeclared, VaultFileError::NotXml},
        {"other namespace", vaultFileXml(otherNamespace), VaultFileError::WrongNamespace},
        {"other root", vaultFileXml(otherRoot), VaultFileError::UnknownRoot},
        {"certificate not base64", vaultFileXml(notBase64), VaultFileError::CertificateNotBase64},
        {"missing tenant", missing, VaultFileError::MissingElement},
        {"duplicate element", twice, VaultFileError::DuplicateElement},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        const VaultParse parse = parseFile(c.bytes);  // in bounded time: the fuzzer's FuzzTiming.h holds it to that
        CHECK_FALSE(parse.ok());
        CHECK(parse.error == c.error);
        CHECK_FALSE(parse.message.isEmpty());
        CHECK(parse.errorKey() != "none");
    }
}

// Bounded time is the fuzzer's to show (tests/fuzz/FuzzVaultFile.cpp with FuzzTiming.h), not a wall-clock test's on a
// shared machine: here, a file at the size limit is still parsed whole, and one byte more is refused unread.
TEST_CASE("a file at the size limit parses, one byte more is refused")
{
    VaultFileFields fields;
    QByteArray xml = vaultFileXml(fields);
    const QByteArray padding(VaultFileParser::kMaxBytes - xml.size() - 40, 'x');
    xml.replace("<AgentLinks>", "<Padding>" + padding + "</Padding><AgentLinks>");
    REQUIRE(xml.size() <= VaultFileParser::kMaxBytes);
    const VaultParse parse = parseFile(xml);
    REQUIRE(parse.ok());
    CHECK(parse.credentials->resourceName == fields.resourceName);
    const QByteArray over = xml + QByteArray(VaultFileParser::kMaxBytes + 1 - xml.size(), ' ');
    CHECK(parseFile(over).error == VaultFileError::TooLarge);
}

TEST_CASE("a PFX that is base64 but not a PFX is refused by the signer, not the parser")
{
    VaultFileFields fields;
    fields.certificateBase64 = QByteArray("not a pfx at all").toBase64();
    const VaultParse parse = parseFile(vaultFileXml(fields));
    REQUIRE(parse.ok());
    std::string error;
    CHECK_FALSE(platform::makeSystemCertificateSigner()->importPfx(parse.credentials->managementCert.view(), error));
    CHECK_FALSE(error.empty());
}

TEST_CASE("RS256 signatures from the POSIX signer verify against the certificate")
{
    const TestCertificate cert = makeTestCertificate(-60, 3600);
    std::string error;
    auto imported = platform::makeSystemCertificateSigner()->importPfx(std::string_view(cert.pfx.constData(), std::size_t(cert.pfx.size())), error);
    REQUIRE(imported);
    const std::string data = "header.payload";
    const auto signature = imported->signRs256(data, error);
    REQUIRE(signature.size() == 256);
    EVP_MD_CTX* context = EVP_MD_CTX_new();
    REQUIRE(EVP_DigestVerifyInit(context, nullptr, EVP_sha256(), nullptr, sharedTestKey()) == 1);
    CHECK(EVP_DigestVerify(context, signature.data(), signature.size(), reinterpret_cast<const unsigned char*>(data.data()), data.size()) == 1);
    EVP_MD_CTX_free(context);
}

namespace {
// Three base-62 characters: 238,328 names of three letters, so 120,000 attributes fit in under 1 MiB.
QByteArray shortName(int i)
{
    static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const char name[] = {digits[i / 3844 % 62], digits[i / 62 % 62], digits[i % 62]};
    return QByteArray(name, 3);
}
}  // namespace

TEST_CASE("an element with 120,000 attributes is refused before Qt's quadratic reader sees it", "[vault]")
{
    QByteArray attributes;
    for (int i = 0; i < 120000; ++i)
        attributes += " a" + shortName(i) + "=''";
    QByteArray xml = vaultFileXml();
    xml.replace("<ResourceName>", "<ResourceName" + attributes + ">");
    REQUIRE(xml.size() < VaultFileParser::kMaxBytes);
    const VaultParse parse = parseFile(xml);
    CHECK(parse.error == VaultFileError::TooManyAttributes);
    CHECK(parse.errorKey() == "too-many-attributes");
    CHECK(parse.message.render().contains("more than 64 attributes"));
}

TEST_CASE("'=' in comments, CDATA, processing instructions and quoted values is no attribute", "[vault]")
{
    const QByteArray many = QByteArray("a=b ").repeated(200);
    QByteArray xml = vaultFileXml();
    xml.replace("<ResourceGroup>", "<!-- " + many + " --><?pi " + many + "?><ResourceGroup xmlns:x=\"urn:" + many + "\">");
    xml.replace("<Version>2.0</Version>", "<Version><![CDATA[2.0]]></Version><Note><![CDATA[" + many + "]]></Note>");
    const VaultParse parse = parseFile(xml);
    INFO(parse.message.render().toStdString());
    CHECK(parse.ok());
    QByteArray edge = vaultFileXml();
    QByteArray sixtyFour;
    for (int i = 0; i < VaultFileParser::kMaxAttributes; ++i)
        sixtyFour += " a" + shortName(i) + "=''";
    edge.replace("<Location>", "<Location" + sixtyFour + ">");
    CHECK(parseFile(edge).ok());  // at the cap: read
}

TEST_CASE("a PFX asking for 2^31-1 MAC rounds is refused before any certificate code opens it", "[vault]")
{
    VaultFileFields fields;
    fields.certificateBase64 = pfxWithMacIterations(0x7FFFFFFF).toBase64();
    const VaultParse parse = parseFile(vaultFileXml(fields));
    CHECK(parse.error == VaultFileError::CertificateTooCostly);
    CHECK(parse.errorKey() == "certificate-too-costly");
    CHECK(parse.message.render().contains("2,147,483,647"));
    fields.certificateBase64 = pfxWithMacIterations(2000).toBase64();  // the portal's count: read
    CHECK(parseFile(vaultFileXml(fields)).ok());
}
