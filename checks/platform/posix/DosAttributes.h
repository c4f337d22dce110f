#pragma once
// Windows attributes as Samba and Wine keep them on Linux: the extended attribute user.DOSATTRIB, text "0x<hex>".
// Reading it lets the portable build see a folder marked System/Hidden by a Windows client or by Wine.
#include <cstdint>
#include <optional>
#include <string>

namespace mars::platform::posix {

inline constexpr const char* kDosAttributeName = "user.DOSATTRIB";
inline constexpr std::uint32_t kDosHidden = 0x2;
inline constexpr std::uint32_t kDosSystem = 0x4;

std::optional<std::uint32_t> parseDosAttributes(const std::string& value);
std::string formatDosAttributes(std::uint32_t attributes);

}  // namespace mars::platform::posix
