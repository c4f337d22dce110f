// Delay-imports SetProcessDpiAwarenessContext (Windows 10 1703, build 15063): the checker must report it still.
#include <windows.h>

int main()
{
    return SetProcessDpiAwarenessContext(DPI_AWARENESS_CONTEXT_PER_MONITOR_AWARE_V2) ? 0 : 1;
}
