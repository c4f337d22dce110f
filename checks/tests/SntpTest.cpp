#include "checks/clock/Sntp.h"

#include <catch2/catch.hpp>

#include <cstring>
#include <vector>

using namespace mars::sntp;

namespace {
constexpr double kSent = 1764040000.25;  // 2025-11-25, an arbitrary instant

void put(std::vector<std::uint8_t>& packet, std::size_t at, std::uint64_t value)
{
    for (int i = 7; i >= 0; --i, value >>= 8)
        packet[at + std::size_t(i)] = std::uint8_t(value & 0xff);
}

// A good reply from a server 10 s ahead, 20 ms round trip.
std::vector<std::uint8_t> goodReply()
{
    std::vector<std::uint8_t> reply(48, 0);
    reply[0] = (0 << 6) | (4 << 3) | 4;
    reply[1] = 2;
    put(reply, 24, toNtpTimestamp(kSent));
    put(reply, 32, toNtpTimestamp(kSent + 10.01));
    put(reply, 40, toNtpTimestamp(kSent + 10.01));
    return reply;
}

Reply parse(const std::vector<std::uint8_t>& reply)
{
    return parseReply(reply.data(), reply.size(), toNtpTimestamp(kSent), kSent, kSent + 0.02);
}
}  // namespace

TEST_CASE("NTP timestamps round-trip across the 2036 era change", "[sntp]")
{
    for (double time : {0.0, 1e9, 2085978495.5, 2085978496.25 /* 2036-02-07 06:28:16 */, 4102444800.0 /* 2100 */}) {
        INFO(time);
        CHECK(fromNtpTimestamp(toNtpTimestamp(time)) == Approx(time).margin(1e-6));
    }
}

TEST_CASE("a request is a version 4 client packet carrying its transmit time", "[sntp]")
{
    const auto request = buildRequest(kSent);
    CHECK(request[0] == 0x23);
    std::uint64_t transmit = 0;
    for (int i = 40; i < 48; ++i)
        transmit = (transmit << 8) | request[std::size_t(i)];
    CHECK(transmit == toNtpTimestamp(kSent));
}

TEST_CASE("a good reply gives offset and delay", "[sntp]")
{
    const Reply reply = parse(goodReply());
    REQUIRE(reply.ok);
    CHECK(reply.offset == Approx(10.0).margin(1e-3));
    CHECK(reply.delay == Approx(0.02).margin(1e-3));
    CHECK(reply.stratum == 2);
}

TEST_CASE("hostile replies are rejected, each with its reason", "[sntp]")
{
    auto reply = goodReply();
    std::string reason;
    SECTION("wrong originate timestamp") { put(reply, 24, toNtpTimestamp(kSent + 1)); reason = "does not answer our request"; }
    SECTION("mode not 4") { reply[0] = (4 << 3) | 3; reason = "mode 3"; }
    SECTION("kiss-o'-death") { reply[1] = 0; std::memcpy(reply.data() + 12, "RATE", 4); reason = "kiss-o'-death) RATE"; }
    SECTION("stratum above 15") { reply[1] = 16; reason = "stratum 16"; }
    SECTION("zero transmit time") { put(reply, 40, 0); reason = "no transmit time"; }
    SECTION("leap indicator 3") { reply[0] = (3 << 6) | (4 << 3) | 4; reason = "leap indicator 3"; }
    SECTION("truncated") { reply.resize(47); reason = "truncated"; }
    SECTION("oversized") { reply.resize(200, 0xff); reason = "oversized"; }
    SECTION("version 0") { reply[0] = 4; reason = "version 0"; }
    SECTION("zero receive time") { put(reply, 32, 0); reason = "no receive time"; }
    const Reply parsed = parse(reply);
    INFO(parsed.error);
    CHECK_FALSE(parsed.ok);
    CHECK(parsed.error.find(reason) != std::string::npos);
}

TEST_CASE("null and empty input are rejected", "[sntp]")
{
    CHECK_FALSE(parseReply(nullptr, 48, 0, 0, 0).ok);
    CHECK_FALSE(parseReply(reinterpret_cast<const std::uint8_t*>(""), 0, 0, 0, 0).ok);
}
