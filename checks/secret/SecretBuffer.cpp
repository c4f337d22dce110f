#include "SecretBuffer.h"

#ifdef _WIN32
#include <windows.h>
#else
#include <string.h>
#endif

namespace mars {

void wipeMemory(void* data, std::size_t size)
{
    if (!data || !size)
        return;
#ifdef _WIN32
    SecureZeroMemory(data, size);
#else
    explicit_bzero(data, size);
#endif
}

SecretBuffer& SecretBuffer::operator=(SecretBuffer&& other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::move(other.m_bytes);
    }
    return *this;
}

void SecretBuffer::clear()
{
    wipeMemory(m_bytes.data(), m_bytes.capacity());
    m_bytes.clear();
}

bool SecretBuffer::equals(std::string_view other) const
{
    unsigned char difference = m_bytes.size() == other.size() ? 0 : 1;
    const std::size_t length = m_bytes.size() < other.size() ? m_bytes.size() : other.size();
    for (std::size_t i = 0; i < length; ++i)
        difference |= static_cast<unsigned char>(m_bytes[i] ^ other[i]);
    return difference == 0;
}

}  // namespace mars
