#pragma once
// The program's list of finding codes, made from the tables the checks declare (Finding.h) and the session's own.
// The reports link each code to its article in the cloud's own documentation; docs/finding-codes.md is this list for
// people (checks/tests/FindingCodesTest.cpp writes it anew and fails when it differs).
#include "Finding.h"

#include <QString>

#include <vector>

namespace mars {

struct ListedFinding {
    const FindingSpec* spec;
    const char* check;  // the catalogue's check id; "" for the session's own (any check)
};

const std::vector<ListedFinding>& findingCatalog();
const ListedFinding* findFinding(const QString& code);
// The article for `code` in the cloud's documentation, in the report's language; empty for an unknown code.
QString findingDocsUrl(const QString& code, const QString& cloudId, const QString& language);
QString articleUrl(Article article, const QString& cloudId, const QString& language);

}  // namespace mars
