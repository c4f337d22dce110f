// The cache folder as the Win32 layer reads it, under Wine: the two ScratchLocation values the test writes with
// RegSetValueExW (REG_SZ and REG_EXPAND_SZ), OnlineBackup.KEK in a real folder, and that folder's volume (its root,
// type, file system and free space). What Wine cannot show — a compressed, encrypted or sparse folder (Wine sets none
// of these), NTFS against ReFS or FAT32 (Wine names one file system for its drives), a removable, network or offline
// volume (Wine's drive types come from its own configuration) — is tested on the fake platform in
// checks/tests/CacheFolderCheckTest.cpp; see ../../shared/domain/wine.md.
#include "tests/support/TempFolder.h"
#include "checks/platform/Platform.h"

#include <catch2/catch.hpp>
#include <windows.h>

#include <fstream>

using namespace mars::platform;
using mars::test::TempFolder;

namespace {
constexpr const wchar_t* kAgentKey = L"SOFTWARE\\Microsoft\\Windows Azure Backup";

// Writes ScratchLocation under Config (and, when given, under Config\CloudBackupProvider), and takes the keys away
// again afterwards.
struct ScratchValues {
    ScratchValues(DWORD type, const std::wstring& config, const std::wstring& provider)
    {
        write(L"\\Config", type, config);
        write(L"\\Config\\CloudBackupProvider", type, provider);
    }
    ~ScratchValues()
    {
        const std::wstring base = kAgentKey;
        RegDeleteKeyExW(HKEY_LOCAL_MACHINE, (base + L"\\Config\\CloudBackupProvider").c_str(), KEY_WOW64_64KEY, 0);
        RegDeleteKeyExW(HKEY_LOCAL_MACHINE, (base + L"\\Config").c_str(), KEY_WOW64_64KEY, 0);
    }
    static void write(const wchar_t* subkey, DWORD type, const std::wstring& value)
    {
        HKEY key = nullptr;
        const std::wstring path = std::wstring(kAgentKey) + subkey;
        REQUIRE(RegCreateKeyExW(HKEY_LOCAL_MACHINE, path.c_str(), 0, nullptr, 0, KEY_SET_VALUE | KEY_WOW64_64KEY, nullptr, &key, nullptr) ==
                ERROR_SUCCESS);
        REQUIRE(RegSetValueExW(key, L"ScratchLocation", 0, type, reinterpret_cast<const BYTE*>(value.c_str()),
                               DWORD((value.size() + 1) * sizeof(wchar_t))) == ERROR_SUCCESS);
        RegCloseKey(key);
    }
};

std::wstring environment(const wchar_t* name)
{
    wchar_t value[MAX_PATH];
    const DWORD length = GetEnvironmentVariableW(name, value, MAX_PATH);
    REQUIRE(length);
    REQUIRE(length < MAX_PATH);
    return value;
}
}  // namespace

TEST_CASE("both ScratchLocation values are read, and OnlineBackup.KEK is found in the folder they name", "[win32][registry][cache]")
{
    TempFolder temp;
    const auto scratch = temp / "Scratch";
    std::filesystem::create_directory(scratch);
    ScratchValues values(REG_SZ, scratch.wstring(), scratch.wstring());
    AgentRegistration registration = makeSystemPlatform()->agent().agentRegistration();
    CHECK(registration.scratch == scratch);
    CHECK(registration.providerScratch == scratch);
    CHECK_FALSE(registration.registered);  // no key file yet: not registered from this folder

    std::ofstream(scratch / "OnlineBackup.KEK") << "not a real key";
    registration = makeSystemPlatform()->agent().agentRegistration();
    CHECK(registration.registered);
}

TEST_CASE("ScratchLocation values that differ are read as they are", "[win32][registry][cache]")
{
    ScratchValues values(REG_SZ, L"C:\\Agent\\Scratch", L"D:\\Elsewhere\\Scratch");
    const AgentRegistration registration = makeSystemPlatform()->agent().agentRegistration();
    CHECK(registration.scratch == std::filesystem::path(L"C:\\Agent\\Scratch"));
    CHECK(registration.providerScratch == std::filesystem::path(L"D:\\Elsewhere\\Scratch"));
}

