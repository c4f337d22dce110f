#pragma once
// SNTP (RFC 4330) packets, without Qt or sockets: the reply parser is fed untrusted bytes and is fuzzed.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mars::sntp {

// Seconds since 1970-01-01 UTC, with fractions.
using UnixTime = double;

std::array<std::uint8_t, 48> buildRequest(UnixTime transmit);
std::uint64_t toNtpTimestamp(UnixTime time);
UnixTime fromNtpTimestamp(std::uint64_t timestamp);  // era-aware for 1968-2104

struct Reply {
    bool ok = false;
    std::string error;      // why the reply was rejected
    std::string kissCode;   // stratum 0 "kiss-o'-death" code, e.g. RATE or DENY
    int stratum = 0;
    double offset = 0;      // server clock minus ours, in seconds
    double delay = 0;       // round trip minus the server's processing time
    UnixTime serverTime = 0;  // the server's transmit time
};

// Validates a reply to the request sent at `sentAt` (its transmit timestamp is `requestTimestamp`), received at
// `receivedAt`, and computes offset and delay. Anything not a sane, synchronised server answer is rejected.
Reply parseReply(const std::uint8_t* data, std::size_t size, std::uint64_t requestTimestamp, UnixTime sentAt, UnixTime receivedAt);

}  // namespace mars::sntp
