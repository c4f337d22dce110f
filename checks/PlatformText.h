#pragma once
// Crossing from the platform layer (std::filesystem, UTF-8 std::string) into the Qt side, in one place.
#include "Check.h"
#include "platform/Platform.h"

#include <QString>

#include <filesystem>

namespace mars {

QString pathText(const std::filesystem::path& path);  // native separators, never throws; not escaped (see Message)
std::filesystem::path toPath(const QString& text);    // exactly as given: never trimmed or otherwise changed
FixOutcome toOutcome(const platform::ChangeResult& change);
// A line the platform layer wrote (English, or the OS's words): in the reader's language where it is one this program
// knows (the portable build's "there is no WinHTTP on this system"), else as it is.
Message platformText(const std::string& text);
// An error text from Qt or the C library ("Host not found"): Windows words its own in its language, these are always
// English. In the reader's language with the error's name where known, else as it is.
Message osErrorText(const QString& text);

}  // namespace mars
