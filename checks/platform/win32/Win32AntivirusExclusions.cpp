// Microsoft Defender's exclusions. Read from the registry, as GhostPack/Seatbelt's WindowsDefenderCommand
// (Seatbelt/Commands/Windows/WindowsDefenderCommand.cs) reads them: the value NAMES under Exclusions\Paths and
// Exclusions\Processes, in Defender's own key (what Add-MpPreference writes) and in its policy key (Group Policy's
// "Path Exclusions" / "Process Exclusions"). Changed through Defender's WMI provider, as SaaSaMe's transport agent
// does for its own process (eksaasame/saasametransport, irm_loader/irm_loader.cpp with macho/includes/windows/wmi.hpp:
// ConnectServer root\Microsoft\Windows\Defender, CoSetProxyBlanket with impersonation, GetObject MSFT_MpPreference,
// GetMethod Add, SpawnInstance, ExclusionPath/ExclusionProcess as string arrays with Force, ExecMethod on the class,
// ReturnValue 0). The Microsoft Learn pages "Add method of the MSFT_MpPreference class" and "Remove method ..." give
// the signatures; Add-MpPreference and Remove-MpPreference call the same methods.
#include "../TextConversion.h"
#include "Win32Com.h"
#include "Win32Parts.h"

#include <wbemidl.h>

#include <cstdio>

