#pragma once
// Real-looking secrets of every shape a log may catch, made fresh from random bytes, each planted in the context an
// agent's log or a .NET program would write it: the corpus the bundle's masks are held to. `payloads` are the secret
// parts alone, which must survive in no form (as written, unwrapped, unescaped).
#include <QByteArray>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace mars::test {

struct SecretCorpus {
    QStringList lines;     // the log text, one planted secret (or more) per entry
    QStringList payloads;  // what must not survive
    QStringList benign;    // ordinary log lines that must survive as they are
};

inline QByteArray randomBytes(qsizetype size, QRandomGenerator& random)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& c : bytes)
        c = char(random.bounded(256));
    return bytes;
}

inline QString wrapped(const QString& text, qsizetype width, const QString& lineBreak)
{
    QStringList lines;
    for (qsizetype i = 0; i < text.size(); i += width)
        lines << text.mid(i, width);
    return lines.join(lineBreak);
}

// As DataContractJsonSerializer writes a string ("\/"), and as System.Text.Json does ("\u002B").
inline QString jsonEscaped(QString text, bool plusToo)
{
    text.replace(QLatin1Char('/'), QStringLiteral("\\/"));
    if (plusToo)
        text.replace(QLatin1Char('+'), QStringLiteral("\\u002B"));
    return text;
}

