#pragma once
#include <chrono>

namespace mars::platform {

// Ends the process with `code` once the caller has flushed its output and log. On Windows without DLL detach and
// static teardown: under Wine that teardown was seen hanging or crashing after Qt worker threads had ended, with
// every result already written. POSIX: a normal exit(), so sanitizers and atexit handlers still run — unless a
// worker thread was abandoned still running (noteAbandonedThreads), when static teardown could pull Qt from under it.
[[noreturn]] void endProcess(int code);
void noteAbandonedThreads();

// Once the results are out: ends the process with `code` after `grace` unless it has ended by itself. A name
// look-up cannot be cancelled, and Qt's look-up threads are waited for when the program tears down: with a DNS
// server that never answers, that held the exit for many seconds after the report was printed.
void endProcessWithin(std::chrono::milliseconds grace, int code);

}  // namespace mars::platform
