// The chain judgement without a network: the cloud's roots by thumbprint, a missing Microsoft / DigiCert root
// told apart from interception, and nothing judged without roots or a chain.
#include "checks/network/TlsChain.h"
#include "tests/support/CatchQt.h"

using namespace mars;

namespace {
const QList<TrustedRoot> kRoots = {{QStringLiteral("DigiCert Global Root G2"), QStringLiteral("DF3C24F9BFD666761B268073FE06D1CC8D4F82A4")}};

CertificateChain chainTo(const QString& sha1, const QString& topIssuer, const QString& organisation, bool rootFound, bool missingIssuer)
{
    CertificateChain chain;
    chain.leafSubject = QStringLiteral("login.partner.microsoftonline.cn");
    chain.issuerOrganization = organisation;
    chain.issuer = organisation + QStringLiteral(" / Issuing CA");
    chain.topIssuer = topIssuer;
    chain.rootFound = rootFound;
    chain.rootSha1 = sha1;
    chain.missingIssuer = missingIssuer;
    return chain;
}
}  // namespace

TEST_CASE("chains are judged against the cloud's roots", "[tls]")
{
    CHECK(judgeChain({}, kRoots) == ChainVerdict::NotJudged);
    const CertificateChain azure = chainTo("df3c24f9bfd666761b268073fe06d1cc8d4f82a4", "DigiCert Inc / DigiCert Global Root G2", "Microsoft Corporation", true, false);
    CHECK(judgeChain(azure, {}) == ChainVerdict::NotJudged);
    CHECK(judgeChain(azure, kRoots) == ChainVerdict::CloudRoot);
    CHECK(judgeChain(chainTo(QString(40, 'A'), "Zscaler Inc / Zscaler Root CA", "Zscaler Inc.", true, false), kRoots) == ChainVerdict::Inspected);
    // Missing here, named like the cloud's root or issued by Microsoft: the root certificate is what is missing.
    CHECK(judgeChain(chainTo({}, "DigiCert Inc / DigiCert Global Root G2", "Microsoft Corporation", false, true), kRoots) == ChainVerdict::MissingRoot);
    CHECK(judgeChain(chainTo({}, "Microsoft Corporation / Some Other Root", "Microsoft Corporation", false, true), kRoots) == ChainVerdict::MissingRoot);
    CHECK(judgeChain(chainTo({}, "Fortinet / FortiGate CA", "Fortinet", false, true), kRoots) == ChainVerdict::Inspected);
    // Trusted, yet its root not enumerable here (a store Qt cannot list): the root's name decides.
    CHECK(judgeChain(chainTo({}, "DigiCert Inc / DigiCert Global Root G2", "Microsoft Corporation", false, false), kRoots) == ChainVerdict::CloudRoot);
    CHECK(chainVerdictName(ChainVerdict::MissingRoot) == "missing-root");
}
