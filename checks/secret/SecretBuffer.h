#pragma once
// Bytes of a secret (the encryption passphrase) that are wiped when dropped. Move-only, never logged.
#include <cstddef>
#include <string_view>
#include <vector>

namespace mars {

void wipeMemory(void* data, std::size_t size);  // not optimised away: SecureZeroMemory / explicit_bzero

class SecretBuffer {
public:
    SecretBuffer() = default;
    explicit SecretBuffer(std::string_view bytes) : m_bytes(bytes.begin(), bytes.end()) {}
    SecretBuffer(const SecretBuffer&) = delete;
    SecretBuffer& operator=(const SecretBuffer&) = delete;
    SecretBuffer(SecretBuffer&& other) noexcept : m_bytes(std::move(other.m_bytes)) {}
    SecretBuffer& operator=(SecretBuffer&& other) noexcept;
    ~SecretBuffer() { clear(); }

    void clear();
    bool empty() const { return m_bytes.empty(); }
    std::size_t size() const { return m_bytes.size(); }
    std::string_view view() const { return {m_bytes.data(), m_bytes.size()}; }
    SecretBuffer copy() const { return SecretBuffer(view()); }
    // Compares in time that depends on the lengths only, not on where the first difference is.
    bool equals(std::string_view other) const;

private:
    std::vector<char> m_bytes;
};

}  // namespace mars
