#include "VaultFile.h"

#include "Pkcs12Cost.h"

#include <QXmlStreamReader>

#include <array>
#include <vector>

namespace mars {

namespace {

// Where each field of the current shape lives. The element names and their order (DataMember Order 0-13) come from
// Azure PowerShell's model of the file, RSBackupVaultAADCreds (vault-credentials.md); DataContractSerializer writes
// them in that order, but the parser goes by name, so a reordered file still reads.
struct Field {
    const char* name;
    QString VaultCredentials::*member;
    bool required;
};

const std::array<Field, 13> kFields = {{
    {"Version", &VaultCredentials::version, false},
    {"SubscriptionId", &VaultCredentials::subscriptionId, true},
    {"ResourceType", &VaultCredentials::resourceType, false},
    {"ResourceName", &VaultCredentials::resourceName, true},
    {"ResourceId", &VaultCredentials::resourceId, false},
    {"ResourceGroup", &VaultCredentials::resourceGroup, true},
    {"Location", &VaultCredentials::location, false},
    {"ProviderNamespace", &VaultCredentials::providerNamespace, false},
    {"AadAuthority", &VaultCredentials::aadAuthority, true},
    {"AadTenantId", &VaultCredentials::aadTenantId, true},
    {"ServicePrincipalClientId", &VaultCredentials::servicePrincipalClientId, true},
    {"IdMgmtRestEndpoint", &VaultCredentials::idMgmtRestEndpoint, false},
    {"AcsNamespace", &VaultCredentials::acsNamespace, false},
}};

constexpr char kManagementCert[] = "ManagementCert";

int base64Value(char16_t c)
{
    if (c >= u'A' && c <= u'Z')
        return c - u'A';
    if (c >= u'a' && c <= u'z')
        return c - u'a' + 26;
    if (c >= u'0' && c <= u'9')
        return c - u'0' + 52;
    if (c == u'+')
        return 62;
    if (c == u'/')
        return 63;
    return -1;
}

bool isXmlSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n';
}

// The most attributes on one start tag, in one pass: comments, CDATA sections, processing instructions and
// declarations are skipped, quoted values (which may hold '>' and '=') are stepped over.
int mostAttributesOnOneElement(const QByteArray& bytes)
{
    int most = 0;
    const qsizetype size = bytes.size();
    auto skipPast = [&](qsizetype from, const char* end) {
        const qsizetype found = bytes.indexOf(end, from);
        return found < 0 ? size : found + qsizetype(qstrlen(end));
    };
    qsizetype i = 0;
    while (i < size) {
        const qsizetype open = bytes.indexOf('<', i);
        if (open < 0 || open + 1 >= size)
            break;
        const char next = bytes[open + 1];
        if (QByteArrayView(bytes).sliced(open).startsWith("<!--")) {
            i = skipPast(open + 4, "-->");
        } else if (QByteArrayView(bytes).sliced(open).startsWith("<![CDATA[")) {
            i = skipPast(open + 9, "]]>");
        } else if (next == '?') {
            i = skipPast(open + 2, "?>");
        } else if (next == '!' || next == '/') {
            i = skipPast(open + 2, ">");
        } else {
            int attributes = 0;
            char quote = 0;
            qsizetype j = open + 1;
            for (; j < size; ++j) {
                const char c = bytes[j];
                if (quote) {
                    if (c == quote)
                        quote = 0;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '=') {
                    ++attributes;
                } else if (c == '>') {
                    break;
                }
            }
            most = qMax(most, attributes);
            i = j + 1;
        }
    }
    return most;
}

VaultParse failure(VaultFileError error, const Message& message)
{
    VaultParse parse;
    parse.error = error;
    parse.message = message;
    return parse;
}

}  // namespace

bool decodeBase64Secret(QStringView text, SecretBuffer& out)
{
    // Convert.FromBase64String ignores whitespace and wants a multiple of 4 characters with at most two '=' at the
    // end (learn.microsoft.com, Convert.FromBase64String, "Remarks").
    std::vector<char> bytes;
    bytes.reserve(std::size_t(text.size()) * 3 / 4 + 3);
    quint32 accumulator = 0;
    int bits = 0;
    int symbols = 0;
    int padding = 0;
    bool ok = true;
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (isXmlSpace(c))
            continue;
        ++symbols;
        if (c == u'=') {
            ++padding;
            continue;
        }
        const int value = base64Value(c);
        if (value < 0 || padding > 0) {
            ok = false;
            break;
        }
        accumulator = (accumulator << 6) | quint32(value);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            bytes.push_back(char((accumulator >> bits) & 0xFF));
        }
    }
    ok = ok && symbols > 0 && symbols % 4 == 0 && padding <= 2;
    if (ok)
        out = SecretBuffer(std::string_view(bytes.data(), bytes.size()));
    wipeMemory(bytes.data(), bytes.capacity());
    accumulator = 0;
    return ok;
}

