#include "../OwnImage.h"
#include "../ProcessHardening.h"
#include "Win32Parts.h"

#include <stdlib.h>
#include <windows.h>

#ifndef LOAD_LIBRARY_SEARCH_SYSTEM32
#define LOAD_LIBRARY_SEARCH_SYSTEM32 0x00000800
#endif

namespace mars::platform {


const std::vector<std::string>& untrustedPluginVariables()
{
    // QT_OPENGL_DLL names a DLL Qt's Windows OpenGL set-up loads, QT_OPENGL picks which.
    static const std::vector<std::string> names = {"QT_PLUGIN_PATH", "QT_QPA_PLATFORM_PLUGIN_PATH", "QT_QPA_PLATFORM",
                                                   "QT_STYLE_OVERRIDE", "QT_QPA_PLATFORMTHEME", "QT_OPENGL_DLL",
                                                   "QT_OPENGL"};
    return names;
}

std::vector<std::string> detail::applyHardening()
{
    std::vector<std::string> done;
    // First: the sooner this program's file is pinned, the shorter the time in which another could be put in its place.
    const OwnImage& image = holdOwnImage();
    done.push_back(image.held ? "this program's file is held open: it cannot be renamed, replaced or written while the program runs"
                              : "this program's file is not held (" + image.problem + "): it will not copy itself to run as SYSTEM "
                                "or restart itself as administrator");
    // System32 alone: the program is one file (cmake/WindowsDeploy.cmake), nothing it loads later lies beside it, and
    // its delay-loaded system DLLs come from System32 whatever this says (app/SystemDllsFromSystem32.cpp). Looked up
    // at run time: this runs before the Windows floor is checked.
    using SetDefaultDllDirectoriesFn = BOOL(WINAPI*)(DWORD);
    const auto setDefaultDllDirectories = reinterpret_cast<SetDefaultDllDirectoriesFn>(
        reinterpret_cast<void*>(GetProcAddress(GetModuleHandleW(L"kernel32.dll"), "SetDefaultDllDirectories")));
    if (setDefaultDllDirectories && setDefaultDllDirectories(LOAD_LIBRARY_SEARCH_SYSTEM32))
        done.push_back("DLLs load from System32 only");
    else
        done.push_back("SetDefaultDllDirectories is not available; DLL search order unchanged");

    // RedirectionGuard (ProcessRedirectionTrustPolicy = 16, EnforceRedirectionTrust): the process does not follow
    // file-system junctions that non-administrators made. It arrived with Windows 11 and was brought to Windows 10 22H2
    // (Microsoft's RedirectionGuard write-up; Inno Setup's RedirectionGuard setting names the same two), not with
    // Windows 10 2004; older builds (Server 2016 and 2019 among them) refuse policy 16. The "Windows 8.1" on the
    // PROCESS_MITIGATION_REDIRECTION_TRUST_POLICY page is the header's boilerplate, not when the policy works.
    // So it is asked for at run time and its absence is logged, never assumed.
    using SetMitigationFn = BOOL(WINAPI*)(int, PVOID, SIZE_T);
    const auto setMitigation = reinterpret_cast<SetMitigationFn>(
        reinterpret_cast<void*>(GetProcAddress(GetModuleHandleW(L"kernel32.dll"), "SetProcessMitigationPolicy")));
    DWORD redirectionTrust = 0x1;
    if (setMitigation && setMitigation(16, &redirectionTrust, sizeof redirectionTrust))
        done.push_back("junctions planted by non-administrators are not followed (redirection trust)");
    else
        done.push_back("redirection trust mitigation not available on this Windows");

    if (tokenElevated().value_or(true)) {  // unknown: as careful as if elevated
        for (const std::string& name : untrustedPluginVariables()) {
            const std::wstring wide(name.begin(), name.end());
            if (GetEnvironmentVariableW(wide.c_str(), nullptr, 0) == 0 && _wgetenv(wide.c_str()) == nullptr)
                continue;
            // _wputenv_s updates both the C runtime's copy (which Qt reads) and the process environment.
            _wputenv_s(wide.c_str(), L"");
            SetEnvironmentVariableW(wide.c_str(), nullptr);
            done.push_back("elevated: ignoring " + name);
        }
    }
    return done;
}

}  // namespace mars::platform