TEST_CASE("ScratchLocation stored as REG_EXPAND_SZ is expanded in both keys", "[win32][registry][cache]")
{
    ScratchValues values(REG_EXPAND_SZ, L"%SystemRoot%\\Scratch Test", L"%SystemRoot%\\Scratch Test");
    const std::filesystem::path expected = environment(L"SystemRoot") + L"\\Scratch Test";
    const AgentRegistration registration = makeSystemPlatform()->agent().agentRegistration();
    CHECK(registration.scratch == expected);
    CHECK(registration.providerScratch == expected);
}

TEST_CASE("a real folder's storage: its attributes, its volume, the volume's file system and free space", "[win32][cache]")
{
    TempFolder temp;
    const auto scratch = temp / "Scratch";
    std::filesystem::create_directory(scratch);
    const FolderStorage storage = makeSystemPlatform()->folders().folderStorage(scratch);
    REQUIRE(storage.state == AttributeRead::State::Found);
    CHECK(storage.isDirectory);
    CHECK_FALSE(storage.compressed);
    CHECK_FALSE(storage.encrypted);
    CHECK_FALSE(storage.sparse);
    CHECK_FALSE(storage.reparsePoint);
    // The temp folder is on C:, which Wine keeps in the prefix's drive_c: a fixed disk.
    CHECK(storage.volumeRoot == std::filesystem::path(L"C:\\"));
    CHECK(storage.kind == VolumeKind::Fixed);
    REQUIRE(storage.volumeRead);
    INFO("Wine names the file system " << storage.fileSystem);
    CHECK_FALSE(storage.fileSystem.empty());
    CHECK_FALSE(storage.readOnly);
    REQUIRE(storage.spaceRead);
    CHECK(storage.totalBytes > 0);
    CHECK(storage.freeBytes <= storage.totalBytes);
}

TEST_CASE("a missing cache folder is missing, and still names the volume it was meant to be on", "[win32][cache]")
{
    TempFolder temp;
    const FolderStorage storage = makeSystemPlatform()->folders().folderStorage(temp / "no such folder" / "Scratch");
    CHECK(storage.state == AttributeRead::State::Missing);
    CHECK(storage.error.empty());
    CHECK(storage.volumeRoot == std::filesystem::path(L"C:\\"));
    CHECK(storage.kind == VolumeKind::Fixed);
}

TEST_CASE("a file where the folder should be is not a folder", "[win32][cache]")
{
    TempFolder temp;
    const auto file = temp / "Scratch";
    std::ofstream(file) << "x";
    const FolderStorage storage = makeSystemPlatform()->folders().folderStorage(file);
    REQUIRE(storage.state == AttributeRead::State::Found);
    CHECK_FALSE(storage.isDirectory);
}

TEST_CASE("with only CloudBackupProvider's value set, OnlineBackup.KEK is looked for in the folder it names", "[win32][registry][cache]")
{
    TempFolder temp;
    const auto scratch = temp / "Scratch";
    std::filesystem::create_directory(scratch);
    std::ofstream(scratch / "OnlineBackup.KEK") << "not a real key";
    ScratchValues::write(L"\\Config\\CloudBackupProvider", REG_SZ, scratch.wstring());
    const AgentRegistration registration = makeSystemPlatform()->agent().agentRegistration();
    const std::wstring base = L"SOFTWARE\\Microsoft\\Windows Azure Backup";
    RegDeleteKeyExW(HKEY_LOCAL_MACHINE, (base + L"\\Config\\CloudBackupProvider").c_str(), KEY_WOW64_64KEY, 0);
    RegDeleteKeyExW(HKEY_LOCAL_MACHINE, (base + L"\\Config").c_str(), KEY_WOW64_64KEY, 0);
    CHECK(registration.scratch.empty());
    CHECK(registration.providerScratch == scratch);
    CHECK(registration.registered);
}
