#pragma once
// Finding a known error in the agent's own words: a line of its log or an event's message that names an error of
// AgentErrors. Only what is documented is looked for: the table's IDs (decimal, or the same number in 0x hex) and the
// fragments of its messages Microsoft's articles quote. No log format is assumed: a line is plain text, nothing in it
// is read as a date, a level or a field. The text is untrusted (a log in a folder every user can write): every bound
// below holds whatever it holds, and the line shown has its control and bidirectional characters escaped.
#include "AgentErrors.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace mars {

inline constexpr qsizetype kMaxScannedLines = 20000;      // from the end: the newest
inline constexpr qsizetype kMaxScannedLineChars = 4096;   // of each line, from its start
inline constexpr qsizetype kMaxShownLineChars = 240;      // of the line shown, before escaping

struct ErrorLine {
    ErrorMatch match;
    bool byId = false;  // by its ID rather than its message's words
    QString shown;      // the line (around the match when it is long), escaped, at most kMaxShownLineChars characters
                        // before escaping, "…" where it was cut
};

// The error one line names, if any. An ID counts as a whole number: not inside a longer number, a word or a dotted
// version ("2.0.9083.0"). An ID under five digits (4024, 1612) is too common a number to count alone: only right
// after the word "error" ("Error 4024", "error code: 1612"). The 403 of a vault file's download is the portal's, never
// the agent's, and is not looked for. The ID wins over the words.
std::optional<ErrorLine> knownErrorInLine(QStringView line);

// The newest (last) line of `text` that names a known error; lines are read from the end, at most kMaxScannedLines.
std::optional<ErrorLine> newestKnownError(QStringView text);

}  // namespace mars
