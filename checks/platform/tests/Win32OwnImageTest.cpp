// This program's own file, held from start-up (checks/platform/OwnImage.h), under Wine. Wine enforces share modes,
// so the pinning shows here as on Windows; of the two checks that the held file is the running one, Wine shows the
// headers (its mapped-file names keep the name a file had when it was mapped, where Windows gives the current one).
#include "checks/platform/OwnImage.h"
#include "checks/platform/TextConversion.h"
#include "checks/platform/win32/Win32OwnImage.h"

#include "Win32Sha256.h"

#include <catch2/catch.hpp>
#include <windows.h>

#include <string>
#include <vector>

using namespace mars::platform;
using namespace mars;

namespace {
std::wstring selfPath()
{
    wchar_t path[32768];
    const DWORD length = GetModuleFileNameW(nullptr, path, 32768);
    return std::wstring(path, length);
}

std::string fileBytes(const std::wstring& path)
{
    HANDLE file = CreateFileW(path.c_str(), GENERIC_READ, FILE_SHARE_READ, nullptr, OPEN_EXISTING, 0, nullptr);
    REQUIRE(file != INVALID_HANDLE_VALUE);
    LARGE_INTEGER size{};
    REQUIRE(GetFileSizeEx(file, &size));
    std::string bytes(size_t(size.QuadPart), '\0');
    DWORD read = 0;
    REQUIRE(ReadFile(file, bytes.data(), DWORD(bytes.size()), &read, nullptr));
    CloseHandle(file);
    REQUIRE(read == bytes.size());
    return bytes;
}

std::wstring tempFolder()
{
    wchar_t base[MAX_PATH];
    GetTempPathW(MAX_PATH, base);
    const std::wstring folder = std::wstring(base) + L"own-image-" + std::to_wstring(GetCurrentProcessId()) + L"-" + std::to_wstring(GetTickCount64());
    REQUIRE(CreateDirectoryW(folder.c_str(), nullptr));
    return folder;
}

DWORD run(const std::wstring& program, const std::wstring& arguments)
{
    std::wstring line = L"\"" + program + L"\" " + arguments;
    STARTUPINFOW startup{};
    startup.cb = sizeof startup;
    PROCESS_INFORMATION process{};
    REQUIRE(CreateProcessW(program.c_str(), line.data(), nullptr, nullptr, FALSE, 0, nullptr, nullptr, &startup, &process));
    REQUIRE(WaitForSingleObject(process.hProcess, 60000) == WAIT_OBJECT_0);
    DWORD code = 0;
    GetExitCodeProcess(process.hProcess, &code);
    CloseHandle(process.hThread);
    CloseHandle(process.hProcess);
    return code;
}
}  // namespace

TEST_CASE("the running program's file is held: no one can rename or write it, and its copy is the file byte for byte", "[win32][own-image]")
{
    const OwnImage& image = holdOwnImage();
    INFO(image.problem);
    REQUIRE(image.held);
    CHECK(toWide(image.path) == selfPath());

    const std::wstring self = selfPath();
    CHECK_FALSE(MoveFileW(self.c_str(), (self + L".moved").c_str()));
    CHECK(GetLastError() == ERROR_SHARING_VIOLATION);
    CHECK(CreateFileW(self.c_str(), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING, 0, nullptr) ==
          INVALID_HANDLE_VALUE);
    CHECK(GetLastError() == ERROR_SHARING_VIOLATION);

    const std::wstring folder = tempFolder();
    const std::wstring copy = folder + L"\\copy.exe";
    std::string sha256;
    std::string error;
    REQUIRE(copyOwnImage(toUtf8(copy), sha256, error));
    const std::string original = fileBytes(self);
    CHECK(fileBytes(copy) == original);
    CHECK(sha256 == test::sha256OfFile(self));
    // Never over a file already there.
    CHECK_FALSE(copyOwnImage(toUtf8(copy), sha256, error));
    CHECK(error.find("could not be created") != std::string::npos);
    DeleteFileW(copy.c_str());
    RemoveDirectoryW(folder.c_str());
}

TEST_CASE("a file put in the program's place before it was held is refused, and so is another file by its own name", "[win32][own-image]")
{
    const std::wstring folder = tempFolder();
    const std::wstring probe = folder + L"\\probe.exe";
    REQUIRE(CopyFileW(toWide(MARS_OWN_IMAGE_PROBE).c_str(), probe.c_str(), TRUE));
    CHECK(run(probe, L"") == 0);  // held, and a rename afterwards was refused

    // The attack: the running file renamed away and another exe put at its name before the hold. Windows sees it
    // in the names and the headers; Wine in the headers.
    const std::wstring other = toWide(MARS_FAKE_AGENT_DIR "\\bin\\cbengine.exe");
    const DWORD swapped = run(probe, L"swap \"" + other + L"\"");
    CHECK((swapped == 3 || swapped == 4));

    HANDLE file = nullptr;
    const OwnImage copy = win32::holdImageFile(probe + L".renamed", file);  // a copy of another program, not this one
    CHECK_FALSE(copy.held);
    CHECK(file == nullptr);
    CHECK_FALSE(copy.problem.empty());

    for (const wchar_t* name : {L"\\probe.exe", L"\\probe.exe.renamed", L"\\probe.exe.moved"})
        DeleteFileW((folder + name).c_str());
    RemoveDirectoryW(folder.c_str());
}
