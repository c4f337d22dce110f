// The sign-in rehearsal against a loopback token endpoint that verifies the assertion as Entra ID does and answers
// each AADSTS case; each answer must map to its cause. The file's authority stays a real Entra ID host: the test
// seam (CheckContext::testTokenEndpoint) changes only where the request goes.
#include "checks/registration/VaultCredentialsCheck.h"
#include "checks/vault/SignInRehearsal.h"
#include "tests/support/CatchQt.h"
#include "tests/support/FakePlatform.h"
#include "tests/support/FakeVaultEnvironment.h"
#include "tests/support/LoopbackTokenEndpoint.h"
#include "tests/support/VaultFiles.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTcpServer>

using namespace mars;
using namespace mars::test;

namespace {

const QString kTenant = QStringLiteral("72f988bf-0000-4000-8000-2d7cd011db47");
const QString kClient = QStringLiteral("0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b");

QString audience()
{
    return SignInRehearsal::tokenEndpoint(QStringLiteral("login.partner.microsoftonline.cn"), kTenant);
}

struct SignInWorld {
    TestCertificate certificate = makeTestCertificate(-600, 10 * 86400);
    TempFolderQt folder;

    QString writeFile(const VaultFileFields& base = {}) const
    {
        VaultFileFields fields = base;
        fields.certificateBase64 = certificate.pfx.toBase64();
        const QString path = folder.file(QStringLiteral("contoso.VaultCredentials"));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(vaultFileXml(fields));
        return path;
    }
    CheckResult check(const QString& path, const QString& endpoint) const
    {
        CheckContext context;
        context.inputs.vaultCredentials = path;
        context.inputs.rehearseSignIn = true;
        context.inputs.network.tokenEndpoint = endpoint;
        context.inputs.network.stageTimeoutMs = 3000;
        return VaultCredentialsCheck(std::make_shared<FakePlatform>(), nullptr, std::make_shared<FakeVaultEnvironment>()).run(context);
    }
};

QString everything(const CheckResult& result)
{
    QStringList lines{result.summary.render(TextRenderer())};
    lines << renderAll(result.evidence, TextRenderer());
    lines << QString::fromUtf8(QJsonDocument(result.facts).toJson());
    return lines.join(QLatin1Char('\n'));
}

QJsonObject signIn(const CheckResult& result)
{
    return result.facts[QStringLiteral("signIn")].toObject();
}

}  // namespace

TEST_CASE("a good file signs in: the endpoint verified its RS256 assertion, and the token is never kept", "[vault][signin]")
{
    SignInWorld world;
    LoopbackTokenEndpoint endpoint({world.certificate.certPem, kTenant, kClient, audience()});
    const CheckResult result = world.check(world.writeFile(), endpoint.url(kTenant));
    INFO(everything(result).toStdString());
    CHECK(result.status == Status::Pass);
    CHECK(signIn(result)[QStringLiteral("cause")] == QStringLiteral("none"));
    CHECK(signIn(result)[QStringLiteral("tokenLifetimeSeconds")].toInt() == 3599);
    CHECK(endpoint.requests() == 1);
    CHECK_FALSE(everything(result).contains(QLatin1String("CANARY-ACCESS-TOKEN")));
}

