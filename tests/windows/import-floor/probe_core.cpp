// A DLL the probe program loads before main() (like Qt6Gui.dll): imports GetDpiForWindow (1607, build 14393).
#include <windows.h>

extern "C" __declspec(dllexport) unsigned probeDpi()
{
    return GetDpiForWindow(GetDesktopWindow());
}
