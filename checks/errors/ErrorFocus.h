#pragma once
// What the checks found about the error a run started from: which of its causes are here, which were ruled out and
// which could not be examined. One place, so the Summary page, the check rows and every report say the same.
#include "AgentErrors.h"
#include "checks/CheckResult.h"

#include <QJsonObject>

#include <functional>

namespace mars {

class ErrorFocus {
    MARS_DECLARE_MESSAGES(ErrorFocus)
public:
    // errorId: the canonical id of a looked-up error (CheckContext::agentError); empty or unknown: no focus.
    // resultOf: each cause check's result as it stands; its status and finding code say what it established.
    ErrorFocus(const QString& errorId, const std::function<CheckResult(const QString& checkId)>& resultOf);
    explicit ErrorFocus(const QString& errorId);  // before any check ran: every cause not examined

    // What a result establishes about a cause: present, absent, or nothing (an Error, a check not run or still running,
    // a verdict that says what it could not look at). Only the first two are ever "found" or "ruled out".
    enum class Established { Present, Absent, Nothing };
    static Established established(const CheckResult& result);

    bool isSet() const { return m_match.found(); }
    const ErrorMatch& match() const { return m_match; }
    QStringList causeChecks() const;    // the catalogue's checks of its causes, most likely first
    QStringList found() const { return m_found; }              // Established::Present
    QStringList ruledOut() const { return m_ruledOut; }        // Established::Absent
    QStringList notExamined() const { return m_notExamined; }  // Established::Nothing

    Message heading() const;  // "Error 34513: Invalid vault credentials provided"
    Message verdict() const;  // which causes are here, or that none was found, or the advice when none is checkable
    QJsonObject toJson(const TextRenderer& renderer) const;

    // The row's mark: this check examines a cause of the error (empty when it does not).
    static Message causeMark(const QString& errorId, const QString& checkId);

private:
    ErrorMatch m_match;
    QStringList m_found, m_ruledOut, m_notExamined;
};

}  // namespace mars
