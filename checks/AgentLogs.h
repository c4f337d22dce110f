#pragma once
// The agent's own logs, where the articles say they are, and how their text is decoded: one place for the support
// bundle (which copies their ends) and the search for the agent's last error (which reads them).
#include <QByteArray>
#include <QList>
#include <QString>

namespace mars {

struct CheckContext;
namespace platform {
class Platform;
}

struct AgentLogFile {
    QString path;          // where it is on this computer
    QString nameInBundle;  // e.g. "agent-logs/CBEngineCurr.errlog"
};

// The engine's logs (CBEngineCurr.errlog, CBUICurr.errlog) in <install>\Temp, and the setup logs
// (OBInstaller0Curr.errlog, OBPatch.log) in each of the agent's temp folders; the context's --install-folder and
// --temp-folder stand in for them as they do for the checks.
QList<AgentLogFile> agentLogFiles(platform::Platform& platform, const CheckContext& context);

enum class LogEncoding { Utf8, Utf16LE, Utf16BE };

// The agent's logs may be UTF-16 (with or without a byte-order mark); ours are UTF-8. The mark is looked for in the
// file's head, not in the tail: the tail of a long log starts mid-file, without it. Without a mark, a tail whose odd
// bytes are mostly zeros is UTF-16LE text (the agent's logs are mostly ASCII).
LogEncoding logEncoding(const QByteArray& head, const QByteArray& tail);
// The text of a tail; fromFileStart: the bytes begin the file, so a byte-order mark there is dropped.
QString decodeLog(const QByteArray& bytes, bool fromFileStart, LogEncoding encoding);

}  // namespace mars
