#include "../CommandLineQuoting.h"
#include "../OwnImage.h"
#include "../TextConversion.h"
#include "Win32Parts.h"

#include <shellapi.h>
#include <winnetwk.h>

#include <algorithm>

namespace mars::platform::win32 {

class Win32Elevation final : public Elevation {
public:
    AdminStatus queryAdminStatus() override;
    ChangeResult relaunchElevated(const std::vector<std::string>& arguments, std::uintptr_t ownerWindow) override;
    bool canRelaunchElevated() override { return !uacDisabled(); }
    std::string reachableWhenElevated(const std::string& path) override { return toUtf8(uncWhenMapped(toWide(path))); }

private:
    // HKLM\...\Policies\System EnableLUA; absent means on. With UAC off, "runas" starts a standard user's program
    // unelevated without asking, and a restart would loop.
    static bool uacDisabled()
    {
        DWORD value = 1;
        DWORD size = sizeof value;
        const LSTATUS status = RegGetValueW(HKEY_LOCAL_MACHINE, L"SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System",
                                            L"EnableLUA", RRF_RT_REG_DWORD, nullptr, &value, &size);
        return status == ERROR_SUCCESS && value == 0;
    }

    // The elevated token has no mapped drives: a path on Z:\ is named by its UNC path instead (WNetGetUniversalNameW,
    // UNIVERSAL_NAME_INFO_LEVEL, for a drive GetDriveTypeW calls DRIVE_REMOTE). Qt writes "Z:/...": the query is made
    // with backslashes; a path on any other drive is returned exactly as given.
    static std::wstring uncWhenMapped(const std::wstring& given)
    {
        if (given.size() < 3 || given[1] != L':' || (given[2] != L'\\' && given[2] != L'/'))
            return given;
        std::wstring path = given;
        std::replace(path.begin(), path.end(), L'/', L'\\');
        const std::wstring root = path.substr(0, 3);
        if (GetDriveTypeW(root.c_str()) != DRIVE_REMOTE)
            return given;
        DWORD size = 0;
        std::wstring buffer(1, L'\0');
        if (WNetGetUniversalNameW(path.c_str(), UNIVERSAL_NAME_INFO_LEVEL, buffer.data(), &size) != ERROR_MORE_DATA)
            return given;
        buffer.assign(size / sizeof(wchar_t) + 1, L'\0');
        if (WNetGetUniversalNameW(path.c_str(), UNIVERSAL_NAME_INFO_LEVEL, buffer.data(), &size) != NO_ERROR)
            return given;
        return reinterpret_cast<const UNIVERSAL_NAME_INFOW*>(buffer.data())->lpUniversalName;
    }
};


namespace {

struct Handle {
    HANDLE value = nullptr;
    ~Handle()
    {
        if (value)
            CloseHandle(value);
    }
};

bool tokenIsAdministratorMember(HANDLE token, bool& member)
{
    SID_IDENTIFIER_AUTHORITY ntAuthority = SECURITY_NT_AUTHORITY;
    PSID administrators = nullptr;
    if (!AllocateAndInitializeSid(&ntAuthority, 2, SECURITY_BUILTIN_DOMAIN_RID, DOMAIN_ALIAS_RID_ADMINS, 0, 0, 0, 0, 0, 0,
                                  &administrators))
        return false;
    BOOL isMember = FALSE;
    const BOOL ok = CheckTokenMembership(token, administrators, &isMember);
    FreeSid(administrators);
    member = ok && isMember;
    return ok;
}

std::string accountName(HANDLE token)
{
    DWORD size = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    std::string buffer(size, '\0');
    if (!size || !GetTokenInformation(token, TokenUser, buffer.data(), size, &size))
        return {};
    const auto* user = reinterpret_cast<const TOKEN_USER*>(buffer.data());
    wchar_t name[256];
    wchar_t domain[256];
    DWORD nameSize = 256;
    DWORD domainSize = 256;
    SID_NAME_USE use;
    if (!LookupAccountSidW(nullptr, user->User.Sid, name, &nameSize, domain, &domainSize, &use))
        return {};
    return toUtf8(domain) + "\\" + toUtf8(name);
}

}  // namespace

AdminStatus Win32Elevation::queryAdminStatus()
{
    AdminStatus status;
    Handle token;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY | TOKEN_DUPLICATE, &token.value)) {
        status.error = "OpenProcessToken: " + win32ErrorText(GetLastError());
        return status;
    }
    status.account = accountName(token.value);

    TOKEN_ELEVATION elevation{};
    DWORD size = 0;
    if (!GetTokenInformation(token.value, TokenElevation, &elevation, sizeof elevation, &size)) {
        status.error = "GetTokenInformation(TokenElevation): " + win32ErrorText(GetLastError());
        return status;
    }
    status.elevated = elevation.TokenIsElevated != 0;

    TOKEN_ELEVATION_TYPE type = TokenElevationTypeDefault;
    if (GetTokenInformation(token.value, TokenElevationType, &type, sizeof type, &size))
        status.elevationType = type == TokenElevationTypeFull      ? ElevationType::Full
                               : type == TokenElevationTypeLimited ? ElevationType::Limited
                                                                   : ElevationType::Default;

    // CheckTokenMembership needs an impersonation token; the primary token is duplicated for it.
    Handle impersonation;
    if (!DuplicateToken(token.value, SecurityIdentification, &impersonation.value)) {
        status.error = "DuplicateToken: " + win32ErrorText(GetLastError());
        return status;
    }
    bool member = false;
    if (!tokenIsAdministratorMember(impersonation.value, member)) {
        status.error = "CheckTokenMembership: " + win32ErrorText(GetLastError());
        return status;
    }
    // A split-token (UAC) administrator runs with Administrators as deny-only: the membership shows in the linked,
    // full token only.
    if (!member && status.elevationType == ElevationType::Limited) {
        TOKEN_LINKED_TOKEN linked{};
        if (GetTokenInformation(token.value, TokenLinkedToken, &linked, sizeof linked, &size)) {
            Handle full{linked.LinkedToken};
            tokenIsAdministratorMember(full.value, member);
        }
    }
    status.memberOfAdministrators = member;
    status.uacDisabled = uacDisabled();
    status.queried = true;
    return status;
}

