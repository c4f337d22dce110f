#pragma once
#include <QString>

#include <cstdio>

namespace mars {

// Writes text where the user sees it. To a Windows console: UTF-16 through WriteConsoleW, so Chinese text and
// non-ASCII paths read right whatever the console's code page (437, 850, 936). To a file or a pipe, and on POSIX:
// UTF-8 bytes, as scripts expect.
void writeText(std::FILE* stream, const QString& text);

// For the GUI-subsystem program run from a prompt: borrow the parent's console for what is not redirected, and
// leave alone what is (`MarsSetupDoctor.exe --check > r.txt` must fill r.txt). True when what the program writes
// is seen: a console or a redirect (always on POSIX).
bool attachParentConsole();

}  // namespace mars
