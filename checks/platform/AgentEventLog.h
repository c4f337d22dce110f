#pragma once
// The agent's own event channel (CloudBackup/Operational): its newest problems, newest first, each with the message
// Windows renders for it from the agent's own manifest. No event number is interpreted here: the only list of what
// they mean is third-party, so the checks read the message, never the number. Bounded: at most maxEvents events and
// kMaxEventMessageBytes of each message are kept, whatever the channel holds.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace mars::platform {

inline constexpr char kAgentEventChannel[] = "CloudBackup/Operational";
inline constexpr std::size_t kMaxAgentEvents = 64;
inline constexpr std::size_t kMaxEventMessageBytes = 4096;

struct AgentEvent {
    std::uint32_t eventId = 0;
    unsigned level = 0;          // the event's level: 1 Critical, 2 Error, 3 Warning
    std::int64_t timeMs = 0;     // when it was written (TimeCreated), ms since 1970, UTC
    std::string message;         // rendered, UTF-8, at most kMaxEventMessageBytes (cut on a character boundary)
    bool messageCut = false;     // the rendered message was longer
    std::string messageError;    // why no message could be rendered (then message is empty)
};

struct AgentEventRead {
    enum class State {
        Read,         // events holds the newest problems (possibly none)
        NoChannel,    // the channel does not exist here (no agent, or one that never wrote to it)
        Unavailable,  // this system has no Windows event log (the portable build), or its API refused the query
        Failed,       // the query failed (access, the service): reason says why
    };
    State state = State::Unavailable;
    std::vector<AgentEvent> events;  // newest first
    std::string reason;              // why not Read, in English
};

class AgentEventLog {
public:
    virtual ~AgentEventLog() = default;
    // The newest Critical, Error and Warning events of `channel`, at most min(maxEvents, kMaxAgentEvents).
    virtual AgentEventRead newestProblems(const std::string& channel, std::size_t maxEvents) = 0;
};

std::unique_ptr<AgentEventLog> makeSystemAgentEventLog();

// Cuts UTF-8 text to at most maxBytes without splitting a character; true when something was cut.
bool cutUtf8(std::string& text, std::size_t maxBytes);

}  // namespace mars::platform
