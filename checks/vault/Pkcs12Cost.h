#pragma once
// How much work a PKCS #12 file (a vault file's ManagementCert) asks of whoever opens it, read before OpenSSL or
// CryptoAPI does: each key derivation runs as many rounds as the file says, and a file saying 2^31-1 keeps a CPU
// busy for minutes. The iteration counts in the clear (the MAC's, and each encryption's parameters) are read with a
// bounded BER reader (definite and indefinite lengths, as Windows writes them) and held to a cap. Standard C++ only,
// so the fuzzer takes it alone.
#include <cstdint>
#include <string>
#include <string_view>

namespace mars {

// Real files: the Azure portal's (Windows' PFX export) use 2000, OpenSSL's 2048; a million leaves room and takes
// well under a second per derivation.
inline constexpr std::uint64_t kMaxPkcs12Iterations = 1000000;

struct Pkcs12Cost {
    bool structureRead = false;     // the outer PFX structure was read (the counts found are all that is in the clear)
    std::uint64_t iterations = 0;   // the largest count found (UINT64_MAX: a count too long to hold)
    int counts = 0;                 // how many counts were found
    bool tooCostly() const { return iterations > kMaxPkcs12Iterations; }
};

// Never reads past `der`, recurses at most a fixed depth, visits at most a fixed number of elements.
Pkcs12Cost pkcs12Cost(std::string_view der);

}  // namespace mars
