#pragma once
// The files in the source tree that are made from the catalogue and the checks' finding tables, not written by hand:
// docs/finding-codes.md's table and the report schema's catalogue enumerations. mars_codegen writes them (the target
// update_generated_docs); the tests compare the committed files with what it would write.
#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace mars::codegen {

struct GeneratedFile {
    const char* path;  // relative to the source tree
    // The file's new contents, made from `current` (its hand-written parts kept as they are); nullopt, with `error`
    // set, when `current` lacks the place the generated part goes.
    std::optional<QByteArray> (*regenerate)(const QByteArray& current, QString* error);
};

const std::vector<GeneratedFile>& generatedFiles();

// What a test that finds a committed file different says to do.
inline constexpr char kUpdateCommand[] = "run cmake --build build --target update_generated_docs";

}  // namespace mars::codegen
