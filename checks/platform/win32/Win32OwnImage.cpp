// This program's own file, pinned by a handle from start-up (see OwnImage.h).
// Why the handle stops a swap: renaming, deleting or writing a file needs DELETE or write access, and Windows grants
// neither while a handle whose share mode leaves out FILE_SHARE_DELETE and FILE_SHARE_WRITE is open (CreateFileW,
// "dwShareMode"). The loader's own mapping of the exe does not deny these, which is why a running exe can be renamed.
// Why it is the running program's file: what runs between the process's start and this open is not ours to see, so
// the opened file is compared with the loaded image twice: by the name the memory manager gives both mappings
// (GetMappedFileNameW on the image, and on a one-byte view of the opened file, the way Mozilla's HandleToFilename in
// xpcom/io/FileUtilsWin.cpp names a handle's file), and by the PE headers the loader copied from the file.
// Under Wine the mapped name is the name at load time, so only the header half shows there (checks/platform/tests).
#include "Win32OwnImage.h"
#include "../TextConversion.h"
#include "Win32Parts.h"

#include <bcrypt.h>
#include <psapi.h>

#include <cstdio>
#include <cstring>
#include <mutex>
#include <vector>

namespace mars::platform {

namespace win32 {
namespace {

std::wstring mappedName(void* address)
{
    std::wstring name(32768, L'\0');
    const DWORD length = GetMappedFileNameW(GetCurrentProcess(), address, name.data(), DWORD(name.size()));
    name.resize(length);
    return name;
}

std::wstring nameOfOpenFile(HANDLE file)
{
    HANDLE mapping = CreateFileMappingW(file, nullptr, PAGE_READONLY, 0, 1, nullptr);
    if (!mapping)
        return {};
    void* view = MapViewOfFile(mapping, FILE_MAP_READ, 0, 0, 1);
    std::wstring name = view ? mappedName(view) : std::wstring();
    if (view)
        UnmapViewOfFile(view);
    CloseHandle(mapping);
    return name;
}

bool readAt(HANDLE file, std::uint64_t offset, void* buffer, DWORD size, DWORD& read)
{
    OVERLAPPED at{};
    at.Offset = DWORD(offset);
    at.OffsetHigh = DWORD(offset >> 32);
    return ReadFile(file, buffer, size, &read, &at) != FALSE;
}

// The headers that say which build this is (time stamp, sizes, entry point, checksum, section table) as the file has
// them and as the loader mapped them. The loader rewrites none of these.
bool sameHeaders(HANDLE file, const unsigned char* image, std::string& why)
{
    std::vector<unsigned char> head(4096);
    DWORD read = 0;
    if (!readAt(file, 0, head.data(), DWORD(head.size()), read)) {
        why = "its headers could not be read: " + win32ErrorText(GetLastError());
        return false;
    }
    const auto* dos = reinterpret_cast<const IMAGE_DOS_HEADER*>(image);
    const auto lfanew = std::size_t(dos->e_lfanew);
    if (read < sizeof(IMAGE_DOS_HEADER) || lfanew + sizeof(IMAGE_NT_HEADERS) > read) {
        why = "it is not the program that is running (no PE headers where the running program has them)";
        return false;
    }
    const auto* inMemory = reinterpret_cast<const IMAGE_NT_HEADERS*>(image + lfanew);
    const auto* onDisk = reinterpret_cast<const IMAGE_NT_HEADERS*>(head.data() + lfanew);
    const std::size_t sections = inMemory->FileHeader.NumberOfSections;
    const std::size_t tableStart = lfanew + offsetof(IMAGE_NT_HEADERS, OptionalHeader) + inMemory->FileHeader.SizeOfOptionalHeader;
    const std::size_t tableEnd = tableStart + sections * sizeof(IMAGE_SECTION_HEADER);
    const bool same = std::memcmp(head.data(), image, sizeof(IMAGE_DOS_HEADER)) == 0 &&
                      onDisk->Signature == inMemory->Signature &&
                      onDisk->FileHeader.TimeDateStamp == inMemory->FileHeader.TimeDateStamp &&
                      onDisk->FileHeader.NumberOfSections == inMemory->FileHeader.NumberOfSections &&
                      onDisk->FileHeader.SizeOfOptionalHeader == inMemory->FileHeader.SizeOfOptionalHeader &&
                      onDisk->OptionalHeader.SizeOfImage == inMemory->OptionalHeader.SizeOfImage &&
                      onDisk->OptionalHeader.AddressOfEntryPoint == inMemory->OptionalHeader.AddressOfEntryPoint &&
                      onDisk->OptionalHeader.CheckSum == inMemory->OptionalHeader.CheckSum && tableEnd <= read &&
                      std::memcmp(head.data() + tableStart, image + tableStart, tableEnd - tableStart) == 0;
    if (!same)
        why = "it is not the program that is running (its headers differ): it was replaced after the program started";
    return same;
}

}  // namespace

OwnImage holdImageFile(const std::wstring& path, HANDLE& file)
{
    OwnImage image;
    image.path = toUtf8(path);
    file = nullptr;
    HANDLE opened = CreateFileW(path.c_str(), GENERIC_READ, FILE_SHARE_READ, nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (opened == INVALID_HANDLE_VALUE) {
        image.problem = "this program's file could not be held open: " + win32ErrorText(GetLastError());
        return image;
    }
    auto* loaded = reinterpret_cast<unsigned char*>(GetModuleHandleW(nullptr));
    const std::wstring loadedName = mappedName(loaded);
    const std::wstring openedName = nameOfOpenFile(opened);
    std::string why;
    if (loadedName.empty() || openedName.empty())
        why = "the names of the running program and of its file could not be read: " + win32ErrorText(GetLastError());
    else if (CompareStringOrdinal(loadedName.c_str(), -1, openedName.c_str(), -1, TRUE) != CSTR_EQUAL)
        why = "the file at its path is not the program that is running (" + toUtf8(loadedName) + " was renamed or replaced after it started)";
    else
        sameHeaders(opened, loaded, why);
    if (!why.empty()) {
        CloseHandle(opened);
        image.problem = why;
        return image;
    }
    file = opened;
    image.held = true;
    return image;
}

}  // namespace win32

namespace {
std::mutex heldLock;
HANDLE heldFile = nullptr;
}  // namespace

const OwnImage& holdOwnImage()
{
    static const OwnImage image = [] {
        std::wstring path(32768, L'\0');
        const DWORD length = GetModuleFileNameW(nullptr, path.data(), DWORD(path.size()));
        if (!length || length >= path.size())
            return OwnImage{false, {}, "this program's path is not known: " + win32ErrorText(GetLastError())};
        path.resize(length);
        HANDLE file = nullptr;
        OwnImage held = win32::holdImageFile(path, file);
        std::lock_guard<std::mutex> lock(heldLock);
        heldFile = file;  // kept open until the process ends: that is what pins the file
        return held;
    }();
    return image;
}

bool copyOwnImage(const std::string& destination, std::string& sha256, std::string& error)
{
    if (!holdOwnImage().held) {
        error = holdOwnImage().problem;
        return false;
    }
    std::lock_guard<std::mutex> lock(heldLock);
    HANDLE target = CreateFileW(toWide(destination).c_str(), GENERIC_WRITE, 0, nullptr, CREATE_NEW, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (target == INVALID_HANDLE_VALUE) {
        error = "the copy could not be created: " + win32ErrorText(GetLastError());
        return false;
    }
    BCRYPT_ALG_HANDLE algorithm = nullptr;
    BCRYPT_HASH_HANDLE hash = nullptr;
    bool ok = BCryptOpenAlgorithmProvider(&algorithm, BCRYPT_SHA256_ALGORITHM, nullptr, 0) >= 0 &&
              BCryptCreateHash(algorithm, &hash, nullptr, 0, nullptr, 0, 0) >= 0;
    std::vector<unsigned char> chunk(1 << 20);
    std::uint64_t offset = 0;
    while (ok) {
        DWORD read = 0;
        if (!win32::readAt(heldFile, offset, chunk.data(), DWORD(chunk.size()), read)) {
            if (GetLastError() == ERROR_HANDLE_EOF)
                break;
            error = "this program's file could not be read: " + win32ErrorText(GetLastError());
            ok = false;
            break;
        }
        if (read == 0)
            break;
        DWORD written = 0;
        if (!WriteFile(target, chunk.data(), read, &written, nullptr) || written != read) {
            error = "the copy could not be written: " + win32ErrorText(GetLastError());
            ok = false;
            break;
        }
        BCryptHashData(hash, chunk.data(), read, 0);
        offset += read;
    }
    unsigned char digest[32] = {};
    if (ok && BCryptFinishHash(hash, digest, sizeof digest, 0) >= 0) {
        sha256.clear();
        for (unsigned char byte : digest) {
            char hex[3];
            std::snprintf(hex, sizeof hex, "%02x", byte);
            sha256 += hex;
        }
    } else if (ok) {
        error = "the copy's SHA-256 could not be computed";
        ok = false;
    }
    if (hash)
        BCryptDestroyHash(hash);
    if (algorithm)
        BCryptCloseAlgorithmProvider(algorithm, 0);
    CloseHandle(target);
    if (!ok)
        DeleteFileW(toWide(destination).c_str());
    return ok;
}

}  // namespace mars::platform
