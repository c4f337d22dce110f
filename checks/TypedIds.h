#pragma once
// A check's id and its finding codes as text, taken from the check's own declarations: what other modules and tests
// write instead of quoting the id or the code (checks/tests/QuotedIdsTest.cpp fails on a quoted one).
#include "Finding.h"

#include <QString>

namespace mars {

// The catalogue id of check CheckType (its kId).
template <typename CheckType>
QString id()
{
    return QString::fromLatin1(CheckType::kId);
}

// The published text of Owner's `code` ("MSD-..."), for data that carries codes as text (a report read back, a
// fleet's reports).
template <typename Owner>
QString codeText(typename Owner::Code code)
{
    return findingOf<Owner>(code)->codeText();
}

}  // namespace mars