ChangeResult Win32Elevation::relaunchElevated(const std::vector<std::string>& arguments, std::uintptr_t ownerWindow)
{
    ChangeResult result;
    if (uacDisabled()) {
        result.failed.push_back("User Account Control is turned off (EnableLUA = 0): sign in as an administrator instead");
        return result;
    }
    // The name the handle held since start-up pins (OwnImage.h): while this process runs no one can rename, replace or
    // write the file there, so what starts elevated is this program, wherever the user started it from.
    const OwnImage& image = holdOwnImage();
    if (!image.held) {
        result.failed.push_back("this program will not restart itself as administrator: " + image.problem +
                                ". Start it again from a folder only administrators can change");
        return result;
    }
    const std::wstring program = uncWhenMapped(toWide(image.path));
    const std::wstring folder = program.substr(0, program.find_last_of(L"\\/"));
    // The program itself, from where it is (Downloads, say): it imports only KnownDLLs at load time and takes every
    // other system DLL from System32 alone (cmake/DelayLoad.cmake), so a DLL planted beside it does not load as
    // administrator (the windows_planted_dll test).

    // Folders and file names the user typed travel too: each argument quoted so CommandLineToArgvW gives it back whole
    // (the new instance validates them again).
    std::vector<std::wstring> wide;
    for (const auto& argument : arguments)
        wide.push_back(toWide(argument));
    const std::wstring parameters = joinCommandLine(wide.data(), wide.data() + wide.size());

    // On the UI thread, with the wizard as owner: otherwise the consent prompt can open behind the window.
    SHELLEXECUTEINFOW info{};
    info.cbSize = sizeof info;
    info.fMask = SEE_MASK_NOASYNC;
    info.hwnd = reinterpret_cast<HWND>(ownerWindow);
    info.lpVerb = L"runas";
    info.lpFile = program.c_str();
    info.lpParameters = parameters.c_str();
    info.lpDirectory = folder.c_str();
    info.nShow = SW_SHOWNORMAL;
    if (!ShellExecuteExW(&info)) {
        const DWORD error = GetLastError();
        result.failed.push_back(error == ERROR_CANCELLED ? std::string("the administrator prompt was declined")
                                                         : "ShellExecuteEx(runas): " + win32ErrorText(error));
        return result;
    }
    result.changed.push_back("started " + toUtf8(program) + " as administrator");
    return result;
}

}  // namespace mars::platform::win32

namespace mars::platform {

std::unique_ptr<Elevation> makeSystemElevation()
{
    return std::make_unique<win32::Win32Elevation>();
}

}  // namespace mars::platform
