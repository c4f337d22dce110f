#pragma once
// What the COM users (Win32SystemAccount.cpp, Win32BackupSchedule.cpp, Win32AntivirusExclusions.cpp) share: a COM pointer that releases
// itself, a BSTR that frees itself, and an HRESULT as text.
#include "../TextConversion.h"

#include <windows.h>
#include <oleauto.h>

#include <cstdio>
#include <string>

namespace mars::platform {

inline std::string hresultText(HRESULT hr)
{
    char hex[16];
    std::snprintf(hex, sizeof hex, "0x%08lX", static_cast<unsigned long>(hr));
    return std::string(hex) + (HRESULT_FACILITY(hr) == FACILITY_WIN32 ? ": " + win32ErrorText(HRESULT_CODE(hr)) : std::string());
}

template <typename T>
struct Com {
    T* p = nullptr;
    Com() = default;
    Com(const Com&) = delete;
    Com& operator=(const Com&) = delete;
    ~Com()
    {
        if (p)
            p->Release();
    }
    T** put() { return &p; }
    T* operator->() const { return p; }
};

struct Bstr {
    BSTR b;
    explicit Bstr(const std::wstring& text) : b(SysAllocStringLen(text.data(), UINT(text.size()))) {}
    Bstr(const Bstr&) = delete;
    Bstr& operator=(const Bstr&) = delete;
    ~Bstr() { SysFreeString(b); }
};

// A BSTR a COM call handed over, as UTF-8; freed here.
inline std::string takeBstr(BSTR text)
{
    std::string utf8 = text ? toUtf8(std::wstring(text, SysStringLen(text))) : std::string();
    SysFreeString(text);
    return utf8;
}

}  // namespace mars::platform
