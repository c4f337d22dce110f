#pragma once
// The agent's errors a ticket arrives with, and the checks of their causes: one table (AgentErrors.cpp), from the
// causes Microsoft's MARS troubleshooting article gives for each (Azure China edition and its variants). The Welcome
// page's "error you saw" field and --error look an error up here; the checks of its causes run first, their rows are
// marked, and the Summary and the report say which of those causes were found.
#include "checks/Message.h"

#include <QStringList>

#include <vector>

namespace mars {

struct AgentError {
    const char* id;        // what the agent shows: a decimal ID ("34513") or a hex code ("0x1FC07")
    const char* title;     // the agent's message, short; context "AgentErrors"
    QStringList phrases;   // fragments of the agent's English message text that identify it when pasted (lower case)
    QStringList checks;    // the catalogue's checks of its causes, most likely first
    Message titleMessage() const { return Message::translatable("AgentErrors", title); }
    QString idText() const { return QString::fromLatin1(id); }
};

// An error whose causes no check of this tool can examine: the wizard says so and what the article advises.
struct AdviceOnlyError {
    const char* id;
    const char* title;
    const char* advice;  // context "AgentErrors"
    QStringList phrases;
    Message titleMessage() const { return Message::translatable("AgentErrors", title); }
    Message adviceMessage() const { return Message::translatable("AgentErrors", advice); }
    QString idText() const { return QString::fromLatin1(id); }
};

const std::vector<AgentError>& agentErrors();
const std::vector<AdviceOnlyError>& adviceOnlyErrors();

// What the user typed or pasted: an ID ("34513", "Error 34513", "0x1FC07", "130055" for 0x1FC07) or the agent's
// message text. At most kMaxErrorInput characters are read. The ID wins over text; the first match in the table's
// order wins over later ones.
struct ErrorMatch {
    const AgentError* error = nullptr;
    const AdviceOnlyError* advice = nullptr;
    bool found() const { return error || advice; }
    QString idText() const { return error ? error->idText() : advice ? advice->idText() : QString(); }
};
constexpr qsizetype kMaxErrorInput = 4096;
ErrorMatch lookUpAgentError(const QString& input);

}  // namespace mars