namespace mars::platform::win32 {

namespace {
constexpr const wchar_t* kDefenderKey = L"SOFTWARE\\Microsoft\\Windows Defender";
constexpr const wchar_t* kPolicyKey = L"SOFTWARE\\Policies\\Microsoft\\Windows Defender";
// Microsoft Learn, "Microsoft Defender Antivirus compatibility with other security products": passive mode on a server.
constexpr const wchar_t* kAtpPolicyKey = L"SOFTWARE\\Policies\\Microsoft\\Windows Advanced Threat Protection";
constexpr const wchar_t* kAddedKey = L"SOFTWARE\\MARS Setup Doctor\\Added Defender exclusions";
constexpr DWORD kMaxExclusions = 10000;  // a list longer than this is not a list a person keeps: stop reading

struct NameRead {
    LSTATUS status = ERROR_SUCCESS;  // ERROR_FILE_NOT_FOUND: the key is absent, which is an empty list
    std::vector<std::string> names;
};

// The value names of HKLM\<subkey> in the 64-bit view: Defender keeps each exclusion as a value's name.
NameRead valueNames(const std::wstring& subkey)
{
    NameRead read;
    HKEY key = nullptr;
    read.status = RegOpenKeyExW(HKEY_LOCAL_MACHINE, subkey.c_str(), 0, KEY_QUERY_VALUE | KEY_WOW64_64KEY, &key);
    if (read.status != ERROR_SUCCESS)
        return read;
    DWORD count = 0, longest = 0;
    read.status = RegQueryInfoKeyW(key, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, &count, &longest, nullptr, nullptr, nullptr);
    std::wstring name(std::size_t(longest) + 1, L'\0');
    for (DWORD index = 0; read.status == ERROR_SUCCESS && index < count && index < kMaxExclusions; ++index) {
        DWORD length = DWORD(name.size());
        const LSTATUS status = RegEnumValueW(key, index, name.data(), &length, nullptr, nullptr, nullptr, nullptr);
        if (status == ERROR_NO_MORE_ITEMS)
            break;
        if (status == ERROR_MORE_DATA) {  // a value added meanwhile with a longer name: make room and read it again
            name.resize(name.size() * 2);
            --index;
            continue;
        }
        if (status != ERROR_SUCCESS) {
            read.status = status;
            break;
        }
        read.names.push_back(toUtf8(std::wstring(name.data(), length)));
    }
    RegCloseKey(key);
    return read;
}

// RegGetValueW on a key opened in the 64-bit view (RRF_SUBKEY_WOW6464KEY is not declared at the 0x0601 headers).
LSTATUS machineValue(const wchar_t* subkey, const wchar_t* value, DWORD flags, void* data, DWORD& size)
{
    HKEY key = nullptr;
    LSTATUS status = RegOpenKeyExW(HKEY_LOCAL_MACHINE, subkey, 0, KEY_QUERY_VALUE | KEY_WOW64_64KEY, &key);
    if (status != ERROR_SUCCESS)
        return status;
    status = RegGetValueW(key, nullptr, value, flags, nullptr, data, &size);
    RegCloseKey(key);
    return status;
}

std::optional<DWORD> machineDword(const wchar_t* subkey, const wchar_t* value)
{
    DWORD data = 0, size = sizeof data;
    if (machineValue(subkey, value, RRF_RT_REG_DWORD, &data, size) != ERROR_SUCCESS)
        return std::nullopt;
    return data;
}

enum class ServiceFound { Absent, Stopped, Running, Unknown };

// WinDefend, Microsoft Defender Antivirus's service: absent where Defender is not installed, stopped where another
// product took over (Microsoft Learn, "Microsoft Defender Antivirus compatibility with other security products").
ServiceFound defenderService()
{
    SC_HANDLE manager = OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT);
    if (!manager)
        return ServiceFound::Unknown;
    SC_HANDLE service = OpenServiceW(manager, L"WinDefend", SERVICE_QUERY_STATUS);
    ServiceFound found = ServiceFound::Unknown;
    if (!service) {
        if (GetLastError() == ERROR_SERVICE_DOES_NOT_EXIST)
            found = ServiceFound::Absent;
    } else {
        SERVICE_STATUS status{};
        if (QueryServiceStatus(service, &status))
            found = status.dwCurrentState == SERVICE_RUNNING ? ServiceFound::Running : ServiceFound::Stopped;
        CloseServiceHandle(service);
    }
    CloseServiceHandle(manager);
    return found;
}

// What a failed read means for the list it was reading (a missing key is an empty list, not a failure).
void noteFailure(const NameRead& read, const std::wstring& key, DefenderExclusions& found)
{
    if (read.status == ERROR_SUCCESS || read.status == ERROR_FILE_NOT_FOUND || found.unreadable != ExclusionsUnreadable::None)
        return;
    found.unreadable = read.status == ERROR_ACCESS_DENIED ? ExclusionsUnreadable::AccessDenied : ExclusionsUnreadable::Failed;
    found.error = "HKLM\\" + toUtf8(key) + ": " + win32ErrorText(DWORD(read.status));
}

// Defender's own two answers said in words; any other HRESULT as Win32Com.h says it.
std::string defenderHresultText(HRESULT hr)
{
    if (hr == HRESULT(WBEM_E_INVALID_NAMESPACE))
        return hresultText(hr) + ": Defender's WMI namespace root\\Microsoft\\Windows\\Defender is not on this system";
    if (hr == HRESULT(WBEM_E_ACCESS_DENIED))
        return hresultText(hr) + ": access denied";
    return hresultText(hr);
}

// A VARIANT holding a string array, as MSFT_MpPreference's ExclusionPath[] and ExclusionProcess[] take them.
struct StringArray {
    VARIANT v;
    explicit StringArray(const std::vector<std::string>& items)
    {
        VariantInit(&v);
        SAFEARRAY* array = SafeArrayCreateVector(VT_BSTR, 0, ULONG(items.size()));
        for (LONG index = 0; array && index < LONG(items.size()); ++index) {
            BSTR text = SysAllocString(toWide(items[std::size_t(index)]).c_str());
            SafeArrayPutElement(array, &index, text);  // copies the string
            SysFreeString(text);
        }
        v.vt = VT_ARRAY | VT_BSTR;
        v.parray = array;
    }
    StringArray(const StringArray&) = delete;
    StringArray& operator=(const StringArray&) = delete;
    ~StringArray() { VariantClear(&v); }
};

// Calls MSFT_MpPreference.<method>(ExclusionPath, ExclusionProcess, Force) and says what it did.
ChangeResult callPreferenceMethod(const wchar_t* method, const ExclusionList& list, const char* verb, const char* done)
{
    ChangeResult result;
    if (list.empty())
        return result;
    // The fix runs on a worker thread of its own; a thread already in another apartment still reaches WMI.
    const HRESULT init = CoInitializeEx(nullptr, COINIT_MULTITHREADED);
    HRESULT hr = S_OK;
    std::uint32_t returned = 0;
    {
        Com<IWbemLocator> locator;
        Com<IWbemServices> services;
        Com<IWbemClassObject> preferenceClass, parametersClass, parameters, output;
        hr = CoCreateInstance(CLSID_WbemLocator, nullptr, CLSCTX_INPROC_SERVER, IID_IWbemLocator, reinterpret_cast<void**>(locator.put()));
        if (SUCCEEDED(hr)) {
            Bstr space(L"ROOT\\Microsoft\\Windows\\Defender");
            hr = locator->ConnectServer(space.b, nullptr, nullptr, nullptr, 0, nullptr, nullptr, services.put());
        }
        if (SUCCEEDED(hr))
            hr = CoSetProxyBlanket(services.p, RPC_C_AUTHN_DEFAULT, RPC_C_AUTHZ_NONE, COLE_DEFAULT_PRINCIPAL, RPC_C_AUTHN_LEVEL_CALL,
                                   RPC_C_IMP_LEVEL_IMPERSONATE, nullptr, EOAC_NONE);
        Bstr className(L"MSFT_MpPreference");
        Bstr methodName(method);
        if (SUCCEEDED(hr))
            hr = services->GetObject(className.b, 0, nullptr, preferenceClass.put(), nullptr);
        if (SUCCEEDED(hr))
            hr = preferenceClass->GetMethod(method, 0, parametersClass.put(), nullptr);
        if (SUCCEEDED(hr))
            hr = parametersClass->SpawnInstance(0, parameters.put());
        if (SUCCEEDED(hr) && !list.paths.empty()) {
            StringArray paths(list.paths);
            hr = parameters->Put(L"ExclusionPath", 0, &paths.v, 0);
        }
        if (SUCCEEDED(hr) && !list.processes.empty()) {
            StringArray processes(list.processes);
            hr = parameters->Put(L"ExclusionProcess", 0, &processes.v, 0);
        }
        if (SUCCEEDED(hr)) {
            VARIANT force;
            VariantInit(&force);
            force.vt = VT_BOOL;
            force.boolVal = VARIANT_TRUE;
            hr = parameters->Put(L"Force", 0, &force, 0);
        }
        if (SUCCEEDED(hr))
            hr = services->ExecMethod(className.b, methodName.b, 0, nullptr, parameters.p, output.put(), nullptr);
        if (SUCCEEDED(hr) && output.p) {
            VARIANT value;
            VariantInit(&value);
            if (SUCCEEDED(output->Get(L"ReturnValue", 0, &value, nullptr, nullptr)) && (value.vt == VT_I4 || value.vt == VT_UI4))
                returned = std::uint32_t(value.lVal);
            VariantClear(&value);
        }
    }
    if (SUCCEEDED(init))
        CoUninitialize();
    if (FAILED(hr) || returned != 0) {
        const std::string why = FAILED(hr) ? defenderHresultText(hr) : "MSFT_MpPreference returned " + std::to_string(returned);
        for (const std::string& path : list.paths)
            result.failed.push_back("could not " + std::string(verb) + " the path exclusion " + path + ": " + why);
        for (const std::string& process : list.processes)
            result.failed.push_back("could not " + std::string(verb) + " the process exclusion " + process + ": " + why);
        return result;
    }
    for (const std::string& path : list.paths)
        result.changed.push_back(std::string(done) + " Defender's path exclusion " + path);
    for (const std::string& process : list.processes)
        result.changed.push_back(std::string(done) + " Defender's process exclusion " + process);
    return result;
}

// A REG_MULTI_SZ of the program's own record, at most 64 KiB; empty when absent.
std::vector<std::string> readAddedList(const wchar_t* value, bool& present)
{
    std::vector<wchar_t> data(32768);
    DWORD size = DWORD(data.size() * sizeof(wchar_t));
    if (machineValue(kAddedKey, value, RRF_RT_REG_MULTI_SZ, data.data(), size) != ERROR_SUCCESS)
        return {};
    present = true;
    std::vector<std::string> items;
    const std::size_t count = size / sizeof(wchar_t);
    for (std::size_t start = 0; start < count && data[start] != L'\0';) {
        std::size_t end = start;
        while (end < count && data[end] != L'\0')
            ++end;
        items.push_back(toUtf8(std::wstring(data.data() + start, end - start)));
        start = end + 1;
    }
    return items;
}

LSTATUS writeAddedList(HKEY key, const wchar_t* value, const std::vector<std::string>& items)
{
    std::wstring data;
    for (const std::string& item : items)
        data += toWide(item) + L'\0';
    data += L'\0';
    return RegSetValueExW(key, value, 0, REG_MULTI_SZ, reinterpret_cast<const BYTE*>(data.data()), DWORD(data.size() * sizeof(wchar_t)));
}
}  // namespace

