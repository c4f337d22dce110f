#pragma once
// Which antivirus exclusions the agent needs and whether Defender's lists cover them. The troubleshooting article
// (34513's causes; windows.md "Antivirus") asks for <install>\Scratch\*, <install>\Bin\* and cbengine.exe. Windows
// compares paths without regard to case; Defender takes "C:\x", "C:\x\" and "C:\x\*" for the same folder, and a
// folder's exclusion covers everything below it (Microsoft Learn, "Configure and validate exclusions based on file
// extension and folder location").
#include "../platform/AntivirusExclusions.h"

#include <QList>
#include <QString>

#include <filesystem>

namespace mars {

struct WantedExclusion {
    enum class Kind { Folder, Process };
    Kind kind = Kind::Folder;
    QString item;       // the folder, or cbengine.exe's full path
    QString coveredBy;  // the entry that covers it (empty: none)
    bool fromPolicy = false;
    bool covered() const { return !coveredBy.isEmpty(); }
};

// <cache folder> (the agent's recorded ScratchLocation, else <install>\Scratch), <install>\Bin, <install>\Bin\cbengine.exe.
QList<WantedExclusion> wantedExclusions(const std::filesystem::path& install, const std::filesystem::path& recordedCache);

// The entries that apply (the policy's; the local ones too unless DisableLocalAdminMerge), marked against `wanted`.
void markCovered(QList<WantedExclusion>& wanted, const platform::DefenderExclusions& found);

// Whether the path exclusion `entry` covers `folder` (the same folder, or one above it).
bool pathExclusionCovers(const QString& entry, const QString& folder);
// Whether the process exclusion `entry` covers the program at `program` (its name alone, or its full path).
bool processExclusionCovers(const QString& entry, const QString& program);

// What to add for the ones not covered, as MSFT_MpPreference takes them.
platform::ExclusionList missingExclusions(const QList<WantedExclusion>& wanted);

}  // namespace mars