TEST_CASE("each AADSTS answer maps to its cause, with the code in the evidence", "[vault][signin]")
{
    SignInWorld world;
    const TestCertificate otherKeyCert = makeTestCertificate(-600, 86400, [] {
        static EVP_PKEY* key = EVP_RSA_gen(2048);
        return key;
    }());
    struct Case {
        const char* name;
        LoopbackTokenEndpoint::Options options;
        const char* aadsts;
        const char* cause;
        const char* words;
    };
    const std::vector<Case> cases = {
        {"the endpoint's clock an hour ahead", {world.certificate.certPem, kTenant, kClient, audience(), 3600}, "AADSTS700024", "clock", "clock"},  // not a check id
        {"another certificate registered (a newer file)", {otherKeyCert.certPem, kTenant, kClient, audience(), 0}, "AADSTS700027", "newer-file", "newer file"},
        {"application unknown (vault deleted)", {world.certificate.certPem, kTenant, QStringLiteral("11111111-0000-0000-0000-000000000000"), audience(), 0},
         "AADSTS700016", "application-not-found", "deleted"},
        {"tenant unknown (another cloud)", {world.certificate.certPem, QStringLiteral("other-tenant"), kClient, audience(), 0}, "AADSTS90002", "wrong-cloud", "another cloud"},
        {"an audience the endpoint does not expect (our bug)", {world.certificate.certPem, kTenant, kClient, QStringLiteral("https://elsewhere/"), 0}, "AADSTS700023", "our-bug", "this program"},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        LoopbackTokenEndpoint endpoint(c.options);
        const CheckResult result = world.check(world.writeFile(), endpoint.url(kTenant));
        INFO(everything(result).toStdString());
        CHECK(result.status == Status::Fail);
        CHECK(signIn(result)[QStringLiteral("aadsts")] == QLatin1String(c.aadsts));
        CHECK(signIn(result)[QStringLiteral("cause")] == QLatin1String(c.cause));
        CHECK(result.summary.render(TextRenderer()).contains(QLatin1String(c.aadsts)));
        CHECK(result.summary.render(TextRenderer()).contains(QLatin1String(c.words)));
    }
}

TEST_CASE("no answer is a network cause with its stage, within about one stage timeout", "[vault][signin]")
{
    SignInWorld world;
    QTcpServer closed;
    closed.listen(QHostAddress::LocalHost, 0);
    const quint16 port = closed.serverPort();
    closed.close();
    QElapsedTimer timer;
    timer.start();
    const CheckResult result = world.check(world.writeFile(), QStringLiteral("https://127.0.0.1:%1/%2/oauth2/token").arg(port).arg(kTenant));
    CHECK(timer.elapsed() < 4000);
    CHECK(result.status == Status::Warning);
    CHECK(signIn(result)[QStringLiteral("cause")] == QStringLiteral("network"));
    CHECK(signIn(result)[QStringLiteral("stage")] == QStringLiteral("tcp"));
    CHECK(result.summary.render(TextRenderer()).contains(QLatin1String("firewall")));
}

TEST_CASE("an authority that is not a known Entra ID host gets nothing, seam or not", "[vault][signin]")
{
    SignInWorld world;
    LoopbackTokenEndpoint endpoint({world.certificate.certPem, kTenant, kClient, audience()});
    VaultFileFields fields;
    fields.aadAuthority = QStringLiteral("https://login.microsoftonline.cn.attacker.example");
    const CheckResult result = world.check(world.writeFile(fields), endpoint.url(kTenant));
    CHECK(result.status == Status::Fail);
    CHECK(endpoint.requests() == 0);
    CHECK_FALSE(signIn(result).contains(QStringLiteral("cause")));  // not even attempted
    fields.aadAuthority = QStringLiteral("http://login.partner.microsoftonline.cn");  // not HTTPS
    const VaultParse parse = VaultFileParser::parse(vaultFileXml([&] {
        VaultFileFields f = fields;
        f.certificateBase64 = world.certificate.pfx.toBase64();
        return f;
    }()));
    REQUIRE(parse.ok());
    std::string error;
    const auto certificate = platform::makeSystemCertificateSigner()->importPfx(parse.credentials->managementCert.view(), error);
    REQUIRE(certificate);
    CheckContext context;
    context.inputs.network.tokenEndpoint = endpoint.url(kTenant);
    CHECK(SignInRehearsal::run(*parse.credentials, *certificate, context).kind == SignInOutcome::Kind::AuthorityRefused);
    CHECK(endpoint.requests() == 0);
}

