#pragma once
// The antivirus check's fixes: add the missing Defender exclusions (keeping what this program added, so it can be
// put back), put back (remove exactly what it added), and copy the list for whoever runs the antivirus.
#include "../Check.h"
#include "DefenderExclusionRules.h"

namespace mars {

// "Folder: C:\...\Bin" / "Process: C:\...\cbengine.exe"
Message describeWanted(const WantedExclusion& wanted);

class AddDefenderExclusionsFix final : public Fix {
    MARS_DECLARE_MESSAGES(AddDefenderExclusionsFix)
public:
    AddDefenderExclusionsFix(std::shared_ptr<platform::Platform> platform, QList<WantedExclusion> wanted);
    Message plan() const override;
    FixOutcome apply(const CheckContext& context, FixProgress& progress) const override;

private:
    std::shared_ptr<platform::Platform> m_platform;
    QList<WantedExclusion> m_wanted;  // as judged when offered; apply reads Defender's lists again
};

class PutBackDefenderExclusionsFix final : public Fix {
    MARS_DECLARE_MESSAGES(PutBackDefenderExclusionsFix)
public:
    PutBackDefenderExclusionsFix(std::shared_ptr<platform::Platform> platform, platform::ExclusionList added);
    Message plan() const override;
    FixOutcome apply(const CheckContext& context, FixProgress& progress) const override;

private:
    std::shared_ptr<platform::Platform> m_platform;
    platform::ExclusionList m_added;
};

class CopyExclusionListFix final : public Fix {
    MARS_DECLARE_MESSAGES(CopyExclusionListFix)
public:
    explicit CopyExclusionListFix(QList<WantedExclusion> wanted);
    Message plan() const override;
    FixOutcome apply(const CheckContext& context, FixProgress& progress) const override;

private:
    QList<WantedExclusion> m_wanted;
};

}  // namespace mars
