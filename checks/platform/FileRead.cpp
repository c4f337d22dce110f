#include "FileRead.h"

#include <algorithm>

namespace mars::platform {

namespace {
FileRead& refuseAsTooLarge(FileRead& read, std::uint64_t maxBytes)
{
    read.bytes.clear();
    read.state = FileRead::State::Refused;
    read.tooLarge = true;
    read.reason = "it is larger than " + std::to_string(maxBytes) + " bytes";
    return read;
}
}  // namespace

FileRead readRegularFileNoFollow(const std::filesystem::path& path, std::uint64_t maxBytes)
{
    return readRegularFileNoFollowUnlessKnown(path, maxBytes, {});
}

FileRead readRegularFileNoFollowUnlessKnown(const std::filesystem::path& path, std::uint64_t maxBytes,
                                           const std::function<bool(const FileIdentity&)>& isKnown)
{
    FileRead read;
    NoFollowFile file;
    read.state = file.open(path, &read.reason);
    if (read.state != FileRead::State::Read)
        return read;
    read.fileSize = file.size();
    read.modifiedMs = file.modifiedMs();
    read.identity = file.identity();
    if (isKnown && isKnown(read.identity)) {
        read.known = true;
        return read;
    }
    if (read.fileSize > maxBytes)
        return refuseAsTooLarge(read, maxBytes);
    // One byte past the limit, whatever fstat said: a file that grows meanwhile is still cut and refused.
    if (!file.readAt(0, maxBytes + 1, read.bytes, &read.reason)) {
        read.bytes.clear();
        read.state = FileRead::State::Failed;
        return read;
    }
    if (read.bytes.size() > maxBytes)
        return refuseAsTooLarge(read, maxBytes);
    return read;
}

FileRead readRegularFileTail(const std::filesystem::path& path, std::uint64_t maxBytes)
{
    FileRead read;
    NoFollowFile file;
    read.state = file.open(path, &read.reason);
    if (read.state != FileRead::State::Read)
        return read;
    read.fileSize = file.size();
    read.modifiedMs = file.modifiedMs();
    read.identity = file.identity();
    std::uint64_t start = read.fileSize > maxBytes ? read.fileSize - maxBytes : 0;
    start += start % 2;
    read.offset = start;
    if ((start > 0 && !file.readAt(0, 4, read.head, &read.reason)) || !file.readAt(start, maxBytes, read.bytes, &read.reason)) {
        read.bytes.clear();
        read.head.clear();
        read.state = FileRead::State::Failed;
        return read;
    }
    if (start == 0)
        read.head = read.bytes.substr(0, 4);
    return read;
}

}  // namespace mars::platform
