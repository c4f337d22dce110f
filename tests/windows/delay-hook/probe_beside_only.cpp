// Delay-imports mars_beside_only.dll, which lies only beside it: with the System32 hook the call must fail (the
// delay-load exception, 0xC06D007E) and the DLL must never load. Prints before the call, so the test knows main ran.
#include <cstdio>

extern "C" __declspec(dllimport) int marsBesideOnly();

int main()
{
    std::printf("calling marsBesideOnly\n");
    std::fflush(stdout);
    return marsBesideOnly() == 42 ? 0 : 1;
}
