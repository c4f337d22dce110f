#include "PassphraseStore.h"

namespace mars {

void PassphraseStore::setPassphrase(SecretBuffer passphrase)
{
    std::lock_guard lock(m_mutex);
    m_passphrase = std::move(passphrase);
}

void PassphraseStore::setPassphraseFile(const QString& path)
{
    std::lock_guard lock(m_mutex);
    m_file = path;
}

void PassphraseStore::clear()
{
    std::lock_guard lock(m_mutex);
    m_passphrase.clear();
    m_file.clear();
}

SecretBuffer PassphraseStore::passphrase() const
{
    std::lock_guard lock(m_mutex);
    return m_passphrase.copy();
}

QString PassphraseStore::passphraseFile() const
{
    std::lock_guard lock(m_mutex);
    return m_file;
}

bool PassphraseStore::hasPassphrase() const
{
    std::lock_guard lock(m_mutex);
    return !m_passphrase.empty();
}

}  // namespace mars
