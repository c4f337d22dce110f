#pragma once
#include "checks/Check.h"

#include <QStringList>

namespace mars {

// The options that bring a new (elevated) instance back to `context`; StartupOptionsParser, beside it, accepts exactly
// these. Every path option's value goes through `reachable` (Elevation::reachableWhenElevated: a mapped drive's path
// becomes its UNC path, which the elevated token can reach); the other options are carried as they are. Inputs come
// from their one table (checks/CheckInputs.h); of the environment, the page, the language and the log file.
QStringList restartArguments(const CheckContext& context, const PathForElevated& reachable = {});

}  // namespace mars
