#pragma once
// POSIX only. Swaps what stands under one name, in a loop on a thread of its own, until stopped: a regular file, a
// symbolic link to an outside file (the canary), a FIFO, in turn, each put in place by an atomic rename. It plays the
// unprivileged user who races a reader in a folder everyone writes to.
#include <QByteArray>
#include <QFile>
#include <QString>

#include <atomic>
#include <cstdio>
#include <thread>

#include <sys/stat.h>
#include <unistd.h>

namespace mars::test {

class NameSwapper {
public:
    NameSwapper(const QString& name, const QString& canary, const QByteArray& regularContent)
        : m_name(QFile::encodeName(name)), m_next(QFile::encodeName(name + QStringLiteral(".next"))), m_canary(QFile::encodeName(canary)),
          m_content(regularContent)
    {
        m_thread = std::thread([this] { run(); });
    }
    ~NameSwapper() { stop(); }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    long swaps() const { return m_swaps; }

private:
    void run()
    {
        for (long round = 0; !m_stop; ++round) {
            ::unlink(m_next.constData());
            switch (round % 3) {
            case 0: {
                FILE* file = std::fopen(m_next.constData(), "wb");
                if (!file)
                    continue;
                std::fwrite(m_content.constData(), 1, std::size_t(m_content.size()), file);
                std::fclose(file);
                break;
            }
            case 1:
                if (::symlink(m_canary.constData(), m_next.constData()) != 0)
                    continue;
                break;
            case 2:
                if (::mkfifo(m_next.constData(), 0600) != 0)
                    continue;
                break;
            }
            if (std::rename(m_next.constData(), m_name.constData()) == 0)
                ++m_swaps;
        }
    }

    QByteArray m_name, m_next, m_canary, m_content;
    std::atomic<bool> m_stop{false};
    std::atomic<long> m_swaps{0};
    std::thread m_thread;
};

}  // namespace mars::test
