// The agent's event channel through the real Windows Event Log API (wevtapi), under Wine. Wine 8's EvtQuery is a
// stub (no handle, no error): the reader must then say it examined nothing, never "no events", and the test skips,
// since what a channel holds cannot be read here. What the reading of events does with them (the newest problem
// naming a known error, its time, its bounds) is covered with the fake platform's channel
// (tests/support/FakePlatform.h, AgentEventLog) in checks/tests/LastAgentErrorTest.cpp.
#include "tests/support/Skip.h"
#include "checks/platform/Platform.h"

#include <catch2/catch.hpp>

using namespace mars::platform;

TEST_CASE("the agent's event channel is read with wevtapi, or said to be unreadable", "[win32][event-log][may-skip]")
{
    auto eventLog = makeSystemAgentEventLog();
    const AgentEventRead agent = eventLog->newestProblems(kAgentEventChannel, 8);
    const AgentEventRead application = eventLog->newestProblems("Application", 8);
    INFO("CloudBackup/Operational: state " << int(agent.state) << ", " << agent.reason);
    INFO("Application: state " << int(application.state) << ", " << application.reason);
    if (application.state == AgentEventRead::State::Unavailable) {
        // Nothing examined is never "no events" and never a found error.
        CHECK(application.events.empty());
        CHECK_FALSE(application.reason.empty());
        CHECK(agent.state == AgentEventRead::State::Unavailable);
        CHECK(agent.events.empty());
        MARS_SKIP("this system's wevtapi cannot query a channel (Wine's EvtQuery is a stub: " << application.reason
                  << "); the events are covered by the fake platform's AgentEventLog in checks/tests/LastAgentErrorTest.cpp");
    }
    // A Windows with the Event Log API: Application exists and answers; the agent's channel exists only where the
    // agent is installed.
    CHECK(application.state == AgentEventRead::State::Read);
    CHECK(application.events.size() <= 8);
    for (const AgentEvent& event : application.events) {
        CHECK((event.level >= 1 && event.level <= 3));
        CHECK(event.message.size() <= kMaxEventMessageBytes);
        CHECK(event.timeMs > 0);
    }
    for (std::size_t i = 1; i < application.events.size(); ++i)
        CHECK(application.events[i - 1].timeMs >= application.events[i].timeMs);  // newest first
    CHECK((agent.state == AgentEventRead::State::Read || agent.state == AgentEventRead::State::NoChannel));
}
