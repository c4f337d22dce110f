#include "AdminRightsCheck.h"

#include "../Catalog.h"
#include "../PlatformText.h"

namespace mars {

std::span<const FindingSpec> AdminRightsCheck::findings()
{
    using A = Article;
    static constexpr FindingSpec table[] = {
        {Code::Elevated, "MSD-ADM-001", kPass, "Running as a local administrator with a full (elevated) token.", A::Install},
        {Code::ElevatedNotInAdministrators, "MSD-ADM-002", kWarning, "Running elevated, but the account is not in the local Administrators group.", A::Install},
        {Code::NotElevated, "MSD-ADM-003", kFail, "The account is an administrator, but the program runs with a limited token (not elevated).", A::Install},
        {Code::NotAdministrator, "MSD-ADM-004", kFail, "The account is not a local administrator: setup rolls back (error 4024).", A::Install},
        {Code::RightsUnreadable, "MSD-ADM-005", kError, "The account's rights could not be read.", A::Install},
    };
    static_assert(coversEachCodeInOrder<Code>(table));
    return table;
}

AdminRightsCheck::AdminRightsCheck(std::shared_ptr<platform::Platform> platform) : m_platform(std::move(platform)) {}

AdminRightsCheck::Verdict AdminRightsCheck::judge(const CheckContext&) const
{
    const platform::AdminStatus status = m_platform->elevation().queryAdminStatus();
    if (!status.queried)
        return Verdict::error(Code::RightsUnreadable, msg("Could not read this account's rights."), {Message::plain(QString::fromStdString(status.error))});

    Verdict result;
    const QString account = QString::fromStdString(status.account);
    result.facts = {{QStringLiteral("account"), account},
                    {QStringLiteral("uacDisabled"), status.uacDisabled},
                    {QStringLiteral("administratorsMember"), status.memberOfAdministrators},
                    {QStringLiteral("elevated"), status.elevated}};
    result.exportFacts(Facts{account});
    result.evidence << msg("Account: %1").arg(account)
                    << msg("Member of the local Administrators group: %1").arg(status.memberOfAdministrators ? msg("yes") : msg("no"))
                    << msg("This program runs elevated (full administrator token): %1").arg(status.elevated ? msg("yes") : msg("no"));

    if (status.memberOfAdministrators && status.elevated) {
        result.status = Status::Pass;
        result.code = Code::Elevated;
        result.summary = msg("Running as an administrator with full rights.");
        return result;
    }
    if (status.elevated) {
        result.status = Status::Warning;
        result.code = Code::ElevatedNotInAdministrators;
        result.summary = msg("Running elevated, but %1 is not in the local Administrators group.").arg(account);
        result.evidence << msg("Setup and registration expect a member of the local Administrators group; "
                               "if they fail with error 4024, sign in as one.");
        return result;
    }
    result.status = Status::Fail;
    result.code = status.memberOfAdministrators ? Code::NotElevated : Code::NotAdministrator;
    if (status.memberOfAdministrators) {
        result.summary = msg("You are an administrator, but this program is not running elevated.");
        result.evidence << msg("User Account Control gives administrators a limited token until they approve elevation. "
                               "Installing and registering the agent needs the full token, or setup rolls back (error 4024).");
    } else {
        result.summary = msg("%1 is not a local administrator.").arg(account);
        result.evidence << msg("Installing and registering the agent needs a member of the local Administrators group "
                               "(otherwise setup rolls back with error 4024). Restart as administrator and enter an "
                               "administrator's name and password, or ask your IT team to add this account to the group.");
    }
    if (m_platform->elevation().canRelaunchElevated())
        result.fixes << std::make_shared<RestartElevatedFix>(m_platform);
    else if (status.uacDisabled)
        result.evidence << msg("User Account Control is turned off on this computer, so Windows cannot raise this account's "
                               "rights: sign out and sign in with an administrator account, then run this program again.");
    else
        result.evidence << msg("Run this program again with administrator rights (for example with sudo).");
    return result;
}

RestartElevatedFix::RestartElevatedFix(std::shared_ptr<platform::Platform> platform, QString resume, Message resumePlan)
    : Fix(fixes::restartElevated), m_platform(std::move(platform)), m_resume(std::move(resume)), m_resumePlan(std::move(resumePlan))
{
}

Message RestartElevatedFix::plan() const
{
    if (!m_resume.isEmpty())
        return msg("%1\n\nThis needs administrator rights. MARS Setup Doctor will restart as administrator (Windows asks "
                   "for permission), check again, and ask you once more before it changes anything.")
            .arg(m_resumePlan);
    return msg("Windows will ask for permission to run MARS Setup Doctor as an administrator. When you allow it, this "
               "window closes and the tool opens again on the same page with full rights.");
}

FixOutcome RestartElevatedFix::apply(const CheckContext& context, FixProgress&) const
{
    if (!context.environment.restartCommandLine) {
        FixOutcome outcome;
        outcome.failures << msg("This program cannot start itself again here; start it with \"Run as administrator\".");
        return outcome;
    }
    platform::Elevation& elevation = m_platform->elevation();
    QStringList arguments = context.environment.restartCommandLine(context, [&elevation](const QString& path) {
        return QString::fromStdString(elevation.reachableWhenElevated(path.toStdString()));
    });
    if (!m_resume.isEmpty())
        arguments << QStringLiteral("--fix") << m_resume;
    std::vector<std::string> utf8;
    for (const QString& argument : std::as_const(arguments))
        utf8.push_back(argument.toStdString());
    FixOutcome outcome = toOutcome(m_platform->elevation().relaunchElevated(utf8, context.environment.ownerWindow));
    outcome.restartsProgram = outcome.ok();
    return outcome;
}

}  // namespace mars
