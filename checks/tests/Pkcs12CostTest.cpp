// The iteration counts of a PKCS #12 file, read before anything derives a key: real files, crafted ones (definite
// and indefinite lengths, counts in the MAC and in the encryption parameters), and broken ones.
#include "checks/vault/Pkcs12Cost.h"
#include "tests/support/VaultFiles.h"

#include <catch2/catch.hpp>

#include <QFile>

#include <utility>

using namespace mars;
using namespace mars::test;

namespace {
Pkcs12Cost costOf(const QByteArray& der)
{
    return pkcs12Cost(std::string_view(der.constData(), std::size_t(der.size())));
}
}  // namespace

TEST_CASE("the test PFX: both encryptions' counts are read (its MAC's, 1, is DER's default and left out)", "[vault][pkcs12]")
{
    const Pkcs12Cost cost = costOf(makeTestCertificate(-600, 86400).pfx);
    CHECK(cost.structureRead);
    CHECK(cost.iterations == 2048);
    CHECK(cost.counts == 2);  // the certificate bag's encryption, the key bag's
    CHECK_FALSE(cost.tooCostly());
}

TEST_CASE("openssl pkcs12 -export's files, PBES2 and legacy: the MAC's and both encryptions' counts", "[vault][pkcs12]")
{
    // Made by `openssl pkcs12 -export -passout pass:` (OpenSSL 3: PBES2/PBKDF2, 2048) and with `-legacy -iter 2000`
    // (3DES, the count Windows' export and the portal use); the fuzzer's seeds.
    for (const auto& [name, iterations] : {std::pair{"openssl-default.pfx", 2048}, std::pair{"legacy-2000.pfx", 2000}}) {
        INFO(name);
        QFile file(QStringLiteral(MARS_SOURCE_DIR "/tests/fuzz/corpus/pkcs12/") + QLatin1String(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const Pkcs12Cost cost = costOf(file.readAll());
        CHECK(cost.structureRead);
        CHECK(cost.iterations == std::uint64_t(iterations));
        CHECK(cost.counts == 3);
    }
}

TEST_CASE("a huge MAC count is found, at the cap and past it", "[vault][pkcs12]")
{
    CHECK(costOf(pfxWithMacIterations(0x7FFFFFFF)).iterations == 0x7FFFFFFF);
    CHECK(costOf(pfxWithMacIterations(0x7FFFFFFF)).tooCostly());
    CHECK_FALSE(costOf(pfxWithMacIterations(quint32(kMaxPkcs12Iterations))).tooCostly());
    CHECK(costOf(pfxWithMacIterations(quint32(kMaxPkcs12Iterations) + 1)).tooCostly());
}

TEST_CASE("indefinite lengths (as Windows writes) and counts inside OCTET STRINGs are read", "[vault][pkcs12]")
{
    // SEQUENCE (indefinite) { INTEGER 3, OCTET STRING { SEQUENCE { OCTET STRING salt, INTEGER 2^31-1 } } }
    const QByteArray params = derElement(0x30, derElement(0x04, "saltsalt") + derElement(0x02, QByteArray::fromHex("7fffffff")));
    const QByteArray ber = QByteArray::fromHex("3080020103") + derElement(0x04, params) + QByteArray::fromHex("0000");
    const Pkcs12Cost cost = costOf(ber);
    CHECK(cost.structureRead);
    CHECK(cost.iterations == 0x7FFFFFFF);
    // A count longer than 8 bytes, or negative: too costly, never wrapped around to a small number.
    CHECK(costOf(derElement(0x30, derElement(0x04, "s") + derElement(0x02, QByteArray(12, '\x7f')))).tooCostly());
    CHECK(costOf(derElement(0x30, derElement(0x04, "s") + derElement(0x02, QByteArray::fromHex("ff")))).tooCostly());
}

TEST_CASE("broken input is read no further than it goes, and says so", "[vault][pkcs12]")
{
    const QByteArray pfx = makeTestCertificate(-600, 86400).pfx;
    for (qsizetype cut : {qsizetype(0), qsizetype(1), qsizetype(2), qsizetype(10), pfx.size() / 2, pfx.size() - 1})
        CHECK_FALSE(costOf(pfx.left(cut)).structureRead);
    CHECK_FALSE(costOf(QByteArray::fromHex("3084ffffffff")).structureRead);  // a length past the end
    CHECK_FALSE(costOf(QByteArray::fromHex("0480")).structureRead);          // indefinite and primitive
    QByteArray deep;
    for (int i = 0; i < 100; ++i)
        deep = derElement(0x30, deep);
    CHECK_FALSE(costOf(deep).structureRead);  // deeper than any PFX
}
