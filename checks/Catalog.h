#pragma once
#include "CheckSession.h"
#include "platform/Platform.h"

namespace mars {

namespace sections {
inline const QString installation = QStringLiteral("installation");
inline const QString registration = QStringLiteral("registration");
}  // namespace sections

// "check/fix" ids a restarted (elevated) instance may be asked to resume: a fixed list, never a free-form command.
QStringList resumableFixes();

// Every check the program runs, in the article's order, on the given platform (the real one, or a fake in tests).
void addAllChecks(CheckSession& session, const std::shared_ptr<platform::Platform>& platform);

}  // namespace mars
