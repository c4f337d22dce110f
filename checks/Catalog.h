#pragma once
// The check catalogue: every section, check and fix, declared once. The Welcome page's list, the pages and their
// inputs, the Summary and report sections, --help's fix list, --fix validation, the elevated restart's allow-list and
// the report schema's enumerations (checked by a test) all come from here.
#include "Check.h"
#include "CheckSpec.h"

#include <QStringList>

namespace mars {

class CheckSession;

// The fixes, by name, so a check offers one with `std::make_shared<SomeFix>(fixes::clearTmpFiles, ...)` and can
// offer nothing the catalogue does not know.
namespace fixes {
extern const FixSpec restartElevated;
extern const FixSpec clearFolderAttributes;
extern const FixSpec copyAllowList;
extern const FixSpec openProxySettings;
extern const FixSpec giveAgentProxy;
extern const FixSpec copyAccountProxyToWinHttp;
extern const FixSpec putBackProxy;
extern const FixSpec retry;
extern const FixSpec resyncClock;
extern const FixSpec setClock;
extern const FixSpec clearTmpFiles;
extern const FixSpec startAgentService;
extern const FixSpec turnOnTls12;
extern const FixSpec putBackTls;
extern const FixSpec restartAgentService;
extern const FixSpec copyVaultFile;
extern const FixSpec useFileCloud;
extern const FixSpec testSignIn;
extern const FixSpec addDefenderExclusions;
extern const FixSpec putBackDefenderExclusions;
extern const FixSpec copyExclusionList;
extern const FixSpec enableBackupTask;
extern const FixSpec putBackBackupTask;
extern const FixSpec restoreModulePath;
extern const FixSpec putBackModulePath;
}  // namespace fixes

const std::vector<SectionSpec>& sections();  // in the article's order
const std::vector<CheckSpec>& checkCatalog();  // in the article's order within each section
const SectionSpec* findSection(const QString& id);
const CheckSpec* findCheck(const QString& id);

// Every "check/fix" id that --fix accepts and an elevated restart may be handed: a fixed list, never a free-form
// command. The fix is applied only if the fresh check still offers it.
QStringList knownFixes();

// Every check of the catalogue, made with these services (the real platform, or a fake in tests).
void addAllChecks(CheckSession& session, const CheckServices& services);
// The vault file's certificate is kept while the session runs checks (from a check's start to idle), so the checks
// of one run share one parse of it; addAllChecks does this for the source its checks share.
void holdVaultFileWhileRunning(CheckSession& session, std::shared_ptr<VaultFileSource> source);

}  // namespace mars
