#pragma once
// What the agent needs (minimum versions, the OS support list, .NET), read from resources/agent/requirements.json:
// data with its sources, never numbers in logic.
#include "../Message.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace mars {

using FourPartVersion = std::array<unsigned, 4>;
std::optional<FourPartVersion> parseVersion(const QString& text);  // "2.0.9249.0"
QString versionText(const FourPartVersion& version);

struct SupportedWindows {
    QString name;
    bool server = false;
    unsigned minBuild = 0, maxBuild = 0;
};

struct AgentRequirements {
    FourPartVersion vaultCredentialsVersion{};
    Message vaultCredentialsSource;  // the sources: in the program's languages (the data gives both)
    FourPartVersion oldestWorkingVersion{};
    Message oldestWorkingSource;
    bool requires64Bit = true;
    bool serverCoreSupported = false;
    Message osSource, osFloorSource;
    QList<SupportedWindows> supported;
    unsigned dotNetMinimumRelease = 0;
    QString dotNetMinimumName;
    Message dotNetSource;
    QList<QPair<unsigned, QString>> dotNetReleases;  // highest first
    Message schannelSource, dotNetTlsSource;
    // The documented TLS 1.2 values (tls.target): SCHANNEL client Enabled and DisabledByDefault, .NET's
    // SchUseStrongCrypto and SystemDefaultTlsVersions (the same in the 64-bit and the WOW6432Node keys).
    unsigned tlsEnabled = 1, tlsDisabledByDefault = 0, tlsStrongCrypto = 1, tlsSystemDefault = 1;

    // The built-in requirements (the resource); a broken resource is a build bug and throws.
    static const AgentRequirements& builtIn();
    static std::optional<AgentRequirements> parse(const QByteArray& json, QString* error);
    const SupportedWindows* windowsFor(unsigned build, bool server) const;
    QString dotNetName(unsigned release) const;  // "4.8", or "" below 4.5
};

}  // namespace mars
