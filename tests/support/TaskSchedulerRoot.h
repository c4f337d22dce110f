#pragma once
// Task Scheduler's root folder, for the Win32 tests' own registrations and clean-up (not the code under test).
#include <windows.h>
#include <taskschd.h>

#include <functional>

namespace mars::test {

inline bool withTaskSchedulerRoot(const std::function<void(ITaskService*, ITaskFolder*)>& use)
{
    const HRESULT init = CoInitializeEx(nullptr, COINIT_MULTITHREADED);
    ITaskService* service = nullptr;
    ITaskFolder* root = nullptr;
    VARIANT empty;
    VariantInit(&empty);
    BSTR slash = SysAllocString(L"\\");
    const bool ok = SUCCEEDED(CoCreateInstance(CLSID_TaskScheduler, nullptr, CLSCTX_INPROC_SERVER, IID_ITaskService, reinterpret_cast<void**>(&service))) &&
                    SUCCEEDED(service->Connect(empty, empty, empty, empty)) && SUCCEEDED(service->GetFolder(slash, &root));
    if (ok)
        use(service, root);
    if (root)
        root->Release();
    if (service)
        service->Release();
    SysFreeString(slash);
    if (SUCCEEDED(init))
        CoUninitialize();
    return ok;
}

}  // namespace mars::test
