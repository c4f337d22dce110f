#pragma once
// The agent's last error, found without asking: the newest line of its logs' ends (the ones the support bundle
// collects) and the newest problem events of its channel (CloudBackup/Operational) that name an error of AgentErrors.
// Reads files and the event log: call it on a worker thread, never the UI thread.
#include "AgentErrorSource.h"
#include "AgentErrors.h"
#include "checks/Message.h"

#include <QStringList>

#include <optional>

namespace mars {

struct CheckContext;
namespace platform {
class Platform;
}

inline constexpr qint64 kAgentLogScanBytes = 1024 * 1024;  // of each log, from its end

struct FoundAgentError {
    MARS_DECLARE_MESSAGES(FoundAgentError)
public:
    ErrorMatch match;
    AgentErrorSource source;
    QString errorId() const { return match.idText(); }
    // "Start from error 34513 (seen in CBUICurr.errlog, last written at 09:14 today)"; `now`: what "today" is.
    Message offer(const QDateTime& now = QDateTime::currentDateTime()) const;
};

struct AgentRecordsSearch {
    std::optional<FoundAgentError> found;  // the newest of what was found
    QStringList notExamined;               // English, for the log: what could not be read, and why
};

AgentRecordsSearch findAgentsLastError(platform::Platform& platform, const CheckContext& context);

}  // namespace mars
