#pragma once
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace mars {

// What --redact masks in a support bundle, and what is masked in every bundle. Pure functions of their input:
// the tests hold them to every case, and the bundle applies them to each of its files.

// The names that identify this computer and its people. Collected by the bundle (redactionTermsHere()); given here.
struct RedactionTerms {
    QStringList profileFolders;  // "C:\Users\alice": every path under it becomes "<profile>\..."
    QString computerName;        // becomes "<computer>"
    QStringList userNames;       // "alice", "CONTOSO\alice": each becomes "<user>"
};

struct RedactionCount {
    int profilePaths = 0;
    int computerNames = 0;
    int userNames = 0;
    int secretShapes = 0;  // PEM blocks, tokens, keys, secret values, long base64 and hex runs (see maskSecretShapes)
    RedactionCount& operator+=(const RedactionCount& other);
    int total() const { return profilePaths + computerNames + userNames + secretShapes; }
};

// Masks the terms in `text`, case-insensitively (Windows names are), a name only where it stands alone (not inside a
// longer word: the user "ann" leaves "annual" alone). A profile folder matches with either separator, so "C:/Users/alice"
// and "C:\Users\alice" both go. Names shorter than kShortestMaskedName are not masked (masking "a" would mask every
// "a"); the bundle's manifest says so.
inline constexpr qsizetype kShortestMaskedName = 2;
QString redactNames(const QString& text, const RedactionTerms& terms, RedactionCount* count);

// Every string (and every key) of a JSON document, so the masks never break its quoting: "C:\\Users\\alice" in
// the file's text is "C:\Users\alice" here.
QJsonValue redactNames(const QJsonValue& value, const RedactionTerms& terms, RedactionCount* count);

// Applied to every file of every bundle, --redact or not: what looks like a secret that a log may have caught.
// By shape: a PEM block (a private key or a certificate, to its END), a JSON web token, a run of base64 (a storage
// account key of 88 characters, a vault file's certificate, a .pfx) even where it is wrapped across lines or
// JSON-escaped ("\/"), a long hex run, a long opaque token. By context: the value after a name that says it is a
// secret ("password", "passphrase", "client_secret", "refresh_token", "AccountKey", "sig" of a SAS, ...) and after
// "Authorization:" or "Bearer". Each becomes "<removed: ...>". The program never writes a secret on purpose; the
// agent's own logs are not ours.
inline constexpr qsizetype kLongBase64 = 200;        // masked whatever it looks like
inline constexpr qsizetype kShortestSecretBase64 = 40;  // masked when random-looking (cases and digits mixed) or padded
QString maskSecretShapes(const QString& text, RedactionCount* count);

}  // namespace mars
