// Imports only functions Windows 10 1607 (build 14393) has, two of them new in 1607: the checker must pass it.
#include <windows.h>

int main()
{
    SetThreadDpiAwarenessContext(DPI_AWARENESS_CONTEXT_PER_MONITOR_AWARE);
    return static_cast<int>(GetDpiForWindow(GetDesktopWindow()));
}
