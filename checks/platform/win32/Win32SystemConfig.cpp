// The system's configuration from the registry and the kernel: the OS version, .NET Framework 4.x, and the TLS
// values SCHANNEL and .NET read. The TLS values are read and written in the 64-bit view (KEY_WOW64_64KEY) with the
// WOW6432Node path spelled out, so a 32-bit build reaches exactly the keys regedit shows.
#include "../TextConversion.h"
#include "Win32Parts.h"

#include <vector>

namespace mars::platform::win32 {

namespace {
// The program's own record of the values before its TLS fix changed them: machine-wide (the fix changes the
// machine, and another administrator may run the program next), and outside the keys it changes.
constexpr const wchar_t* kSavedKey = L"SOFTWARE\\MARS Setup Doctor\\Saved TLS values";
constexpr const wchar_t* kAbsentMarker = L"absent";

// Opens `subkey` of HKLM in the 64-bit view (RRF_SUBKEY_WOW6464KEY is not declared at the 0x0601 headers this code
// is compiled with, cmake/CommonConfig.cmake).
LSTATUS readValue(const wchar_t* subkey, const wchar_t* value, DWORD flags, void* data, DWORD& size)
{
    HKEY key = nullptr;
    LSTATUS status = RegOpenKeyExW(HKEY_LOCAL_MACHINE, subkey, 0, KEY_QUERY_VALUE | KEY_WOW64_64KEY, &key);
    if (status != ERROR_SUCCESS)
        return status;
    status = RegGetValueW(key, nullptr, value, flags, nullptr, data, &size);
    RegCloseKey(key);
    return status;
}

std::wstring readString(const wchar_t* subkey, const wchar_t* value)
{
    wchar_t text[512];
    DWORD size = sizeof text;
    if (readValue(subkey, value, RRF_RT_REG_SZ, text, size) != ERROR_SUCCESS)
        return {};
    return std::wstring(text);
}

// ERROR_SUCCESS with the value, ERROR_FILE_NOT_FOUND when the key or the value is absent, another code on failure.
LSTATUS readDword(const std::wstring& subkey, const std::wstring& value, DWORD& out)
{
    DWORD size = sizeof out;
    return readValue(subkey.c_str(), value.c_str(), RRF_RT_REG_DWORD, &out, size);
}
}  // namespace

class Win32SystemConfig final : public SystemConfig {
public:
    OsInfo osInfo() override
    {
        OsInfo info;
        info.applicable = true;
        // GetVersionEx is shimmed to the manifest's highest listed Windows; RtlGetVersion reports the real one.
        using RtlGetVersionFn = LONG(WINAPI*)(OSVERSIONINFOEXW*);
        OSVERSIONINFOEXW version{};
        version.dwOSVersionInfoSize = sizeof version;
        const HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
        auto rtlGetVersion = ntdll ? reinterpret_cast<RtlGetVersionFn>(reinterpret_cast<void*>(GetProcAddress(ntdll, "RtlGetVersion"))) : nullptr;
        if (rtlGetVersion && rtlGetVersion(&version) == 0) {
            info.major = version.dwMajorVersion;
            info.minor = version.dwMinorVersion;
            info.build = version.dwBuildNumber;
            info.server = version.wProductType != VER_NT_WORKSTATION;
        } else {
            info.error = "RtlGetVersion is not available";
        }
        SYSTEM_INFO system{};
        GetNativeSystemInfo(&system);
        switch (system.wProcessorArchitecture) {
        case PROCESSOR_ARCHITECTURE_AMD64: info.architecture = "x64"; info.is64Bit = true; break;
        case PROCESSOR_ARCHITECTURE_ARM64: info.architecture = "ARM64"; info.is64Bit = true; break;
        case PROCESSOR_ARCHITECTURE_INTEL: info.architecture = "x86"; break;
        default: info.architecture = "other"; break;
        }
        const wchar_t* current = L"SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion";
        // "Server Core" on an installation without the desktop experience (Microsoft Learn, "What is the Server
        // Core installation option": the InstallationType value).
        info.serverCore = readString(current, L"InstallationType") == L"Server Core";
        info.productName = toUtf8(readString(current, L"ProductName"));
        std::wstring display = readString(current, L"DisplayVersion");
        if (display.empty())
            display = readString(current, L"ReleaseId");
        info.displayVersion = toUtf8(display);
        return info;
    }

    DotNetInfo dotNet() override
    {
        // Microsoft Learn, "Determine which .NET Framework versions are installed": NDP\v4\Full, REG_DWORD Release.
        DotNetInfo info;
        info.applicable = true;
        DWORD release = 0;
        if (readDword(L"SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v4\\Full", L"Release", release) == ERROR_SUCCESS) {
            info.present = true;
            info.release = release;
        }
        return info;
    }

    TlsSettings tlsSettings() override
    {
        TlsSettings settings;
        settings.applicable = true;
        for (TlsValue which : allTlsValues()) {
            DWORD value = 0;
            const LSTATUS status = readDword(toWide(tlsValueKey(which)), toWide(tlsValueName(which)), value);
            if (status == ERROR_SUCCESS)
                settings.values.push_back({which, true, value});
            else {
                settings.values.push_back({which, false, 0});
                if (status != ERROR_FILE_NOT_FOUND && status != ERROR_PATH_NOT_FOUND)
                    settings.error += std::string(tlsValueName(which)) + ": " + win32ErrorText(DWORD(status)) + "; ";
            }
        }
        return settings;
    }

