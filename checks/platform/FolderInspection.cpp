#include "FolderInspection.h"

namespace mars::platform {

namespace {
// Absolute, normalised, and without a trailing separator, so that walking up with parent_path() visits each folder once.
std::filesystem::path comparableForm(const std::filesystem::path& folder)
{
    std::error_code error;
    std::filesystem::path path = std::filesystem::absolute(folder, error);
    if (error)
        path = folder;
    path = path.lexically_normal();
    if (!path.has_filename() && path != path.root_path())
        path = path.parent_path();
    return path;
}
}  // namespace

FolderInspection inspectFolder(Platform& platform, const std::filesystem::path& folder)
{
    FolderInspection result;
    result.requested = folder;
    const std::filesystem::path wanted = comparableForm(folder);
    std::filesystem::path candidate = wanted;
    while (true) {
        result.inspected = candidate;
        result.read = platform.folders().readAttributes(candidate);
        if (result.read.state != AttributeRead::State::Missing) {
            result.requestedExists = candidate == wanted;
            return result;
        }
        std::filesystem::path parent = candidate.parent_path();
        if (parent.empty() || parent == candidate) {
            result.read.state = AttributeRead::State::Failed;
            result.read.error = "no part of the path exists";
            return result;
        }
        candidate = parent;
    }
}

std::string describeAttributes(FolderAttributes attributes)
{
    static const std::pair<FolderAttribute, const char*> names[] = {
        {AttrSystem, "System"}, {AttrHidden, "Hidden"}, {AttrCompressed, "Compressed"}, {AttrEncrypted, "Encrypted"}};
    std::string text;
    for (const auto& [bit, name] : names) {
        if (attributes & bit) {
            text += text.empty() ? "" : ", ";
            text += name;
        }
    }
    return text.empty() ? "none" : text;
}

}  // namespace mars::platform
