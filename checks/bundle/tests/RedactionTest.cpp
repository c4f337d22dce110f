// The masks of the support bundle: --redact's names, and the secret shapes masked in every bundle. Pure functions,
// so every case is a line here.
#include "checks/bundle/Redaction.h"
#include "tests/support/CatchQt.h"
#include "SecretCorpus.h"

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

TEST_CASE("no secret of the corpus survives the masks in any form, and each is counted", "[bundle][redact][corpus]")
{
    const test::SecretCorpus corpus = test::secretCorpus();
    for (qsizetype i = 0; i < corpus.lines.size(); ++i) {
        RedactionCount count;
        const QString out = maskSecretShapes(corpus.lines[i], &count);
        INFO("planted: " << corpus.lines[i].left(160).toStdString());
        INFO("masked:  " << out.left(400).toStdString());
        CHECK(test::survivingPiece(out, corpus.payloads[i]).isEmpty());
        CHECK(count.secretShapes >= 1);
        CHECK(out.contains(QStringLiteral("<removed: ")));
    }
    // All at once, as one log, with the ordinary lines between them.
    QStringList log;
    for (qsizetype i = 0; i < corpus.lines.size(); ++i)
        log << corpus.benign[i % corpus.benign.size()] << corpus.lines[i];
    RedactionCount count;
    const QString out = maskSecretShapes(log.join(QStringLiteral("\r\n")), &count);
    for (const QString& payload : corpus.payloads)
        CHECK(test::survivingPiece(out, payload).isEmpty());
    CHECK(count.secretShapes >= corpus.payloads.size());
}

TEST_CASE("ordinary log lines are left as they are", "[bundle][redact][corpus]")
{
    for (const QString& line : test::secretCorpus().benign) {
        RedactionCount count;
        CHECK(maskSecretShapes(line, &count) == line);
        CHECK(count.secretShapes == 0);
    }
}

TEST_CASE("a secret value is masked after its name, the name and the rest of the line kept", "[bundle][redact]")
{
    RedactionCount count;
    CHECK(maskSecretShapes(QStringLiteral("AccountName=x;AccountKey=abc;EndpointSuffix=core"), &count) ==
          QStringLiteral("AccountName=x;AccountKey=<removed: a secret value>;EndpointSuffix=core"));
    CHECK(maskSecretShapes(QStringLiteral(R"({"client_secret": "a b c", "scope": "s"})"), &count) ==
          QStringLiteral(R"({"client_secret": "<removed: a secret value>", "scope": "s"})"));
    CHECK(maskSecretShapes(QStringLiteral("?sv=2021&sig=abc%2Bdef%3D&sp=r"), &count) == QStringLiteral("?sv=2021&sig=<removed: a secret value>&sp=r"));
    CHECK(maskSecretShapes(QStringLiteral("passphrase: two words\nnext line"), &count) == QStringLiteral("passphrase: <removed: a secret value>\nnext line"));
    CHECK(maskSecretShapes(QStringLiteral("Proxy-Authorization: Basic dXNlcjpwYXNz"), &count) ==
          QStringLiteral("Proxy-Authorization: Basic <removed: a secret value>"));
    CHECK(count.secretShapes == 5);
}

TEST_CASE("a PFX wrapped at 76 columns is one secret, masked whole", "[bundle][redact]")
{
    QRandomGenerator random(7);
    const QString pfx = QString::fromLatin1(test::randomBytes(2400, random).toBase64());
    RedactionCount count;
    const QString out = maskSecretShapes(QStringLiteral("cert:\r\n") + test::wrapped(pfx, 76, QStringLiteral("\r\n")) + QStringLiteral("\r\nafter"), &count);
    CHECK(out == QStringLiteral("cert:\r\n<removed: base64 data>\r\nafter"));
    CHECK(count.secretShapes == 1);
}
