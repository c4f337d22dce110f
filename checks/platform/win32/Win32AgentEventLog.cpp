// The agent's event channel through the Windows Event Log API (wevtapi), the calls production readers of a channel's
// newest events make for the same purpose:
// - osquery's windows_eventlog table (osquery/tables/system/windows/windows_eventlog.cpp): EvtQuery(nullptr, channel,
//   XPath, EvtQueryChannelPath | EvtQueryReverseDirection), then EvtNext in batches, closing every event handle;
// - Chromium's GCPW event-log reader (chrome/credential_provider/gaiacp/event_logs_upload_manager.cc): an
//   EvtCreateRenderContext of System paths rendered with EvtRenderEventValues (EventID, TimeCreated as a FILETIME),
//   EvtOpenPublisherMetadata for the provider and EvtFormatMessage(EvtFormatMessageEvent), each asked for its size
//   first (ERROR_INSUFFICIENT_BUFFER) and then called with a buffer of that size.
// Unlike both, nothing here waits forever: EvtNext is given a timeout, and a message is kept only up to its bound.
#include "../AgentEventLog.h"
#include "../TextConversion.h"

#include <windows.h>
#include <winevt.h>

#include <algorithm>
#include <iterator>
#include <map>
#include <vector>

namespace mars::platform {

namespace {

constexpr DWORD kNextTimeoutMs = 5000;           // the event log service answers in milliseconds; never wait forever
constexpr DWORD kMaxFormattedChars = 64 * 1024;  // a message longer than this is not asked for at all

class Handle {
public:
    explicit Handle(EVT_HANDLE handle = nullptr) : m_handle(handle) {}
    ~Handle()
    {
        if (m_handle)
            EvtClose(m_handle);
    }
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;
    Handle(Handle&& other) noexcept : m_handle(other.m_handle) { other.m_handle = nullptr; }
    EVT_HANDLE get() const { return m_handle; }
    explicit operator bool() const { return m_handle != nullptr; }

private:
    EVT_HANDLE m_handle;
};

// The System values read from each event, in this order.
const wchar_t* const kValuePaths[] = {L"Event/System/EventID", L"Event/System/Level", L"Event/System/TimeCreated/@SystemTime",
                                      L"Event/System/Provider/@Name"};
enum ValueIndex { EventIdValue, LevelValue, TimeValue, ProviderValue, ValueCount };

std::int64_t unixMs(ULONGLONG fileTime)
{
    return fileTime ? std::int64_t(fileTime / 10000) - 11644473600000LL : 0;  // 100 ns ticks since 1601
}

// The System values of one event; false (and why) when they cannot be rendered.
bool renderValues(EVT_HANDLE context, EVT_HANDLE event, AgentEvent& out, std::wstring& provider, std::string& error)
{
    DWORD used = 0, count = 0;
    std::vector<EVT_VARIANT> values;
    if (!EvtRender(context, event, EvtRenderEventValues, 0, nullptr, &used, &count)) {
        if (GetLastError() != ERROR_INSUFFICIENT_BUFFER) {
            error = win32ErrorText(GetLastError());
            return false;
        }
        values.resize(used / sizeof(EVT_VARIANT) + 1);
        if (!EvtRender(context, event, EvtRenderEventValues, DWORD(values.size() * sizeof(EVT_VARIANT)), values.data(), &used, &count)) {
            error = win32ErrorText(GetLastError());
            return false;
        }
    }
    if (count < ValueCount || values.size() < ValueCount) {
        error = "the event has fewer System values than asked for";
        return false;
    }
    if (values[EventIdValue].Type == EvtVarTypeUInt16)
        out.eventId = values[EventIdValue].UInt16Val;
    if (values[LevelValue].Type == EvtVarTypeByte)
        out.level = values[LevelValue].ByteVal;
    if (values[TimeValue].Type == EvtVarTypeFileTime)
        out.timeMs = unixMs(values[TimeValue].FileTimeVal);
    if (values[ProviderValue].Type == EvtVarTypeString && values[ProviderValue].StringVal)
        provider = values[ProviderValue].StringVal;
    return true;
}

// The event's message as its provider's manifest words it (in the user's language), bounded.
void formatMessage(EVT_HANDLE metadata, EVT_HANDLE event, AgentEvent& out)
{
    DWORD used = 0;
    if (EvtFormatMessage(metadata, event, 0, 0, nullptr, EvtFormatMessageEvent, 0, nullptr, &used)) {
        out.messageError = "the message is empty";
        return;
    }
    if (const DWORD code = GetLastError(); code != ERROR_INSUFFICIENT_BUFFER) {
        out.messageError = win32ErrorText(code);
        return;
    }
    if (used > kMaxFormattedChars) {
        out.messageError = "the message is longer than " + std::to_string(kMaxFormattedChars) + " characters";
        return;
    }
    std::vector<wchar_t> buffer(used + 1, L'\0');
    if (!EvtFormatMessage(metadata, event, 0, 0, nullptr, EvtFormatMessageEvent, DWORD(buffer.size()), buffer.data(), &used)) {
        out.messageError = win32ErrorText(GetLastError());
        return;
    }
    buffer.back() = L'\0';
    out.message = toUtf8(buffer.data());
    out.messageCut = cutUtf8(out.message, kMaxEventMessageBytes);
}

class Win32AgentEventLog final : public AgentEventLog {
public:
    AgentEventRead newestProblems(const std::string& channel, std::size_t maxEvents) override
    {
        AgentEventRead read;
        const std::size_t wanted = std::min(maxEvents, kMaxAgentEvents);
        // Critical (1), Error (2), Warning (3): the problems, newest first.
        SetLastError(ERROR_SUCCESS);
        Handle query(EvtQuery(nullptr, toWide(channel).c_str(), L"*[System[(Level=1 or Level=2 or Level=3)]]",
                              EvtQueryChannelPath | EvtQueryReverseDirection));
        if (!query) {
            const DWORD code = GetLastError();
            // No handle and no error: an API that is only a stub (Wine 8's EvtQuery returns so); nothing examined.
            read.reason = code == ERROR_SUCCESS ? "the Windows Event Log API answered nothing (no events, no error)" : win32ErrorText(code);
            read.state = code == ERROR_EVT_CHANNEL_NOT_FOUND ? AgentEventRead::State::NoChannel
                         : code == ERROR_SUCCESS || code == ERROR_CALL_NOT_IMPLEMENTED || code == ERROR_NOT_SUPPORTED
                             ? AgentEventRead::State::Unavailable
                             : AgentEventRead::State::Failed;
            return read;
        }
        Handle context(EvtCreateRenderContext(DWORD(std::size(kValuePaths)), const_cast<LPCWSTR*>(kValuePaths), EvtRenderContextValues));
        if (!context) {
            read.state = AgentEventRead::State::Failed;
            read.reason = win32ErrorText(GetLastError());
            return read;
        }
        struct Publisher {
            Handle metadata;
            std::string error;  // why it could not be opened
        };
        std::map<std::wstring, Publisher> publishers;  // one per provider, opened on first use
        while (read.events.size() < wanted) {
            EVT_HANDLE batch[16] = {};
            DWORD returned = 0;
            const DWORD ask = DWORD(std::min<std::size_t>(std::size(batch), wanted - read.events.size()));
            if (!EvtNext(query.get(), ask, batch, kNextTimeoutMs, 0, &returned)) {
                const DWORD code = GetLastError();
                if (code != ERROR_NO_MORE_ITEMS) {
                    read.state = AgentEventRead::State::Failed;
                    read.reason = win32ErrorText(code);
                    return read;
                }
                break;
            }
            for (DWORD i = 0; i < returned; ++i) {
                Handle event(batch[i]);
                AgentEvent out;
                std::wstring provider;
                std::string error;
                if (!renderValues(context.get(), event.get(), out, provider, error)) {
                    out.messageError = error;
                    read.events.push_back(std::move(out));
                    continue;
                }
                auto publisher = publishers.find(provider);
                if (publisher == publishers.end()) {
                    Publisher opened{Handle(provider.empty() ? nullptr : EvtOpenPublisherMetadata(nullptr, provider.c_str(), nullptr, 0, 0)), {}};
                    if (!opened.metadata)
                        opened.error = provider.empty() ? "the event names no provider" : win32ErrorText(GetLastError());
                    publisher = publishers.emplace(provider, std::move(opened)).first;
                }
                if (publisher->second.metadata)
                    formatMessage(publisher->second.metadata.get(), event.get(), out);
                else
                    out.messageError = "the provider's messages could not be opened: " + publisher->second.error;
                read.events.push_back(std::move(out));
            }
            if (returned == 0)
                break;
        }
        read.state = AgentEventRead::State::Read;
        return read;
    }
};

}  // namespace

std::unique_ptr<AgentEventLog> makeSystemAgentEventLog()
{
    return std::make_unique<Win32AgentEventLog>();
}

}  // namespace mars::platform
