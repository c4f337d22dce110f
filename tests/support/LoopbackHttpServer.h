#pragma once
// A TCP server on 127.0.0.1 for the network tests: reads one request head and sends what `respond` returns.
// An empty answer means "accept and never answer" (the connection stays open until the server stops).
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <ctime>
#include <functional>
#include <string>
#include <thread>
#include <vector>

namespace mars::test {

class LoopbackHttpServer {
public:
    using Respond = std::function<std::string(const std::string& requestHead)>;

    // dripMs > 0: the answer goes out one byte every dripMs, until the server stops (a slow-drip attacker).
    explicit LoopbackHttpServer(Respond respond, int dripMs = 0) : m_respond(std::move(respond)), m_dripMs(dripMs)
    {
        m_socket = socket(AF_INET, SOCK_STREAM, 0);
        const int yes = 1;
        setsockopt(m_socket, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        bind(m_socket, reinterpret_cast<sockaddr*>(&address), sizeof address);
        listen(m_socket, 64);
        socklen_t length = sizeof address;
        getsockname(m_socket, reinterpret_cast<sockaddr*>(&address), &length);
        m_port = ntohs(address.sin_port);
        m_thread = std::thread([this] { serve(); });
    }
    ~LoopbackHttpServer()
    {
        m_stop = true;
        m_thread.join();
        for (int client : m_silent)
            close(client);
        close(m_socket);
    }
    std::uint16_t port() const { return m_port; }
    std::string url(const std::string& path = "/") const { return "http://127.0.0.1:" + std::to_string(m_port) + path; }
    int requests() const { return m_requests; }

    static std::string reply(int status, const std::string& reason, const std::string& body, const std::string& extraHeaders = {})
    {
        return "HTTP/1.1 " + std::to_string(status) + " " + reason + "\r\nContent-Length: " + std::to_string(body.size()) +
               "\r\nConnection: close\r\n" + extraHeaders + "\r\n" + body;
    }

    // Answers every request with a Date `offset` seconds ahead of this computer's clock.
    static Respond dateAhead(double offset)
    {
        return [offset](const std::string&) {
            const double now = std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
            const std::time_t seconds = std::time_t(now + offset);
            std::tm tm{};
            gmtime_r(&seconds, &tm);
            char date[64];
            std::strftime(date, sizeof date, "%a, %d %b %Y %H:%M:%S GMT", &tm);
            return reply(200, "OK", "", std::string("Date: ") + date + "\r\n");
        };
    }

private:
    void serve()
    {
        while (!m_stop) {
            pollfd waiting{m_socket, POLLIN, 0};
            if (poll(&waiting, 1, 50) <= 0)
                continue;
            const int client = accept(m_socket, nullptr, nullptr);
            if (client < 0)
                continue;
            std::string head;
            char buffer[2048];
            while (head.find("\r\n\r\n") == std::string::npos) {
                pollfd readable{client, POLLIN, 0};
                if (poll(&readable, 1, 2000) <= 0)
                    break;
                const ssize_t size = recv(client, buffer, sizeof buffer, 0);
                if (size <= 0)
                    break;
                head.append(buffer, std::size_t(size));
            }
            ++m_requests;
            const std::string answer = m_respond(head);
            if (answer.empty()) {
                m_silent.push_back(client);  // keep it open, say nothing
                continue;
            }
            if (m_dripMs > 0) {
                for (std::size_t i = 0; !m_stop; i = (i + 1) % answer.size()) {
                    if (send(client, answer.data() + i, 1, MSG_NOSIGNAL) != 1)
                        break;
                    std::this_thread::sleep_for(std::chrono::milliseconds(m_dripMs));
                }
            } else {
                send(client, answer.data(), answer.size(), MSG_NOSIGNAL);
            }
            shutdown(client, SHUT_WR);
            close(client);
        }
    }

    Respond m_respond;
    int m_dripMs = 0;
    int m_socket = -1;
    std::uint16_t m_port = 0;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_requests{0};
    std::vector<int> m_silent;
    std::thread m_thread;
};

}  // namespace mars::test
