#pragma once
// Crossing from the platform layer (std::filesystem, UTF-8 std::string) into the Qt side, in one place.
#include "Check.h"
#include "platform/Platform.h"

#include <QString>

#include <filesystem>

namespace mars {

QString pathText(const std::filesystem::path& path);  // native separators, never throws
std::filesystem::path toPath(const QString& text);
FixOutcome toOutcome(const platform::ChangeResult& change);

}  // namespace mars
