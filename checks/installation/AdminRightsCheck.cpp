#include "AdminRightsCheck.h"

#include "../PlatformText.h"

namespace mars {

AdminRightsCheck::AdminRightsCheck(std::shared_ptr<platform::Platform> platform) : m_platform(std::move(platform)) {}

CheckResult AdminRightsCheck::run(const CheckContext&) const
{
    const platform::AdminStatus status = m_platform->queryAdminStatus();
    if (!status.queried)
        return CheckResult::error(tr("Could not read this account's rights."), {QString::fromStdString(status.error)});

    CheckResult result;
    const QString account = QString::fromStdString(status.account);
    result.evidence << tr("Account: %1").arg(account)
                    << tr("Member of the local Administrators group: %1").arg(status.memberOfAdministrators ? tr("yes") : tr("no"))
                    << tr("This program runs elevated (full administrator token): %1").arg(status.elevated ? tr("yes") : tr("no"));

    if (status.memberOfAdministrators && status.elevated) {
        result.status = Status::Pass;
        result.summary = tr("Running as an administrator with full rights.");
        return result;
    }
    if (status.elevated) {
        result.status = Status::Warning;
        result.summary = tr("Running elevated, but %1 is not in the local Administrators group.").arg(account);
        result.evidence << tr("Setup and registration expect a member of the local Administrators group; "
                              "if they fail with error 4024, sign in as one.");
        return result;
    }
    result.status = Status::Fail;
    if (status.memberOfAdministrators) {
        result.summary = tr("You are an administrator, but this program is not running elevated.");
        result.evidence << tr("User Account Control gives administrators a limited token until they approve elevation. "
                              "Installing and registering the agent needs the full token, or setup rolls back (error 4024).");
    } else {
        result.summary = tr("%1 is not a local administrator.").arg(account);
        result.evidence << tr("Installing and registering the agent needs a member of the local Administrators group "
                              "(otherwise setup rolls back with error 4024). Restart as administrator and enter an "
                              "administrator's name and password, or ask your IT team to add this account to the group.");
    }
    if (m_platform->canRelaunchElevated())
        result.fixes << std::make_shared<RestartElevatedFix>(m_platform);
    else
        result.evidence << tr("Run this program again with administrator rights (for example with sudo).");
    return result;
}

RestartElevatedFix::RestartElevatedFix(std::shared_ptr<platform::Platform> platform) : m_platform(std::move(platform)) {}

QString RestartElevatedFix::plan() const
{
    return tr("Windows will ask for permission to run MARS Setup Doctor as an administrator. When you allow it, this "
              "window closes and the tool opens again on the same page with full rights.");
}

FixOutcome RestartElevatedFix::apply(const CheckContext& context, FixProgress&) const
{
    std::vector<std::string> arguments;
    for (const QString& argument : context.restartArguments)
        arguments.push_back(argument.toStdString());
    FixOutcome outcome = toOutcome(m_platform->relaunchElevated(arguments));
    outcome.restartsProgram = outcome.ok();
    return outcome;
}

}  // namespace mars