    ChangeResult writeTlsSettings(const TlsValues& values) override
    {
        ChangeResult result;
        for (const TlsValueState& value : values) {
            const std::string where = std::string("HKLM\\") + tlsValueKey(value.which) + "\\" + tlsValueName(value.which);
            const std::wstring name = toWide(tlsValueName(value.which));
            HKEY key = nullptr;
            LSTATUS status = value.present
                                 ? RegCreateKeyExW(HKEY_LOCAL_MACHINE, toWide(tlsValueKey(value.which)).c_str(), 0, nullptr, 0,
                                                   KEY_SET_VALUE | KEY_WOW64_64KEY, nullptr, &key, nullptr)
                                 : RegOpenKeyExW(HKEY_LOCAL_MACHINE, toWide(tlsValueKey(value.which)).c_str(), 0,
                                                 KEY_SET_VALUE | KEY_WOW64_64KEY, &key);
            if (!value.present && (status == ERROR_FILE_NOT_FOUND || status == ERROR_PATH_NOT_FOUND))
                continue;  // absent already
            if (status != ERROR_SUCCESS) {
                result.failed.push_back(where + ": " + win32ErrorText(DWORD(status)));
                continue;
            }
            if (value.present) {
                const DWORD data = value.value;
                status = RegSetValueExW(key, name.c_str(), 0, REG_DWORD, reinterpret_cast<const BYTE*>(&data), sizeof data);
                if (status == ERROR_SUCCESS)
                    result.changed.push_back("set " + where + " = " + std::to_string(data));
            } else {
                status = RegDeleteValueW(key, name.c_str());
                if (status == ERROR_SUCCESS)
                    result.changed.push_back("removed " + where);
                else if (status == ERROR_FILE_NOT_FOUND)
                    status = ERROR_SUCCESS;
            }
            RegCloseKey(key);
            if (status != ERROR_SUCCESS)
                result.failed.push_back(where + ": " + win32ErrorText(DWORD(status)));
        }
        return result;
    }

    std::optional<TlsValues> savedTlsSettings() override
    {
        HKEY key = nullptr;
        if (RegOpenKeyExW(HKEY_LOCAL_MACHINE, kSavedKey, 0, KEY_QUERY_VALUE | KEY_WOW64_64KEY, &key) != ERROR_SUCCESS)
            return std::nullopt;
        TlsValues values;
        bool complete = true;
        for (TlsValue which : allTlsValues()) {
            const std::wstring name = toWide(tlsValueId(which));
            DWORD type = 0;
            BYTE data[64];
            DWORD size = sizeof data;
            if (RegQueryValueExW(key, name.c_str(), nullptr, &type, data, &size) != ERROR_SUCCESS) {
                complete = false;
                continue;
            }
            if (type == REG_DWORD && size == sizeof(DWORD))
                values.push_back({which, true, *reinterpret_cast<const DWORD*>(data)});
            else
                values.push_back({which, false, 0});
        }
        RegCloseKey(key);
        if (!complete)
            return std::nullopt;  // a record this program did not write whole: never restore from it
        return values;
    }

    ChangeResult saveTlsSettings(const TlsValues& values) override
    {
        HKEY key = nullptr;
        LSTATUS status = RegCreateKeyExW(HKEY_LOCAL_MACHINE, kSavedKey, 0, nullptr, 0, KEY_SET_VALUE | KEY_WOW64_64KEY, nullptr, &key, nullptr);
        if (status != ERROR_SUCCESS)
            return {{}, {"could not create HKLM\\SOFTWARE\\MARS Setup Doctor: " + win32ErrorText(DWORD(status))}};
        ChangeResult result;
        for (const TlsValueState& value : values) {
            const std::wstring name = toWide(tlsValueId(value.which));
            const DWORD data = value.value;
            status = value.present ? RegSetValueExW(key, name.c_str(), 0, REG_DWORD, reinterpret_cast<const BYTE*>(&data), sizeof data)
                                   : RegSetValueExW(key, name.c_str(), 0, REG_SZ, reinterpret_cast<const BYTE*>(kAbsentMarker),
                                                    DWORD((wcslen(kAbsentMarker) + 1) * sizeof(wchar_t)));
            if (status != ERROR_SUCCESS)
                result.failed.push_back(std::string("could not save ") + tlsValueId(value.which) + ": " + win32ErrorText(DWORD(status)));
        }
        RegCloseKey(key);
        if (result.ok())
            result.changed.push_back("saved the earlier values in HKLM\\SOFTWARE\\MARS Setup Doctor\\Saved TLS values");
        return result;
    }

    ChangeResult forgetSavedTlsSettings() override
    {
        const LSTATUS status = RegDeleteKeyExW(HKEY_LOCAL_MACHINE, kSavedKey, KEY_WOW64_64KEY, 0);
        if (status != ERROR_SUCCESS && status != ERROR_FILE_NOT_FOUND)
            return {{}, {"could not remove the saved TLS values: " + win32ErrorText(DWORD(status))}};
        return {{"removed the saved TLS values"}, {}};
    }
};

}  // namespace mars::platform::win32

namespace mars::platform {

std::unique_ptr<SystemConfig> makeSystemConfig()
{
    return std::make_unique<win32::Win32SystemConfig>();
}

}  // namespace mars::platform
