#pragma once
// SHA-256 of a file's bytes (lower-case hex) with CNG, for the Wine tests that prove a copy is the original.
#include <windows.h>
#include <bcrypt.h>

#include <string>
#include <vector>

namespace mars::test {

inline std::string sha256OfFile(const std::wstring& path)
{
    HANDLE file = CreateFileW(path.c_str(), GENERIC_READ, FILE_SHARE_READ, nullptr, OPEN_EXISTING, 0, nullptr);
    if (file == INVALID_HANDLE_VALUE)
        return {};
    BCRYPT_ALG_HANDLE algorithm = nullptr;
    BCRYPT_HASH_HANDLE hash = nullptr;
    unsigned char digest[32] = {};
    bool ok = BCryptOpenAlgorithmProvider(&algorithm, BCRYPT_SHA256_ALGORITHM, nullptr, 0) >= 0 &&
              BCryptCreateHash(algorithm, &hash, nullptr, 0, nullptr, 0, 0) >= 0;
    std::vector<unsigned char> chunk(1 << 16);
    DWORD read = 0;
    while (ok && ReadFile(file, chunk.data(), DWORD(chunk.size()), &read, nullptr) && read > 0)
        ok = BCryptHashData(hash, chunk.data(), read, 0) >= 0;
    ok = ok && BCryptFinishHash(hash, digest, sizeof digest, 0) >= 0;
    if (hash)
        BCryptDestroyHash(hash);
    if (algorithm)
        BCryptCloseAlgorithmProvider(algorithm, 0);
    CloseHandle(file);
    std::string hex;
    static const char digits[] = "0123456789abcdef";
    for (unsigned char octet : digest) {
        hex += digits[octet >> 4];
        hex += digits[octet & 15];
    }
    return ok ? hex : std::string();
}

}  // namespace mars::test