TEST_CASE("the assertion's header carries x5t = base64url(SHA-1 of the DER bytes)", "[vault][signin]")
{
    const TestCertificate cert = makeTestCertificate(-60, 3600);
    std::string error;
    const auto imported = platform::makeSystemCertificateSigner()->importPfx(std::string_view(cert.pfx.constData(), std::size_t(cert.pfx.size())), error);
    REQUIRE(imported);
    const QByteArray jwt = SignInRehearsal::makeAssertion(*imported, kClient, audience(), 1700000000, error);
    const QList<QByteArray> parts = jwt.split('.');
    REQUIRE(parts.size() == 3);
    const QJsonObject header = QJsonDocument::fromJson(QByteArray::fromBase64(parts[0], QByteArray::Base64UrlEncoding)).object();
    CHECK(header[QStringLiteral("alg")] == QStringLiteral("RS256"));
    const QByteArray expected = QCryptographicHash::hash(cert.certDer, QCryptographicHash::Sha1).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    CHECK(header[QStringLiteral("x5t")].toString().toLatin1() == expected);
    const QJsonObject claims = QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding)).object();
    CHECK(claims[QStringLiteral("iss")] == kClient);
    CHECK(claims[QStringLiteral("sub")] == kClient);
    CHECK(claims[QStringLiteral("aud")] == audience());
    CHECK(claims[QStringLiteral("exp")].toInteger() - claims[QStringLiteral("nbf")].toInteger() == SignInRehearsal::kAssertionLifetimeSeconds);
    CHECK_FALSE(claims[QStringLiteral("jti")].toString().isEmpty());
}

namespace {
// A certificate whose key this system cannot sign with: as a legacy RSA provider answers NTE_BAD_ALGID for SHA-256
// (the Win32 signer sets failedForThisSystem then), or whose signing fails for a reason of the file's own.
class UnsignableCertificate final : public platform::ImportedCertificate {
public:
    explicit UnsignableCertificate(bool systemLimit) : m_systemLimit(systemLimit) {}
    const platform::CertificateFacts& facts() const override { return m_facts; }
    std::vector<std::uint8_t> signRs256(std::string_view, std::string& error) const override
    {
        error = m_systemLimit ? "CryptSignHash failed: Invalid algorithm specified. (error -2146893816)" : "the key is not an RSA key";
        return {};
    }
    bool failedForThisSystem() const override { return m_systemLimit; }

private:
    bool m_systemLimit;
    platform::CertificateFacts m_facts{{0x30, 0x00}, "00", "CN=Windows Azure Tools", "CN=Windows Azure Tools", 0, 0, true, 2048};
};
}  // namespace

TEST_CASE("a key provider that cannot sign (NTE_BAD_ALGID) is not reported as a damaged file", "[vault][signin]")
{
    SignInWorld world;
    LoopbackTokenEndpoint endpoint({world.certificate.certPem, kTenant, kClient, audience()});
    VaultFileFields fields;
    fields.certificateBase64 = world.certificate.pfx.toBase64();
    const VaultParse parse = VaultFileParser::parse(vaultFileXml(fields));
    REQUIRE(parse.ok());
    CheckContext context;
    context.inputs.network.tokenEndpoint = endpoint.url(kTenant);
    const SignInOutcome limited = SignInRehearsal::run(*parse.credentials, UnsignableCertificate(true), context);
    CHECK(limited.kind == SignInOutcome::Kind::CannotSign);
    const QString said = limited.summary.render(TextRenderer());
    CHECK_FALSE(said.contains(QStringLiteral("damaged")));
    CHECK(said.contains(QStringLiteral("the file is not at fault")));
    const SignInOutcome broken = SignInRehearsal::run(*parse.credentials, UnsignableCertificate(false), context);
    CHECK(broken.kind == SignInOutcome::Kind::CannotSign);
    CHECK(broken.summary.render(TextRenderer()).contains(QStringLiteral("the file is damaged")));
    CHECK(endpoint.requests() == 0);
}
