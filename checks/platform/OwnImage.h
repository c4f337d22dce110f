#pragma once
// This program's own file, held from start-up. A running exe cannot be overwritten but can be renamed: whoever may
// change the folder an administrator started it from could put another exe in its place and have that one copied
// into the SYSTEM probe's folder, or started elevated. So the file is opened first thing (hardenProcess) with a
// handle that lets others read it but not write, rename or delete it, and checked to be the file this process was
// loaded from; the SYSTEM probe's copy is written from that handle, and the elevated restart starts the name the
// handle pins.
#include <string>

namespace mars::platform {

struct OwnImage {
    bool held = false;    // the file is open, pinned, and is the running program's own
    std::string path;     // its path (UTF-8), as the loader found it
    std::string problem;  // English, when not held: why (not Windows, renamed before it could be held, …)
};

// Opens and checks the file on the first call; later calls return the same answer. Thread-safe.
const OwnImage& holdOwnImage();

// Writes the held file's bytes into `destination`, a new file (an existing one is an error). `sha256` receives the
// SHA-256 of what was written (lower-case hex), for the record. False: `error` says why.
bool copyOwnImage(const std::string& destination, std::string& sha256, std::string& error);

}  // namespace mars::platform