class Win32AntivirusExclusions final : public AntivirusExclusions {
public:
    DefenderExclusions defenderExclusions() override
    {
        DefenderExclusions found;
        found.unreadable = ExclusionsUnreadable::None;
        const std::wstring local = std::wstring(kDefenderKey) + L"\\Exclusions\\";
        const std::wstring policy = std::wstring(kPolicyKey) + L"\\Exclusions\\";
        const NameRead localPaths = valueNames(local + L"Paths");
        const NameRead localProcesses = valueNames(local + L"Processes");
        const NameRead policyPaths = valueNames(policy + L"Paths");
        const NameRead policyProcesses = valueNames(policy + L"Processes");
        found.local = {localPaths.names, localProcesses.names};
        found.policy = {policyPaths.names, policyProcesses.names};
        found.localIgnored = machineDword(kPolicyKey, L"DisableLocalAdminMerge").value_or(0) == 1;
        if (const auto tamper = machineDword((std::wstring(kDefenderKey) + L"\\Features").c_str(), L"TamperProtection"))
            found.tamperProtection = (*tamper & 1) != 0;  // 5 on, 4 off (Defender writes the low bit as the state)

        // The first reason that applies, from "no Defender at all" to "this list refused us".
        const ServiceFound service = defenderService();
        if (service == ServiceFound::Absent)
            found.unreadable = ExclusionsUnreadable::DefenderAbsent;
        else if (service == ServiceFound::Stopped)
            found.unreadable = ExclusionsUnreadable::DefenderOff;
        else if (machineDword(kAtpPolicyKey, L"ForceDefenderPassiveMode").value_or(0) == 1)
            found.unreadable = ExclusionsUnreadable::PassiveMode;
        else if (machineDword(kPolicyKey, L"HideExclusionsFromLocalAdmins").value_or(0) == 1)
            found.unreadable = ExclusionsUnreadable::HiddenFromAdmins;
        for (const auto& [read, key] : {std::pair{&localPaths, local + L"Paths"}, std::pair{&localProcesses, local + L"Processes"},
                                        std::pair{&policyPaths, policy + L"Paths"}, std::pair{&policyProcesses, policy + L"Processes"}})
            noteFailure(*read, key, found);
        return found;
    }

