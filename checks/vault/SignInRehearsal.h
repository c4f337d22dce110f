#pragma once
// The sign-in the agent makes first when it registers, rehearsed: a token request to Entra ID as the file's service
// principal, with a client assertion signed by the file's key (OAuth 2.0 client credentials, RFC 7523 §2.2). Nothing is
// registered or changed. The token that comes back is never kept, logged, shown or reported: only that it came, and
// its lifetime.
#include "../Check.h"
#include "../platform/CertificateSigner.h"
#include "VaultFile.h"

namespace mars {

struct SignInOutcome {
    enum class Kind {
        TokenIssued,
        Refused,          // Entra ID answered with an error (aadsts says which)
        Network,          // no answer: DNS, TCP, TLS, proxy or HTTP (stage says which)
        AuthorityRefused, // the file names a host that is not a known Entra ID host of its cloud: nothing was sent
        CannotSign,       // the certificate or key could not be used
    };
    Kind kind = Kind::Network;
    QString aadsts;       // "AADSTS700024"
    QString stage;        // "dns", "tcp", "tls", "proxy", "http"
    QString cause;        // stable key: "clock", "newer-file", "wrong-cloud", "our-bug", ...
    Message summary;
    Messages evidence;
    qint64 tokenLifetimeSeconds = 0;
    int httpStatus = 0;
};

class SignInRehearsal {
    MARS_DECLARE_MESSAGES(SignInRehearsal)
public:
    // The assertion's lifetime: "short: at most 5-10 minutes after nbf" (learn.microsoft.com, Microsoft identity
    // platform "certificate credentials", claim exp).
    static constexpr qint64 kAssertionLifetimeSeconds = 600;

    // context.inputs.network.tokenEndpoint replaces the authority's URL (tests only); the authority is checked all the same.
    static SignInOutcome run(const VaultCredentials& file, const platform::ImportedCertificate& certificate, const CheckContext& context);

    // The client assertion (an RS256 JWT), signed. Exposed for tests; never logged.
    static QByteArray makeAssertion(const platform::ImportedCertificate& certificate, const QString& clientId, const QString& audience,
                                    qint64 nowUnix, std::string& error);
    static QString tokenEndpoint(const QString& authorityHost, const QString& tenant);
    // What an AADSTS code means for the user: the cause key and what to do. Empty cause: not a code we know.
    static SignInOutcome explain(const QString& aadsts, const QString& errorCode);
};

}  // namespace mars