QString VaultParse::errorKey() const
{
    switch (error) {
    case VaultFileError::None: return QStringLiteral("none");
    case VaultFileError::Empty: return QStringLiteral("empty");
    case VaultFileError::TooLarge: return QStringLiteral("too-large");
    case VaultFileError::DtdRefused: return QStringLiteral("dtd-refused");
    case VaultFileError::NotXml: return QStringLiteral("not-xml");
    case VaultFileError::UnknownRoot: return QStringLiteral("unknown-root");
    case VaultFileError::WrongNamespace: return QStringLiteral("wrong-namespace");
    case VaultFileError::MissingElement: return QStringLiteral("missing-element");
    case VaultFileError::DuplicateElement: return QStringLiteral("duplicate-element");
    case VaultFileError::CertificateNotBase64: return QStringLiteral("certificate-not-base64");
    case VaultFileError::TooManyAttributes: return QStringLiteral("too-many-attributes");
    case VaultFileError::CertificateTooCostly: return QStringLiteral("certificate-too-costly");
    }
    return QStringLiteral("unknown");
}

VaultParse VaultFileParser::parse(const QByteArray& bytes)
{
    // The size is checked before a single byte is parsed.
    if (bytes.size() > kMaxBytes)
        return failure(VaultFileError::TooLarge, msg("The file is larger than 1 MiB; a vault credentials file is about 10 KB."));

    // A UTF-8 byte order mark and whitespace around the document are accepted, as .NET's XmlReader accepts the mark
    // (it detects the encoding from it) and a file edited by hand often gains a blank line. Stripped here because
    // QXmlStreamReader refuses anything before the XML declaration.
    qsizetype start = 0;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        start = 3;
    while (start < bytes.size() && isXmlSpace(char16_t(uchar(bytes[start]))))
        ++start;
    if (start == bytes.size())
        return failure(VaultFileError::Empty, msg("The file is empty."));

    if (mostAttributesOnOneElement(bytes) > kMaxAttributes)
        return failure(VaultFileError::TooManyAttributes, msg("An element in the file has more than %1 attributes; a vault credentials file has "
                                                              "at most a few: it was edited or is not one.")
                                                              .arg(kMaxAttributes));

    // A copy only when something was stripped; wiped (through any share the reader holds) once parsed.
    const QByteArray input = start == 0 ? bytes : bytes.sliced(start);
    struct WipeCopy {
        const QByteArray& copy;
        bool owned;
        ~WipeCopy()
        {
            if (owned)
                wipeMemory(const_cast<char*>(copy.constData()), std::size_t(copy.size()));
        }
    } wipeCopy{input, start != 0};
    QXmlStreamReader reader(input);
    // Entities are never expanded: no resolver for external ones, and any DOCTYPE is refused the moment it is seen
    // (OWASP XXE prevention cheat sheet: "disable DTDs completely"). QXmlStreamReader never fetches an external
    // entity; the DTD token comes before any reference could be expanded.
    reader.setNamespaceProcessing(true);
    reader.setEntityResolver(nullptr);
    reader.setEntityExpansionLimit(0);

    VaultCredentials credentials;
    std::vector<QString> seen;
    bool sawCertificate = false;
    bool rootSeen = false;
    int depth = 0;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::DTD)
            return failure(VaultFileError::DtdRefused,
                           msg("The file declares a DTD (<!DOCTYPE>). A vault credentials file never has one, and this "
                               "program never processes one: it can hide entity expansion or references to other files."));
        if (token == QXmlStreamReader::EntityReference)
            return failure(VaultFileError::DtdRefused, msg("The file refers to an entity (&%1;), which is never expanded.").arg(reader.name().toString().left(40)));
        if (token == QXmlStreamReader::Invalid)
            break;
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (depth == 1) {
                rootSeen = true;
                const QStringView name = reader.name();
                if (name == QLatin1String("RSBackupVaultAADCreds")) {
                    credentials.shape = VaultCredentials::Shape::Current;
                    if (reader.namespaceUri() != QLatin1String(kNamespace))
                        return failure(VaultFileError::WrongNamespace,
                                       msg("The root element RSBackupVaultAADCreds is in the namespace \"%1\", not the one "
                                           "the Azure portal writes.")
                                           .arg(reader.namespaceUri().toString().left(200)));
                } else if (name == QLatin1String("BackupVaultCreds")) {
                    credentials.shape = VaultCredentials::Shape::Older;
                } else {
                    return failure(VaultFileError::UnknownRoot,
                                   msg("This XML file is not a vault credentials file: its root element is <%1>, not "
                                       "<RSBackupVaultAADCreds>.")
                                       .arg(name.toString().left(80)));
                }
                continue;
            }
            if (depth != 2) {
                reader.skipCurrentElement();
                --depth;
                continue;
            }
            const QString name = reader.name().toString();
            const bool nil = reader.attributes().value(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("nil")) ==
                             QLatin1String("true");
            if (name == QLatin1String(kManagementCert)) {
                if (sawCertificate)
                    return failure(VaultFileError::DuplicateElement, msg("The element <%1> appears twice.").arg(name));
                sawCertificate = true;
                // Read the text token by token straight into the secret, never into a QString of its own.
                // (QXmlStreamReader's own buffers still held it: they are freed, not wiped, which Qt does not offer.)
                std::vector<char16_t> text;
                bool nested = false;
                while (!reader.atEnd()) {
                    const auto inner = reader.readNext();
                    if (inner == QXmlStreamReader::Characters) {
                        const QStringView chunk = reader.text();
                        text.insert(text.end(), chunk.utf16(), chunk.utf16() + chunk.size());
                    } else if (inner == QXmlStreamReader::EndElement) {
                        break;
                    } else if (inner == QXmlStreamReader::StartElement || inner == QXmlStreamReader::EntityReference ||
                               inner == QXmlStreamReader::DTD || inner == QXmlStreamReader::Invalid) {
                        nested = true;
                        break;
                    }
                }
                const bool decoded = !nested && !nil && decodeBase64Secret(QStringView(text.data(), qsizetype(text.size())), credentials.managementCert);
                wipeMemory(text.data(), text.capacity() * sizeof(char16_t));
                if (reader.hasError())
                    break;
                if (!decoded)
                    return failure(VaultFileError::CertificateNotBase64,
                                   msg("The certificate in the file (ManagementCert) is not valid base64: the file is damaged."));
                // Before OpenSSL or CryptoAPI open it: a count of 2^31-1 would keep them busy until the check's timeout.
                const Pkcs12Cost cost = pkcs12Cost(credentials.managementCert.view());
                if (cost.tooCostly())
                    return failure(VaultFileError::CertificateTooCostly,
                                   msg("The certificate in the file (ManagementCert) asks for %1 key-derivation rounds; real files ask for "
                                       "about 2,000 and this program opens none asking for more than %2: the file was made or edited to "
                                       "stall whoever opens it.")
                                       .argCount(cost.iterations)
                                       .argCount(kMaxPkcs12Iterations));
                --depth;
                continue;
            }
            const QString value = nil ? QString() : reader.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
            --depth;
            if (reader.hasError())
                break;
            for (const Field& field : kFields) {
                if (name != QLatin1String(field.name))
                    continue;
                if (std::find(seen.begin(), seen.end(), name) != seen.end())
                    return failure(VaultFileError::DuplicateElement, msg("The element <%1> appears twice.").arg(name));
                seen.push_back(name);
                credentials.*(field.member) = value.left(4096);
            }
            continue;
        }
        if (token == QXmlStreamReader::EndElement)
            --depth;
    }
    if (reader.hasError()) {
        if (reader.error() == QXmlStreamReader::PrematureEndOfDocumentError)
            return failure(VaultFileError::NotXml, msg("The file ends too early (line %1): it was cut short while downloading or copying.")
                                                       .arg(qlonglong(reader.lineNumber())));
        return failure(VaultFileError::NotXml, msg("The file is not well-formed XML (line %1, column %2: %3).")
                                                   .arg(qlonglong(reader.lineNumber()))
                                                   .arg(qlonglong(reader.columnNumber()))
                                                   .arg(reader.errorString().left(200)));
    }
    if (!rootSeen)
        return failure(VaultFileError::NotXml, msg("The file holds no XML element."));

    if (credentials.shape == VaultCredentials::Shape::Current) {
        QStringList missing;
        for (const Field& field : kFields)
            if (field.required && (credentials.*(field.member)).isEmpty())
                missing << QLatin1String(field.name);
        if (!sawCertificate)
            missing << QLatin1String(kManagementCert);
        if (!missing.isEmpty())
            return failure(VaultFileError::MissingElement, msg("The file lacks %1: it is damaged or was edited.").arg(missing.join(QStringLiteral(", "))));
    }
    VaultParse parse;
    parse.credentials = std::move(credentials);
    return parse;
}

}  // namespace mars
