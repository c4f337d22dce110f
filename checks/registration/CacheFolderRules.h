#pragma once
// What the agent's cache (scratch) folder must be, read from resources/agent/cache-folder.json: data with its
// sources, never numbers in logic.
#include "../Message.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace mars {

struct CacheFolderRules {
    QStringList registryValues;  // the two ScratchLocation values, as people write them
    Message registrySource;  // in the program's languages (the data gives both)
    unsigned minimumPercent = 0, recommendedPercent = 0;                  // of the backed-up data, free on the volume
    unsigned systemStateMinimumGB = 0, systemStateRecommendedGB = 0;      // more, when System State is backed up
    Message freeSpaceSource;
    QStringList fileSystems;  // "NTFS", "ReFS"
    Message volumeSource;
    Message kekSource;
    QString moveStepsUrl;

    // The built-in rules (the resource); a broken resource is a build bug and throws.
    static const CacheFolderRules& builtIn();
    static std::optional<CacheFolderRules> parse(const QByteArray& json, QString* error);
    bool fileSystemSupported(const QString& name) const;
};

}  // namespace mars
