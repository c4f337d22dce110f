// A plugin: loaded at run time, not by the loader. Imports SetProcessDpiAwarenessContext (1703, build 15063).
#include <windows.h>

extern "C" __declspec(dllexport) int probePlugin()
{
    return SetProcessDpiAwarenessContext(DPI_AWARENESS_CONTEXT_PER_MONITOR_AWARE_V2);
}
