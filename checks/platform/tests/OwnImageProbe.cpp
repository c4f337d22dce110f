// A stand-in for the program an administrator starts, for the Wine test of OwnImage: with "swap <exe>" it first does
// what an attacker with write access to its folder would, renaming its own running file away and putting <exe> in
// its place; then it holds its own image, as hardenProcess() does. Exit codes: 0 held (and a rename attempt was
// refused), 3 refused (headers differ), 4 refused (names differ), 5 refused otherwise, 6 held but renamable.
#include "checks/platform/OwnImage.h"
#include "checks/platform/TextConversion.h"

#include <windows.h>

#include <cstdio>
#include <cstring>
#include <string>

int main(int argc, char* argv[])
{
    wchar_t path[32768];
    const DWORD length = GetModuleFileNameW(nullptr, path, 32768);
    const std::wstring self(path, length);
    if (argc == 3 && std::strcmp(argv[1], "swap") == 0) {
        if (!MoveFileW(self.c_str(), (self + L".renamed").c_str()) || !CopyFileW(mars::platform::toWide(argv[2]).c_str(), self.c_str(), TRUE))
            return 9;
    }
    const mars::platform::OwnImage& image = mars::platform::holdOwnImage();
    std::printf("%s\n", image.held ? "held" : image.problem.c_str());
    if (!image.held)
        return image.problem.find("headers differ") != std::string::npos ? 3
               : image.problem.find("renamed or replaced") != std::string::npos ? 4
                                                                                 : 5;
    const BOOL renamed = MoveFileW(self.c_str(), (self + L".moved").c_str());
    return renamed ? 6 : 0;
}
