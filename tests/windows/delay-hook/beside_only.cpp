// A DLL that exists only beside the probe, never in System32: the hook must refuse to load it.
extern "C" __declspec(dllexport) int marsBesideOnly()
{
    return 42;
}
