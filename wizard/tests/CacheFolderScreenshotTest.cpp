// The cache-folder row as a helpdesk sees it when it fails, in English and Chinese, over the fake platform (a cache
// folder on a network share whose two ScratchLocation values differ cannot be set up on the build machine).
// Screenshots: cache-folder-failing-{en,zh}.png (the row) and -window.png under <build>/screenshots.
#include "checks/registration/CacheFolderCheck.h"
#include "checks/TypedIds.h"
#include "tests/support/Screenshots.h"
#include "tests/support/WizardHarness.h"
#include "app/Translations.h"

#include <QApplication>
#include <QLabel>
#include <QScrollArea>

using namespace mars;

namespace {
void showFailingCacheFolder(const QString& language, const QString& verdictWord)
{
    test::Harness h;
    h.wizard->resize(820, 760);  // room for the open row's evidence lines
    const std::filesystem::path scratch = "S:/MARS/Scratch";
    h.fake->registration = {true, false, scratch, "C:/Program Files/Microsoft Azure Recovery Services Agent/Scratch"};
    platform::FolderStorage storage;
    storage.state = platform::AttributeRead::State::Found;
    storage.isDirectory = true;
    storage.compressed = true;
    storage.volumeRoot = "//fileserver/backup/";
    storage.kind = platform::VolumeKind::Network;
    storage.volumeRead = true;
    storage.fileSystem = "NTFS";
    storage.spaceRead = true;
    storage.freeBytes = std::uint64_t(12) << 30;
    storage.totalBytes = std::uint64_t(100) << 30;
    h.fake->storage[scratch] = storage;

    h.wizard->setStartId(MainWizard::pageIdFromName(QStringLiteral("registration")));
    h.wizard->restart();
    REQUIRE(h.waitSettled());
    CHECK(h.shownStatus(id<CacheFolderCheck>()) == Status::Fail);
    CheckRow* row = h.row(id<CacheFolderCheck>());
    REQUIRE(row);
    CHECK(row->findChild<QLabel*>("verdict")->text().contains(verdictWord));
    test::Harness::openRow(row);
    test::saveScreenshot(*row, QStringLiteral("cache-folder-failing-") + language);
    test::saveScreenshot(*h.wizard, QStringLiteral("cache-folder-failing-") + language + QStringLiteral("-window"));
}
}  // namespace

TEST_CASE("a cache folder on a network share, its values differing, in English", "[gui][cache]")
{
    showFailingCacheFolder(QStringLiteral("en"), QStringLiteral("34506"));
}

TEST_CASE("a cache folder on a network share, its values differing, in Simplified Chinese", "[gui][zh][cache]")
{
    REQUIRE(installTranslations(*qApp, QStringLiteral("zh_CN")) == "zh_CN");
    showFailingCacheFolder(QStringLiteral("zh"), QStringLiteral("34506"));
    installTranslations(*qApp, QStringLiteral("en"));
}
