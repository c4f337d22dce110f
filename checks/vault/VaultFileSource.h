#pragma once
// The vault credentials file, read and parsed once for every check of a run that uses it (the vault check, the
// endpoints and the private-endpoints checks), and again only when the file is another version. Which version is
// asked of the file that was opened (platform::FileIdentity: its volume and inode or file index, its size and its
// write time), never of its name: a file renamed over it, or rewritten in place, is read and parsed anew. Each
// check puts the version's fingerprint in its facts, so a report shows when two checks judged two versions.
//
// The secret: the parse's certificate (a PFX with its private key) is held apart from what the checks share. Only
// the vault check is handed it (readWithCertificate), and it is kept only while such a reader holds it (for the
// length of its run) or while the session runs checks (holdCertificateForRun, which addAllChecks wires to the
// session: from a check's start to the session's idle). The source keeps only a weak pointer besides, so the
// certificate is wiped when the run that read it ends and is never kept between runs. Before, the vault check wiped
// its copy at the end of its own run and the endpoint checks theirs at once; now, when an endpoint check parses the
// file first in a session's run, the key waits in memory for that run's vault check (the run lasts at most the
// checks' timeouts). Read outside a session's run (a check made and run alone), it is wiped as soon as no vault check
// holds it: a vault check that runs later reads and parses the file again for it. Whatever else the file says (the
// vault's name, region, tenant and Entra ID authority) is no secret and is kept until another version replaces it.
#include "../platform/FileRead.h"
#include "../secret/SecretBuffer.h"
#include "VaultFile.h"

#include <QString>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>

namespace mars {

// One version of the file as parsed, shared by all the checks that read it. Holds no secret: its credentials'
// managementCert is always empty (the certificate is VaultFileRead::certificate).
struct VaultFileVersion {
    platform::FileIdentity identity;
    QString fingerprint;   // 12 hex digits of a hash of the identity; the same version gives the same text
    qint64 sizeBytes = 0;
    VaultParse parse;
};

// What a check got when it asked for the file.
struct VaultFileRead {
    platform::FileRead::State state = platform::FileRead::State::Missing;  // Read: `version` is set
    std::string reason;         // why refused or failed, without the path
    bool tooLarge = false;      // larger than VaultFileParser::kMaxBytes (state is Refused)
    std::uint64_t fileSize = 0;
    std::shared_ptr<const VaultFileVersion> version;
    // The version's certificate (PFX with its private key): readWithCertificate only, when the file parsed. Held by
    // the reader for its run.
    std::shared_ptr<const SecretBuffer> certificate;

    const VaultCredentials* credentials() const { return version && version->parse.ok() ? &*version->parse.credentials : nullptr; }
};

// Thread safe: the checks of a run ask from their worker threads at once. One lock is held across opening, reading
// and parsing, so the checks of a run that start together wait for the one parse instead of each making its own.
class VaultFileSource {
public:
    // The file's facts, without the certificate: the cached version serves while the opened file is that version.
    VaultFileRead read(const QString& path) { return read(path, false); }
    // The same with the certificate, which is read and parsed again when no reader holds it any more.
    VaultFileRead readWithCertificate(const QString& path) { return read(path, true); }
    // How many times a file was parsed here: the tests prove what was not parsed again.
    int parses() const { return m_parses.load(); }
    // Whether a certificate is still in memory because a reader or the run holds it: the tests prove it goes.
    bool holdsCertificate() const;
    // While set, the certificate read is kept though no reader holds it at the moment: a run's checks do not all
    // overlap, and the vault check should not parse again what the endpoint check parsed a moment before.
    void holdCertificateForRun(bool hold);

private:
    VaultFileRead read(const QString& path, bool needsCertificate);

    mutable std::mutex m_mutex;
    std::shared_ptr<const VaultFileVersion> m_version;
    std::weak_ptr<const SecretBuffer> m_certificate;
    bool m_holdingForRun = false;
    std::shared_ptr<const SecretBuffer> m_heldForRun;  // set only while m_holdingForRun
    std::atomic<int> m_parses{0};
};

// The vault's regional backup-service host when the file parsed and is for cloudId; else empty (endpoints.md:
// pod01-rec2.<geo>.backup.<suffix>).
QString regionalBackupHost(const VaultFileRead& read, const QString& cloudId);

}  // namespace mars
