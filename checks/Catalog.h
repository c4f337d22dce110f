#pragma once
#include "CheckSession.h"
#include "platform/Platform.h"
#include "secret/PassphraseStore.h"

namespace mars {

namespace sections {
inline const QString installation = QStringLiteral("installation");
inline const QString registration = QStringLiteral("registration");
}  // namespace sections

// Every "check/fix" id the command line accepts (--fix): a fixed list, never a free-form command. An elevated restart
// is handed one of these, and the fix is applied only if the fresh check still offers it.
QStringList knownFixes();

// Every check the program runs, in the article's order, on the given platform (the real one, or a fake in tests).
// The passphrase check reads what the user typed from `passphrases`.
void addAllChecks(CheckSession& session, const std::shared_ptr<platform::Platform>& platform,
                  const std::shared_ptr<PassphraseStore>& passphrases = std::make_shared<PassphraseStore>());

}  // namespace mars