inline SecretCorpus secretCorpus(quint32 seed = 21)
{
    QRandomGenerator random(seed);
    auto base64 = [&](qsizetype bytes) { return QString::fromLatin1(randomBytes(bytes, random).toBase64()); };
    auto base64url = [&](qsizetype bytes) {
        return QString::fromLatin1(randomBytes(bytes, random).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    auto hex = [&](qsizetype bytes) { return QString::fromLatin1(randomBytes(bytes, random).toHex()); };
    SecretCorpus corpus;
    auto plant = [&](const QString& secret, const QString& line) {
        corpus.payloads << secret;
        corpus.lines << line;
    };

    const QString storageKey = base64(64);  // 88 characters ending "=="
    plant(storageKey, QStringLiteral("Connection DefaultEndpointsProtocol=https;AccountName=contosobackup;AccountKey=%1;EndpointSuffix=core.chinacloudapi.cn").arg(storageKey));
    const QString bareKey = base64(64);
    plant(bareKey, QStringLiteral("2026-12-01 12:00:01 storage key %1 accepted").arg(bareKey));
    const QString sig = QString::fromLatin1(QUrl::toPercentEncoding(base64(32)));
    plant(sig, QStringLiteral("GET https://contoso.blob.core.chinacloudapi.cn/c/b?sv=2021-08-06&se=2026-12-31T00%3A00%3A00Z&sr=b&sp=r&sig=%1 200").arg(sig));
    const QString refresh = QStringLiteral("0.AXEA") + base64url(700);
    plant(refresh, QStringLiteral(R"({"token_type":"Bearer","refresh_token":"%1","expires_in":3599})").arg(refresh));
    const QString opaque = base64url(48);
    plant(opaque, QStringLiteral("refresh_token=%1&grant_type=refresh_token").arg(opaque));
    const QString hexBearer = hex(32);
    plant(hexBearer, QStringLiteral("Request header Authorization: Bearer %1").arg(hexBearer));
    const QString hexToken = hex(32);
    plant(hexToken, QStringLiteral("session token %1 issued").arg(hexToken));
    const QString clientSecret = QStringLiteral("Xy8Q~") + base64url(26).replace(QLatin1Char('-'), QLatin1Char('.'));
    plant(clientSecret, QStringLiteral("client_id=00000000-0000-0000-0000-000000000000&client_secret=%1&scope=x").arg(clientSecret));
    const QString jsonSecret = base64url(30);
    plant(jsonSecret, QStringLiteral(R"(  "ClientSecret": "%1",)").arg(jsonSecret));
    plant(QStringLiteral("correct horse battery staple 42"), QStringLiteral("passphrase: correct horse battery staple 42"));
    plant(QStringLiteral("Tr0ub4dor&3-Backup"), QStringLiteral("Passphrase=Tr0ub4dor&3-Backup"));
    plant(QStringLiteral("Hunter2!Hunter2"), QStringLiteral(R"({"user":"svc","password":"Hunter2!Hunter2"})"));
    plant(QStringLiteral("s3cr3t-in-json"), QStringLiteral(R"("{\"password\":\"s3cr3t-in-json\"}")"));
    const QString jwt = QStringLiteral("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.") + base64url(120) + QLatin1Char('.') + base64url(256);
    plant(jwt, QStringLiteral("access_token %1").arg(jwt));
    const QString pemBody = base64(1190);
    plant(pemBody, QStringLiteral("-----BEGIN PRIVATE KEY-----\r\n%1\r\n-----END PRIVATE KEY-----").arg(wrapped(pemBody, 64, QStringLiteral("\r\n"))));
    const QString pemJson = base64(1190);
    plant(pemJson, QStringLiteral(R"({"key":"-----BEGIN RSA PRIVATE KEY-----\n%1\n-----END RSA PRIVATE KEY-----"})")
                       .arg(wrapped(jsonEscaped(pemJson, false), 64, QStringLiteral("\\n"))));
    // A vault file's PFX, as the agent or .NET might log it: wrapped at 76 columns, JSON-escaped, in the XML.
    const QString pfx76 = base64(2500);
    plant(pfx76, QStringLiteral("Vault certificate:\r\n%1\r\nend of certificate").arg(wrapped(pfx76, 76, QStringLiteral("\r\n"))));
    const QString pfx76lf = base64(2500);
    plant(pfx76lf, QStringLiteral("cert\n    %1\ndone").arg(wrapped(pfx76lf, 76, QStringLiteral("\n    "))));
    const QString pfxJson = base64(2500);
    plant(pfxJson, QStringLiteral(R"({"ManagementCert":"%1"})").arg(jsonEscaped(pfxJson, false)));
    const QString pfxJsonPlus = base64(2500);
    plant(pfxJsonPlus, QStringLiteral(R"({"ManagementCert":"%1"})").arg(jsonEscaped(pfxJsonPlus, true)));
    const QString pfxJsonWrapped = base64(2500);
    plant(pfxJsonWrapped, QStringLiteral(R"({"cert":"%1"})").arg(wrapped(jsonEscaped(pfxJsonWrapped, false), 76, QStringLiteral("\\r\\n"))));
    const QString pfxXml = base64(2500);
    plant(pfxXml, QStringLiteral("<ManagementCert>%1</ManagementCert>").arg(pfxXml));

    corpus.benign = {
        QStringLiteral("2026-12-01 12:00:00 info check endpoints: pass; thumbprint A8985D3A65E5E5C4B2D7D66D40C6DD2FB19C5436"),
        QStringLiteral("Registration failed with error 34513 (0x86D1): Invalid vault credentials provided"),
        QStringLiteral("Machine ID: 3f2504e0-4f89-11d3-9a0c-0305e82c3301, ExecutionId 0f8fad5b-d9cb-469f-a165-70867728950e"),
        QStringLiteral("Path C:\\Program Files\\Microsoft Azure Recovery Services Agent\\Temp\\CBEngineCurr.errlog"),
        QStringLiteral("Password policy: the passphrase must be at least 16 characters long"),
        QStringLiteral("POST https://login.chinacloudapi.cn/common/oauth2/token returned 400; token_type: Bearer"),
        QStringLiteral("Sending request to https://pod01-manag1.cne.backup.windowsazure.cn/api/v2/Containers/Register?api-version=2021-01-01"),
        QStringLiteral("ProviderNamespace=Microsoft.RecoveryServices expires_in=3599 attempts=3 .NET release 528449"),
        QStringLiteral("Loaded /usr/lib/x86_64-linux-gnu/libssl.so.3 and Microsoft.Internal.EnterpriseStorage.Dls.Utils.dll"),
        QStringLiteral("InitializeCloudBackupProviderAsync completed in 1234 ms; no token cached"),
    };
    return corpus;
}

// The text with every form a secret may take folded back: line breaks (real and JSON-escaped), JSON and URL escapes.
inline QString unfolded(QString text)
{
    for (const char* breaker : {"\r", "\n", "\\r", "\\n"})
        text.remove(QLatin1String(breaker));
    text.remove(QLatin1Char(' '));
    text.replace(QStringLiteral("\\/"), QStringLiteral("/"));
    text.replace(QStringLiteral("\\u002B"), QStringLiteral("+"));
    text.replace(QStringLiteral("\\\""), QStringLiteral("\""));
    return text;
}

// The first piece of `payload` (of `window` characters, or all of a shorter one) found in `text` in any form; empty if none.
inline QString survivingPiece(const QString& text, const QString& payload, qsizetype window = 16)
{
    const QString plain = unfolded(text);
    const QString decoded = QString::fromUtf8(QByteArray::fromPercentEncoding(plain.toUtf8()));
    const QString secret = unfolded(payload);
    const qsizetype size = qMin(window, secret.size());
    for (qsizetype i = 0; i + size <= secret.size(); i += qMax<qsizetype>(1, size / 2))
        for (const QString& haystack : {text, plain, decoded})
            if (haystack.contains(secret.mid(i, size)))
                return secret.mid(i, size);
    return {};
}

}  // namespace mars::test
