#include "ConsoleOutput.h"

#ifdef _WIN32
#include <windows.h>
#endif

namespace mars {

#ifdef _WIN32
namespace {
HANDLE handleOf(std::FILE* stream)
{
    return GetStdHandle(stream == stderr ? STD_ERROR_HANDLE : STD_OUTPUT_HANDLE);
}

bool isConsole(HANDLE handle)
{
    DWORD mode = 0;
    return handle && handle != INVALID_HANDLE_VALUE && GetFileType(handle) == FILE_TYPE_CHAR && GetConsoleMode(handle, &mode);
}

// A handle the parent gave us on purpose: a file, a pipe or a console. GUI programs otherwise start with none.
bool isInherited(DWORD which)
{
    const HANDLE handle = GetStdHandle(which);
    return handle && handle != INVALID_HANDLE_VALUE && GetFileType(handle) != FILE_TYPE_UNKNOWN;
}
}  // namespace

void writeText(std::FILE* stream, const QString& text)
{
    const HANDLE handle = handleOf(stream);
    if (isConsole(handle)) {
        std::fflush(stream);
        const std::wstring wide = text.toStdWString();
        DWORD written = 0;
        for (std::size_t offset = 0; offset < wide.size(); offset += written) {
            const DWORD chunk = DWORD(std::min<std::size_t>(wide.size() - offset, 8192));
            if (!WriteConsoleW(handle, wide.data() + offset, chunk, &written, nullptr) || written == 0)
                break;
        }
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, std::size_t(utf8.size()), stream);
    std::fflush(stream);
}

bool attachParentConsole()
{
    const bool outRedirected = isInherited(STD_OUTPUT_HANDLE);
    const bool errRedirected = isInherited(STD_ERROR_HANDLE);
    if (outRedirected && errRedirected)
        return true;
    if (!AttachConsole(ATTACH_PARENT_PROCESS))
        return errRedirected;
    if (!outRedirected)
        (void)std::freopen("CONOUT$", "w", stdout);
    if (!errRedirected)
        (void)std::freopen("CONOUT$", "w", stderr);
    return true;
}
#else
void writeText(std::FILE* stream, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, std::size_t(utf8.size()), stream);
    std::fflush(stream);
}

bool attachParentConsole()
{
    return true;
}
#endif

}  // namespace mars
