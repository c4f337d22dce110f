#pragma once
#include "SecretBuffer.h"

#include <QString>

#include <mutex>

namespace mars {

// Where the wizard leaves what the user typed for the passphrase check to read on its worker thread. Kept out
// of CheckContext on purpose: contexts are copied, logged around and handed to restarts; this is not.
class PassphraseStore {
public:
    void setPassphrase(SecretBuffer passphrase);
    void setPassphraseFile(const QString& path);
    void clear();

    SecretBuffer passphrase() const;  // a copy, wiped by its owner when dropped
    QString passphraseFile() const;
    bool hasPassphrase() const;

private:
    mutable std::mutex m_mutex;
    SecretBuffer m_passphrase;
    QString m_file;
};

}  // namespace mars
