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
Message platformText(const std::string& text);  // a line the platform layer wrote (English, the OS's words)

}  // namespace mars
