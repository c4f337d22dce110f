#include "ErrorFocus.h"

#include "checks/Catalog.h"
#include "checks/FindingCodes.h"

#include <QJsonArray>

namespace mars {

namespace {
Message titles(const QStringList& checkIds)
{
    QList<Message> parts;
    for (const QString& id : checkIds)
        if (const CheckSpec* spec = findCheck(id))
            parts << spec->titleMessage();
    return Message::list(parts);
}
}  // namespace

ErrorFocus::ErrorFocus(const QString& errorId, const std::function<CheckResult(const QString&)>& resultOf)
    : m_match(lookUpAgentError(errorId))
{
    for (const QString& id : causeChecks()) {
        switch (established(resultOf(id))) {
        case Established::Present: m_found << id; break;
        case Established::Absent: m_ruledOut << id; break;
        case Established::Nothing: m_notExamined << id; break;
        }
    }
}

ErrorFocus::ErrorFocus(const QString& errorId)
    : ErrorFocus(errorId, [](const QString&) { return CheckResult(); })
{
}

ErrorFocus::Established ErrorFocus::established(const CheckResult& result)
{
    if (result.finding && result.finding->leavesUnexamined())
        return Established::Nothing;
    switch (result.status) {
    case Status::Pass: return Established::Absent;
    case Status::Warning:
    case Status::Fail: return Established::Present;
    case Status::Error:  // the check could not look: nothing is known either way
    case Status::NotRun:
    case Status::Running: break;
    }
    return Established::Nothing;
}

QStringList ErrorFocus::causeChecks() const
{
    return m_match.error ? m_match.error->checks : QStringList();
}

Message ErrorFocus::heading() const
{
    if (m_match.error)
        return msg("Error %1: %2").arg(m_match.error->idText()).arg(m_match.error->titleMessage());
    if (m_match.advice)
        return msg("Error %1: %2").arg(m_match.advice->idText()).arg(m_match.advice->titleMessage());
    return {};
}

Message ErrorFocus::verdict() const
{
    if (m_match.advice)
        return m_match.advice->adviceMessage();
    if (!m_match.error)
        return {};
    Messages parts;
    if (!m_found.isEmpty())
        parts << msg("Its causes found here: %1.").arg(titles(m_found));
    else if (m_notExamined.isEmpty())
        parts << msg("None of its causes that this tool checks was found here (%1).").arg(titles(m_ruledOut));
    else
        parts << msg("None of its causes was found among those examined.");
    if (!m_ruledOut.isEmpty() && !(m_found.isEmpty() && m_notExamined.isEmpty()))
        parts << msg("Ruled out: %1.").arg(titles(m_ruledOut));
    if (!m_notExamined.isEmpty())
        parts << msg("Not examined (could not be checked, or not run yet): %1.").arg(titles(m_notExamined));
    return Message::sentences(parts);
}

QJsonObject ErrorFocus::toJson(const TextRenderer& renderer) const
{
    QJsonObject object{{QStringLiteral("id"), m_match.idText()},
                       {QStringLiteral("title"), heading().render(renderer)},
                       {QStringLiteral("verdict"), verdict().render(renderer)},
                       {QStringLiteral("causeChecks"), QJsonArray::fromStringList(causeChecks())},
                       {QStringLiteral("found"), QJsonArray::fromStringList(m_found)},
                       {QStringLiteral("ruledOut"), QJsonArray::fromStringList(m_ruledOut)},
                       {QStringLiteral("notExamined"), QJsonArray::fromStringList(m_notExamined)}};
    return object;
}

Message ErrorFocus::causeMark(const QString& errorId, const QString& checkId)
{
    const ErrorMatch match = lookUpAgentError(errorId);
    if (!match.error || !match.error->checks.contains(checkId))
        return {};
    return msg("Checks a cause of error %1").arg(match.error->idText());
}

}  // namespace mars
