// Loads each delay-loaded system DLL (cmake/DelayLoad.cmake says which and why) from System32 alone, never from the
// program's folder: the delay-load helper asks this hook before it would call LoadLibrary with the default search
// order. LOAD_LIBRARY_SEARCH_SYSTEM32 also confines the DLL's own dependencies to System32.
#include <windows.h>
#include <delayimp.h>

namespace {

// The first delay load can come before main() (a static constructor): from then on, what the system DLLs themselves
// load by name comes from System32 too, as hardenProcess() sets again in main(). Looked up: Windows 8 and later. Set
// at every delay load (one per DLL, a few dozen): a once-only guard would need the threads runtime here.
void searchSystem32ByDefault()
{
    using SetDefaultDllDirectoriesFn = BOOL(WINAPI*)(DWORD);
    const auto setDefault = reinterpret_cast<SetDefaultDllDirectoriesFn>(
        reinterpret_cast<void*>(GetProcAddress(GetModuleHandleW(L"kernel32.dll"), "SetDefaultDllDirectories")));
    if (setDefault)
        setDefault(LOAD_LIBRARY_SEARCH_SYSTEM32);
}

FARPROC WINAPI loadFromSystem32(unsigned notification, PDelayLoadInfo info)
{
    if (notification != dliNotePreLoadLibrary)
        return nullptr;
    searchSystem32ByDefault();
    if (HMODULE module = LoadLibraryExA(info->szDll, nullptr, LOAD_LIBRARY_SEARCH_SYSTEM32))
        return reinterpret_cast<FARPROC>(module);
    // Returning nothing would let the helper try LoadLibrary's default order, the program's folder first: fail the
    // way the helper itself fails for a missing DLL instead, and never come back here (not continuable, and the
    // process ends if a handler tries anyway).
    ULONG_PTR argument = reinterpret_cast<ULONG_PTR>(info);
    RaiseException(VcppException(ERROR_SEVERITY_ERROR, ERROR_MOD_NOT_FOUND), EXCEPTION_NONCONTINUABLE, 1, &argument);
    TerminateProcess(GetCurrentProcess(), VcppException(ERROR_SEVERITY_ERROR, ERROR_MOD_NOT_FOUND));
    return nullptr;
}

}  // namespace

// The helper reads this one variable; libmingwex's own (empty) definition is not linked once this one is. The
// headers differ: MSVC's delayimp.h declares it const, mingw-w64's does not.
extern "C" {
#ifdef _MSC_VER
const
#endif
    PfnDliHook __pfnDliNotifyHook2 = loadFromSystem32;
}
