#include "Sntp.h"

#include <cmath>

namespace mars::sntp {

namespace {
constexpr std::uint64_t kUnixEpochInNtp = 2208988800ull;  // 1970 - 1900 in seconds
constexpr std::size_t kHeaderSize = 48;
constexpr std::size_t kMaxSize = 48 + 24;                  // header + the largest MAC (key id + SHA-1)

std::uint64_t readUint64(const std::uint8_t* data)
{
    std::uint64_t value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | data[i];
    return value;
}

void writeUint64(std::uint8_t* data, std::uint64_t value)
{
    for (int i = 7; i >= 0; --i) {
        data[i] = std::uint8_t(value & 0xff);
        value >>= 8;
    }
}

Reply rejected(std::string reason)
{
    Reply reply;
    reply.error = std::move(reason);
    return reply;
}
}  // namespace

std::uint64_t toNtpTimestamp(UnixTime time)
{
    const double seconds = std::floor(time);
    const auto whole = std::uint64_t(std::int64_t(seconds) + std::int64_t(kUnixEpochInNtp)) & 0xffffffffull;
    const auto fraction = std::uint64_t((time - seconds) * 4294967296.0) & 0xffffffffull;
    return (whole << 32) | fraction;
}

UnixTime fromNtpTimestamp(std::uint64_t timestamp)
{
    const std::uint64_t whole = timestamp >> 32;
    const double fraction = double(timestamp & 0xffffffffull) / 4294967296.0;
    // Era 0 ends in 2036: a seconds field with its top bit clear is taken as era 1 (RFC 4330, section 3).
    const std::int64_t era = (whole & 0x80000000ull) ? 0 : 1;
    return double(std::int64_t(whole) + era * 4294967296ll - std::int64_t(kUnixEpochInNtp)) + fraction;
}

std::array<std::uint8_t, 48> buildRequest(UnixTime transmit)
{
    std::array<std::uint8_t, 48> packet{};
    packet[0] = (0 << 6) | (4 << 3) | 3;  // no leap warning, version 4, mode 3 (client)
    writeUint64(packet.data() + 40, toNtpTimestamp(transmit));
    return packet;
}

Reply parseReply(const std::uint8_t* data, std::size_t size, std::uint64_t requestTimestamp, UnixTime sentAt, UnixTime receivedAt)
{
    if (!data || size < kHeaderSize)
        return rejected("truncated reply (" + std::to_string(size) + " bytes, 48 expected)");
    if (size > kMaxSize)
        return rejected("oversized reply (" + std::to_string(size) + " bytes)");
    const int leap = data[0] >> 6;
    const int version = (data[0] >> 3) & 7;
    const int mode = data[0] & 7;
    const int stratum = data[1];
    if (mode != 4)
        return rejected("not a server reply (mode " + std::to_string(mode) + ")");
    if (version < 1 || version > 4)
        return rejected("unknown NTP version " + std::to_string(version));
    if (stratum == 0) {
        Reply reply = rejected("the server refused to answer (kiss-o'-death)");
        for (int i = 12; i < 16; ++i)
            if (data[i] >= 0x20 && data[i] < 0x7f)
                reply.kissCode += char(data[i]);
        reply.error += reply.kissCode.empty() ? "" : " " + reply.kissCode;
        return reply;
    }
    if (stratum > 15)
        return rejected("the server is not synchronised (stratum " + std::to_string(stratum) + ")");
    if (leap == 3)
        return rejected("the server's clock is not synchronised (leap indicator 3)");
    const std::uint64_t originate = readUint64(data + 24);
    const std::uint64_t receive = readUint64(data + 32);
    const std::uint64_t transmit = readUint64(data + 40);
    if (transmit == 0)
        return rejected("the reply carries no transmit time");
    if (originate != requestTimestamp)
        return rejected("the reply does not answer our request (originate timestamp differs)");
    if (receive == 0)
        return rejected("the reply carries no receive time");

    Reply reply;
    reply.ok = true;
    reply.stratum = stratum;
    const UnixTime t2 = fromNtpTimestamp(receive);
    const UnixTime t3 = fromNtpTimestamp(transmit);
    reply.serverTime = t3;
    reply.offset = ((t2 - sentAt) + (t3 - receivedAt)) / 2;
    reply.delay = (receivedAt - sentAt) - (t3 - t2);
    if (!std::isfinite(reply.offset) || reply.delay < -1.0)
        return rejected("the reply's times are inconsistent");
    return reply;
}

}  // namespace mars::sntp
