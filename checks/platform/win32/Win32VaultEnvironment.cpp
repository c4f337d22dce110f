// Where a vault file lies (a UNC path, or GetDriveType's DRIVE_REMOTE for a mapped drive) and the agent's version
// (the file version of <install>\bin\cbengine.exe, windows.md).
#include "../TextConversion.h"
#include "../VaultEnvironment.h"

#include <windows.h>
#include <winver.h>

#include <vector>

namespace mars::platform {

namespace {

class Win32VaultEnvironment final : public VaultEnvironment {
public:
    FileLocation locate(const std::filesystem::path& file) override
    {
        // UNC before anything else: making a \\server\share path absolute must not turn it into a drive path.
        std::wstring path = file.wstring();
        for (wchar_t& c : path)
            if (c == L'/')
                c = L'\\';
        if (path.rfind(L"\\\\", 0) != 0) {
            std::error_code ignored;
            path = std::filesystem::absolute(file, ignored).wstring();
            for (wchar_t& c : path)
                if (c == L'/')
                    c = L'\\';
        }
        if (path.rfind(L"\\\\?\\UNC\\", 0) == 0)
            return {FileLocation::Kind::Network, "UNC path"};
        if (path.rfind(L"\\\\?\\", 0) == 0 || path.rfind(L"\\\\.\\", 0) == 0)
            path = path.substr(4);
        else if (path.rfind(L"\\\\", 0) == 0)
            return {FileLocation::Kind::Network, "UNC path"};
        if (path.size() < 2 || path[1] != L':')
            return {FileLocation::Kind::Unknown, "no drive letter"};
        const std::wstring root = path.substr(0, 2) + L"\\";
        switch (GetDriveTypeW(root.c_str())) {
        case DRIVE_REMOTE: return {FileLocation::Kind::Network, "mapped network drive " + toUtf8(root)};
        case DRIVE_FIXED: return {FileLocation::Kind::Local, "fixed drive " + toUtf8(root)};
        case DRIVE_REMOVABLE: return {FileLocation::Kind::Local, "removable drive " + toUtf8(root)};
        case DRIVE_CDROM: return {FileLocation::Kind::Local, "CD/DVD drive " + toUtf8(root)};
        case DRIVE_RAMDISK: return {FileLocation::Kind::Local, "RAM disk " + toUtf8(root)};
        default: return {FileLocation::Kind::Unknown, "drive " + toUtf8(root) + " of unknown type"};
        }
    }

    AgentFacts agentFacts(const std::filesystem::path& installFolder) override
    {
        AgentFacts facts;
        const std::wstring engine = (installFolder / L"bin" / L"cbengine.exe").wstring();
        if (GetFileAttributesW(engine.c_str()) == INVALID_FILE_ATTRIBUTES) {
            facts.applicable = true;  // no agent installed yet: nothing to compare
            return facts;
        }
        facts.applicable = true;
        DWORD ignored = 0;
        const DWORD size = GetFileVersionInfoSizeW(engine.c_str(), &ignored);
        std::vector<BYTE> data(size);
        VS_FIXEDFILEINFO* info = nullptr;
        UINT length = 0;
        if (size && GetFileVersionInfoW(engine.c_str(), 0, size, data.data()) &&
            VerQueryValueW(data.data(), L"\\", reinterpret_cast<void**>(&info), &length) && info && length >= sizeof *info) {
            facts.version = std::to_string(HIWORD(info->dwFileVersionMS)) + "." + std::to_string(LOWORD(info->dwFileVersionMS)) + "." +
                            std::to_string(HIWORD(info->dwFileVersionLS)) + "." + std::to_string(LOWORD(info->dwFileVersionLS));
        } else {
            facts.error = "cbengine.exe has no file version: " + win32ErrorText(GetLastError());
        }
        return facts;
    }
};

}  // namespace

std::shared_ptr<VaultEnvironment> makeSystemVaultEnvironment()
{
    return std::make_shared<Win32VaultEnvironment>();
}

}  // namespace mars::platform
