#pragma once
// The system's configuration as the agent meets it: the OS, .NET Framework 4.x, and the TLS settings SCHANNEL and
// .NET read (with setting and restoring them for the TLS fix).
#include "Change.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mars::platform {

struct OsInfo {
    bool applicable = false;  // false: not Windows (the portable build)
    unsigned major = 0, minor = 0, build = 0;  // RtlGetVersion: the real version, whatever the manifest says
    bool server = false;       // wProductType is not VER_NT_WORKSTATION
    bool serverCore = false;   // CurrentVersion\InstallationType is "Server Core"
    bool is64Bit = false;      // the native processor architecture is x64 (or ARM64)
    std::string architecture;  // "x64", "x86", "ARM64"
    std::string productName;   // CurrentVersion\ProductName, e.g. "Windows Server 2019 Datacenter"
    std::string displayVersion;  // CurrentVersion\DisplayVersion (or ReleaseId), e.g. "21H2"
    std::string error;
};

struct DotNetInfo {
    bool applicable = false;
    bool present = false;         // NDP\v4\Full\Release exists (4.5 or later)
    std::uint32_t release = 0;
};

// The TLS values the agent's TLS 1.2 depends on (Microsoft Learn, "TLS registry settings" for SCHANNEL and
// "Transport Layer Security (TLS) best practices with the .NET Framework" for the .NET pair).
enum class TlsValue {
    SchannelClientEnabled,            // HKLM\SYSTEM\...\SCHANNEL\Protocols\TLS 1.2\Client  Enabled
    SchannelClientDisabledByDefault,  // ...\TLS 1.2\Client  DisabledByDefault
    StrongCrypto64,                   // HKLM\SOFTWARE\Microsoft\.NETFramework\v4.0.30319  SchUseStrongCrypto
    SystemDefaultTls64,               // ...\v4.0.30319  SystemDefaultTlsVersions
    StrongCrypto32,                   // HKLM\SOFTWARE\WOW6432Node\Microsoft\.NETFramework\v4.0.30319  SchUseStrongCrypto
    SystemDefaultTls32,               // ...\WOW6432Node\...\v4.0.30319  SystemDefaultTlsVersions
};
inline const std::vector<TlsValue>& allTlsValues()
{
    static const std::vector<TlsValue> all = {TlsValue::SchannelClientEnabled, TlsValue::SchannelClientDisabledByDefault,
                                              TlsValue::StrongCrypto64, TlsValue::SystemDefaultTls64,
                                              TlsValue::StrongCrypto32, TlsValue::SystemDefaultTls32};
    return all;
}
// The key (under HKEY_LOCAL_MACHINE, as regedit shows it) and the value's name.
inline const char* tlsValueKey(TlsValue value)
{
    switch (value) {
    case TlsValue::SchannelClientEnabled:
    case TlsValue::SchannelClientDisabledByDefault:
        return "SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client";
    case TlsValue::StrongCrypto64:
    case TlsValue::SystemDefaultTls64: return "SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319";
    case TlsValue::StrongCrypto32:
    case TlsValue::SystemDefaultTls32: return "SOFTWARE\\WOW6432Node\\Microsoft\\.NETFramework\\v4.0.30319";
    }
    return "";
}
inline const char* tlsValueName(TlsValue value)
{
    switch (value) {
    case TlsValue::SchannelClientEnabled: return "Enabled";
    case TlsValue::SchannelClientDisabledByDefault: return "DisabledByDefault";
    case TlsValue::StrongCrypto64:
    case TlsValue::StrongCrypto32: return "SchUseStrongCrypto";
    case TlsValue::SystemDefaultTls64:
    case TlsValue::SystemDefaultTls32: return "SystemDefaultTlsVersions";
    }
    return "";
}
// A stable short name, for reports and for the saved record.
inline const char* tlsValueId(TlsValue value)
{
    switch (value) {
    case TlsValue::SchannelClientEnabled: return "schannel-client-enabled";
    case TlsValue::SchannelClientDisabledByDefault: return "schannel-client-disabled-by-default";
    case TlsValue::StrongCrypto64: return "net64-strong-crypto";
    case TlsValue::SystemDefaultTls64: return "net64-system-default-tls";
    case TlsValue::StrongCrypto32: return "net32-strong-crypto";
    case TlsValue::SystemDefaultTls32: return "net32-system-default-tls";
    }
    return "";
}

struct TlsValueState {
    TlsValue which = TlsValue::SchannelClientEnabled;
    bool present = false;  // absent: the value (or its key) does not exist
    std::uint32_t value = 0;
};
using TlsValues = std::vector<TlsValueState>;

struct TlsSettings {
    bool applicable = false;  // false: no registry (the portable build)
    TlsValues values;         // each of allTlsValues(), in that order
    std::string error;
};

class SystemConfig {
public:
    virtual ~SystemConfig() = default;
    virtual OsInfo osInfo() = 0;
    virtual DotNetInfo dotNet() = 0;
    virtual TlsSettings tlsSettings() = 0;
    // Writes each value as given: present → the DWORD (creating its key), absent → the value deleted.
    virtual ChangeResult writeTlsSettings(const TlsValues& values) = 0;
    // The values as they were before the program first changed them, kept across runs until put back (Win32: in
    // the program's own key, HKLM\SOFTWARE\MARS Setup Doctor\Saved TLS values).
    virtual std::optional<TlsValues> savedTlsSettings() = 0;
    virtual ChangeResult saveTlsSettings(const TlsValues& values) = 0;
    virtual ChangeResult forgetSavedTlsSettings() = 0;
};

}  // namespace mars::platform
