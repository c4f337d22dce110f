// The masks of the support bundle: --redact's names, and the secret shapes masked in every bundle. Pure functions,
// so every case is a line here.
#include "checks/bundle/Redaction.h"
#include "../support/CatchQt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace mars;

namespace {
RedactionTerms alice()
{
    return {{QStringLiteral("C:\\Users\\alice")}, QStringLiteral("SRV-BACKUP01"), {QStringLiteral("CONTOSO\\alice"), QStringLiteral("alice")}};
}
}  // namespace

TEST_CASE("a profile path is masked with either separator, in any case", "[bundle][redact]")
{
    RedactionCount count;
    const QString out = redactNames(QStringLiteral("log C:\\Users\\alice\\AppData\\x.log and c:/users/ALICE/Desktop/y.txt"), alice(), &count);
    CHECK(out == QStringLiteral("log <profile>\\AppData\\x.log and <profile>/Desktop/y.txt"));
    CHECK(count.profilePaths == 2);
    CHECK(count.userNames == 0);  // the name inside the path went with the path
}

TEST_CASE("a name is masked where it stands alone, not inside a longer word", "[bundle][redact]")
{
    RedactionCount count;
    const QString out = redactNames(QStringLiteral("Account: CONTOSO\\alice; alice ran it on SRV-BACKUP01 (srv-backup01.contoso.com); "
                                                   "malice and alicebob stay, SRV-BACKUP012 stays"),
                                    alice(), &count);
    CHECK(out == QStringLiteral("Account: <user>; <user> ran it on <computer> (<computer>.contoso.com); malice and alicebob stay, SRV-BACKUP012 stays"));
    CHECK(count.userNames == 2);
    CHECK(count.computerNames == 2);
    CHECK(count.total() == 4);
}

TEST_CASE("names shorter than the shortest masked name are left alone", "[bundle][redact]")
{
    RedactionCount count;
    const RedactionTerms terms{{}, QStringLiteral("x"), {QStringLiteral("a")}};
    CHECK(redactNames(QStringLiteral("a x b"), terms, &count) == QStringLiteral("a x b"));
    CHECK(count.total() == 0);
}

TEST_CASE("a JSON document is masked string by string, so it stays valid JSON", "[bundle][redact]")
{
    const QJsonObject document{{QStringLiteral("machine"), QStringLiteral("SRV-BACKUP01")},
                               {QStringLiteral("paths"), QJsonArray{QStringLiteral("C:\\Users\\alice\\v.VaultCredentials"), 5}},
                               {QStringLiteral("C:\\Users\\alice"), true}};
    RedactionCount count;
    const QJsonObject out = redactNames(QJsonValue(document), alice(), &count).toObject();
    CHECK(out[QStringLiteral("machine")] == QStringLiteral("<computer>"));
    CHECK(out[QStringLiteral("paths")].toArray()[0] == QStringLiteral("<profile>\\v.VaultCredentials"));
    CHECK(out[QStringLiteral("paths")].toArray()[1] == 5);
    CHECK(out[QStringLiteral("<profile>")] == true);
    CHECK(count.total() == 3);
    CHECK_FALSE(QJsonDocument(out).toJson().contains("alice"));
}

TEST_CASE("secret-shaped text is masked: PEM blocks, tokens, long base64", "[bundle][redact]")
{
    const QString key = QStringLiteral("-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----");
    const QString token = QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJDQU5BUlkifQ.c2lnbmF0dXJlLWhlcmU");
    const QString blob = QString(QLatin1Char('A')).repeated(kLongBase64) + QStringLiteral("==");
    RedactionCount count;
    const QString out = maskSecretShapes(QStringLiteral("a %1 b Bearer %2 c %3 d").arg(key, token, blob), &count);
    CHECK(out == QStringLiteral("a <removed: a PEM block> b Bearer <removed: a token> c <removed: base64 data> d"));
    CHECK(count.secretShapes == 3);
}

TEST_CASE("a PEM block without its end is masked to the end, and ordinary text is left as it is", "[bundle][redact]")
{
    RedactionCount count;
    CHECK(maskSecretShapes(QStringLiteral("x -----BEGIN CERTIFICATE-----\nMIIB..."), &count) == QStringLiteral("x <removed: a PEM block>"));
    const QString ordinary = QStringLiteral("2026-12-01 12:00:00 info check endpoints: pass; thumbprint A8985D3A65E5E5C4B2D7D66D40C6DD2FB19C5436");
    CHECK(maskSecretShapes(ordinary, &count) == ordinary);
    CHECK(count.secretShapes == 1);
}

TEST_CASE("a hostile log is masked in bounded time", "[bundle][redact]")
{
    // A megabyte of near-misses for every pattern: each is linear, so this takes milliseconds, not minutes.
    const QString hostile = QStringLiteral("-----BEGIN X----- eyJaaaaaaaa. ").repeated(40000) + QString(QLatin1Char('A')).repeated(kLongBase64 - 1);
    RedactionCount count;
    const QString out = maskSecretShapes(hostile, &count);
    CHECK(count.secretShapes == 1);  // the first BEGIN without an END runs to the end
    CHECK(out.startsWith(QStringLiteral("<removed: a PEM block>")));
}
