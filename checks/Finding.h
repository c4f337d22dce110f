#pragma once
// What a check can find, declared by the check itself. Each check has an `enum class Code` and a table of
// FindingSpecs, one line per code with its meaning beside it (FooCheck::findings()); a verdict is a Verdict<FooCheck>,
// whose code field takes FooCheck::Code only, so a check cannot give another check's finding. The program's code list
// (findingCatalog()) and docs/finding-codes.md are made from these tables.
#include "CheckResult.h"

#include <any>
#include <concepts>
#include <cstddef>
#include <optional>
#include <span>

namespace mars {

// The documentation articles a finding points to: the same path on learn.microsoft.com (public and US Government)
// and on docs.azure.cn (Azure China).
enum class Article { Troubleshoot, Install, SupportMatrix, Tls, Faq };

// A set of statuses, for the findings whose severity depends on what else was found (a blocked address is a
// failure when the agent needs it, a warning otherwise).
using StatusSet = unsigned;
constexpr StatusSet statusBit(Status status) { return 1u << unsigned(status); }
constexpr StatusSet kPass = statusBit(Status::Pass), kWarning = statusBit(Status::Warning), kFail = statusBit(Status::Fail),
                    kError = statusBit(Status::Error);

// Whether a finding establishes anything. One that says what could not be looked at (no file chosen, nothing of the
// agent's on this system, a value that could not be read) establishes neither that a cause is present nor absent.
enum class Examined { Yes, No };

struct FindingSpec {
    int ordinal;          // its place in the owning check's Code enum
    const char* code;     // MSD-<area>-<nnn>; never reused, never renumbered
    StatusSet statuses;   // the verdicts it comes with
    const char* meaning;  // English, for docs/finding-codes.md
    Article article;
    Examined examined = Examined::Yes;

    template <typename CodeEnum>
    constexpr FindingSpec(CodeEnum owner, const char* codeText, StatusSet statusSet, const char* meaningText, Article articlePath,
                          Examined isExamined = Examined::Yes)
        : ordinal(static_cast<int>(owner)), code(codeText), statuses(statusSet), meaning(meaningText), article(articlePath),
          examined(isExamined)
    {
    }
    QString codeText() const { return QString::fromLatin1(code); }
    bool leavesUnexamined() const { return examined == Examined::No; }
};

// For a check's static_assert: the table has one line per code, in the enum's order (Code::Count last).
template <typename CodeEnum, std::size_t N>
constexpr bool coversEachCodeInOrder(const FindingSpec (&table)[N])
{
    if (N != static_cast<std::size_t>(CodeEnum::Count))
        return false;
    for (std::size_t i = 0; i < N; ++i)
        if (table[i].ordinal != static_cast<int>(i))
            return false;
    return true;
}

// The line of Owner's table for `code`.
template <typename Owner>
const FindingSpec* findingOf(typename Owner::Code code)
{
    return &Owner::findings()[static_cast<std::size_t>(code)];
}

// A verdict as the check `Owner` builds it: CheckResult's fields, and a code that only Owner's enum fills.
template <typename Owner>
struct Verdict : CheckOutcome {
    std::optional<typename Owner::Code> code;

    // Deferred through O so that a check without facts (the session itself) still instantiates.
    template <typename O = Owner>
    void exportFacts(typename O::Facts owned) { exported = std::move(owned); }

    static Verdict error(typename Owner::Code code, const Message& reason, const Messages& evidence = {})
    {
        Verdict result;
        result.status = Status::Error;
        result.code = code;
        result.summary = reason;
        result.evidence = evidence;
        return result;
    }
    CheckResult toResult() &&
    {
        CheckResult result{std::move(*this)};
        if (code)
            result.finding = findingOf<Owner>(*code);
        return result;
    }
};

// The typed facts check `Owner` exported with its verdict (Owner::Facts); null when the result has none.
template <typename Owner>
const typename Owner::Facts* exportedFacts(const CheckResult& result)
{
    return std::any_cast<typename Owner::Facts>(&result.exported);
}

}  // namespace mars
