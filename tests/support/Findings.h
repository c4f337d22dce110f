#pragma once
// Tests that stand in for a check (a scripted check, a report of another machine) give its verdict by published code.
#include "checks/FindingCodes.h"

namespace mars::test {

inline const FindingSpec* finding(const char* code)
{
    const ListedFinding* listed = code ? findFinding(QLatin1String(code)) : nullptr;
    return listed ? listed->spec : nullptr;
}

}  // namespace mars::test
