#pragma once
// What a probe learnt of an HTTPS endpoint's certificate chain, and whether it ends at a root the cloud uses.
// Kept apart from the sockets so the judgement is tested without a network.
#include "../CloudProfile.h"

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace mars {

struct CertificateChain {
    QString leafSubject;         // the leaf's common name (or its whole subject when it has none)
    QString issuer;              // the leaf's issuer: "organisation / common name"
    QString issuerOrganization;  // empty when the issuer names none
    QString issuerCommonName;
    QString topIssuer;           // the issuer of the last certificate the server sent: the root, or the missing link
    QString rootSubject;         // empty when no root was found for the chain
    QString rootSha1;            // upper-case hex, as Microsoft's CA page prints it
    QString rootSha256;
    QString leafSha256;
    bool rootFound = false;      // the root is the chain's last certificate or one of this computer's (or Qt's) CAs
    bool missingIssuer = false;  // "unable to get local issuer certificate": no root here for the chain's issuer
    bool empty() const { return leafSubject.isEmpty() && issuer.isEmpty(); }
};

// peer: the certificates as the server sent them, leaf first. cas: the certificate authorities this computer trusts.
CertificateChain describeChain(const QList<QSslCertificate>& peer, const QList<QSslCertificate>& cas);

enum class ChainVerdict {
    NotJudged,    // no chain, or the profile names no roots
    CloudRoot,    // ends at one of the cloud's roots
    Inspected,    // ends at another root: something between here and the service re-signs the traffic
    MissingRoot,  // a Microsoft / DigiCert issuer whose root this computer lacks
};
ChainVerdict judgeChain(const CertificateChain& chain, const QList<TrustedRoot>& roots);
QString chainVerdictName(ChainVerdict verdict);  // for the report's facts

}  // namespace mars
