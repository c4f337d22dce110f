#pragma once

namespace mars::platform {

// Ends the process with `code` once the caller has flushed its output and log. On Windows without DLL detach and
// static teardown: under Wine that teardown was seen hanging or crashing after Qt worker threads had ended, with
// every result already written. POSIX: a normal exit(), so sanitizers and atexit handlers still run — unless a
// worker thread was abandoned still running (noteAbandonedThreads), when static teardown could pull Qt from under it.
[[noreturn]] void endProcess(int code);
void noteAbandonedThreads();

}  // namespace mars::platform
