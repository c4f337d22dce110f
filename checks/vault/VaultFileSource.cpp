#include "VaultFileSource.h"

#include "../FileReading.h"
#include "VaultClouds.h"

#include <QCryptographicHash>
#include <QUrl>

namespace mars {

namespace {
QString fingerprintOf(const platform::FileIdentity& identity)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const std::uint64_t part : {identity.volume, identity.file, identity.size, std::uint64_t(identity.modified), std::uint64_t(identity.changed)})
        hash.addData(QByteArrayView(reinterpret_cast<const char*>(&part), sizeof part));
    return QString::fromLatin1(hash.result().left(6).toHex());
}
}  // namespace

VaultFileRead VaultFileSource::read(const QString& path, bool needsCertificate)
{
    VaultFileRead result;
    const std::lock_guard lock(m_mutex);
    // The cached version answers when the opened file is that version, and, for a reader that needs the certificate,
    // a reader still holds it (or the version has none): else the file is read again, from the handle just opened.
    const auto known = [&](const platform::FileIdentity& identity) {
        if (!m_version || m_version->identity != identity)
            return false;
        if (!needsCertificate) {
            result.version = m_version;
            return true;
        }
        auto certificate = m_certificate.lock();
        if (m_version->parse.ok() && !certificate)
            return false;
        result.version = m_version;
        result.certificate = std::move(certificate);
        return true;
    };
    platform::FileRead read = platform::readRegularFileNoFollowUnlessKnown(toFilesystemPath(path), std::uint64_t(VaultFileParser::kMaxBytes), known);
    result.state = read.state;
    result.reason = std::move(read.reason);
    result.tooLarge = read.tooLarge;
    result.fileSize = read.fileSize;
    if (read.state != platform::FileRead::State::Read || read.known) {
        wipeMemory(read.bytes.data(), read.bytes.size());
        return result;
    }

    auto version = std::make_shared<VaultFileVersion>();
    version->identity = read.identity;
    version->fingerprint = fingerprintOf(read.identity);
    version->sizeBytes = qint64(read.bytes.size());
    // Parsed in place, never copied; the bytes are wiped as soon as they are parsed.
    version->parse = VaultFileParser::parse(QByteArray::fromRawData(read.bytes.data(), qsizetype(read.bytes.size())));
    wipeMemory(read.bytes.data(), read.bytes.size());
    ++m_parses;
    std::shared_ptr<const SecretBuffer> certificate;
    if (version->parse.ok())
        certificate = std::make_shared<const SecretBuffer>(std::move(version->parse.credentials->managementCert));
    m_version = version;
    m_certificate = certificate;
    m_heldForRun = m_holdingForRun ? certificate : nullptr;
    result.version = std::move(version);
    if (needsCertificate)
        result.certificate = std::move(certificate);
    return result;  // a certificate no one holds is wiped here
}

void VaultFileSource::holdCertificateForRun(bool hold)
{
    const std::lock_guard lock(m_mutex);
    m_holdingForRun = hold;
    m_heldForRun = hold ? m_certificate.lock() : nullptr;
}

bool VaultFileSource::holdsCertificate() const
{
    const std::lock_guard lock(m_mutex);
    return !m_certificate.expired();
}

QString regionalBackupHost(const VaultFileRead& read, const QString& cloudId)
{
    const VaultCredentials* file = read.credentials();
    if (!file)
        return {};
    const auto cloud = VaultClouds::byAuthorityHost(QUrl(file->aadAuthority).host());
    return cloud && cloud->id == cloudId ? cloud->backupHost(file->location) : QString();
}

}  // namespace mars