    ChangeResult addDefenderExclusions(const ExclusionList& add) override { return callPreferenceMethod(L"Add", add, "add", "added"); }
    ChangeResult removeDefenderExclusions(const ExclusionList& remove) override { return callPreferenceMethod(L"Remove", remove, "remove", "removed"); }

    std::optional<ExclusionList> addedDefenderExclusions() override
    {
        bool present = false;
        ExclusionList added;
        added.paths = readAddedList(L"Paths", present);
        added.processes = readAddedList(L"Processes", present);
        if (!present)
            return std::nullopt;
        return added;
    }

    ChangeResult recordAddedDefenderExclusions(const ExclusionList& added) override
    {
        HKEY key = nullptr;
        LSTATUS status = RegCreateKeyExW(HKEY_LOCAL_MACHINE, kAddedKey, 0, nullptr, 0, KEY_SET_VALUE | KEY_WOW64_64KEY, nullptr, &key, nullptr);
        if (status != ERROR_SUCCESS)
            return {{}, {"could not create HKLM\\SOFTWARE\\MARS Setup Doctor: " + win32ErrorText(DWORD(status))}};
        status = writeAddedList(key, L"Paths", added.paths);
        if (status == ERROR_SUCCESS)
            status = writeAddedList(key, L"Processes", added.processes);
        RegCloseKey(key);
        if (status != ERROR_SUCCESS)
            return {{}, {"could not record the added exclusions: " + win32ErrorText(DWORD(status))}};
        return {{"recorded the added exclusions in HKLM\\SOFTWARE\\MARS Setup Doctor\\Added Defender exclusions"}, {}};
    }

    ChangeResult forgetAddedDefenderExclusions() override
    {
        const LSTATUS status = RegDeleteKeyExW(HKEY_LOCAL_MACHINE, kAddedKey, KEY_WOW64_64KEY, 0);
        if (status != ERROR_SUCCESS && status != ERROR_FILE_NOT_FOUND)
            return {{}, {"could not remove the record of added exclusions: " + win32ErrorText(DWORD(status))}};
        return {{"removed the record of added exclusions"}, {}};
    }
};

}  // namespace mars::platform::win32

namespace mars::platform {
std::unique_ptr<AntivirusExclusions> makeSystemAntivirusExclusions()
{
    return std::make_unique<win32::Win32AntivirusExclusions>();
}
}  // namespace mars::platform
