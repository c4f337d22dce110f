#pragma once
#include "../Check.h"
#include "../platform/Platform.h"

namespace mars {

// Check 1 of the article: a member of the local Administrators group, running elevated.
class AdminRightsCheck final : public CheckOf<AdminRightsCheck> {
    MARS_DECLARE_MESSAGES(AdminRightsCheck)
public:
    static constexpr char kId[] = "admin-rights";
    enum class Code { Elevated, ElevatedNotInAdministrators, NotElevated, NotAdministrator, RightsUnreadable, Count };
    static std::span<const FindingSpec> findings();
    struct Facts {
        QString account;  // "CONTOSO\alice": the support bundle hides it
    };

    explicit AdminRightsCheck(std::shared_ptr<platform::Platform> platform);
    Verdict judge(const CheckContext& context) const override;

private:
    std::shared_ptr<platform::Platform> m_platform;
};

// Starts this program again elevated, back where the user was (RunEnvironment::restartCommandLine), plus `resume` — the fix the new
// instance offers again once its fresh check still calls for it. The restart itself is a fix like any other: it is
// asked for, recorded in the fix history and the report.
class RestartElevatedFix final : public Fix {
    MARS_DECLARE_MESSAGES(RestartElevatedFix)
public:
    RestartElevatedFix(std::shared_ptr<platform::Platform> platform, QString resume = {}, Message resumePlan = {});
    Message plan() const override;
    bool needsElevation(const CheckContext&) const override { return false; }  // it is the way to elevation
    FixOutcome apply(const CheckContext& context, FixProgress& progress) const override;

private:
    std::shared_ptr<platform::Platform> m_platform;
    QString m_resume;  // "check/fix", or empty
    Message m_resumePlan;
};

}  // namespace mars
