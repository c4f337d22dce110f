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
    int secretShapes = 0;  // PEM blocks, JSON web tokens, long base64 runs (see maskSecretShapes)
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

// Applied to every file of every bundle, --redact or not: what looks like a secret that a log may have caught. A PEM
// block (a private key or a certificate), a JSON web token (an access token), a base64 run of kLongBase64 characters
// or more (a vault file's certificate, a .pfx). Each becomes "<removed: ...>". The program never writes a secret
// on purpose; the agent's own logs are not ours.
inline constexpr qsizetype kLongBase64 = 200;
QString maskSecretShapes(const QString& text, RedactionCount* count);

}  // namespace mars
