#pragma once
// A UDP time server on 127.0.0.1 for the clock tests. By default it answers like a good server whose clock is
// `offset` seconds ahead of ours; `shape` can rewrite each reply to make it hostile. It answers `replies` requests.
#include "checks/clock/Sntp.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <thread>
#include <vector>

namespace mars::test {

class LoopbackSntpServer {
public:
    using Shape = std::function<void(std::vector<std::uint8_t>& reply)>;

    explicit LoopbackSntpServer(double offset, Shape shape = {}, bool answerFromOtherPort = false)
        : m_offset(offset), m_shape(std::move(shape)), m_otherPort(answerFromOtherPort)
    {
        m_socket = socket(AF_INET, SOCK_DGRAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        bind(m_socket, reinterpret_cast<sockaddr*>(&address), sizeof address);
        socklen_t length = sizeof address;
        getsockname(m_socket, reinterpret_cast<sockaddr*>(&address), &length);
        m_port = ntohs(address.sin_port);
        timeval timeout{0, 100000};
        setsockopt(m_socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        m_thread = std::thread([this] { serve(); });
    }
    ~LoopbackSntpServer()
    {
        m_stop = true;
        m_thread.join();
        close(m_socket);
    }
    std::uint16_t port() const { return m_port; }
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }
    int answered() const { return m_answered; }

private:
    static double now() { return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count(); }

    static void put(std::vector<std::uint8_t>& packet, std::size_t at, std::uint64_t value)
    {
        for (int i = 7; i >= 0; --i, value >>= 8)
            packet[at + std::size_t(i)] = std::uint8_t(value & 0xff);
    }

    void serve()
    {
        while (!m_stop) {
            std::uint8_t request[128];
            sockaddr_in client{};
            socklen_t length = sizeof client;
            const ssize_t size = recvfrom(m_socket, request, sizeof request, 0, reinterpret_cast<sockaddr*>(&client), &length);
            if (size < 48)
                continue;
            std::vector<std::uint8_t> reply(48, 0);
            reply[0] = (0 << 6) | (4 << 3) | 4;  // synchronised, version 4, server
            reply[1] = 2;                        // stratum 2
            std::copy(request + 40, request + 48, reply.begin() + 24);  // originate = the client's transmit time
            put(reply, 32, sntp::toNtpTimestamp(now() + m_offset));
            put(reply, 40, sntp::toNtpTimestamp(now() + m_offset));
            if (m_shape)
                m_shape(reply);
            int out = m_socket;
            if (m_otherPort)
                out = socket(AF_INET, SOCK_DGRAM, 0);  // same address, another port: a spoofing attempt
            sendto(out, reply.data(), reply.size(), 0, reinterpret_cast<sockaddr*>(&client), length);
            if (out != m_socket)
                close(out);
            ++m_answered;
        }
    }

    double m_offset;
    Shape m_shape;
    bool m_otherPort;
    int m_socket = -1;
    std::uint16_t m_port = 0;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_answered{0};
    std::thread m_thread;
};

}  // namespace mars::test
