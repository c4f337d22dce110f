#include "FixController.h"

#include "Background.h"
#include "MainWizard.h"
#include "Prompter.h"

namespace mars {

FixController::FixController(MainWizard* wizard) : QObject(wizard), m_wizard(wizard) {}

void FixController::request(const QString& checkId, const QString& fixId)
{
    const CheckResult result = m_wizard->session().result(checkId);
    std::shared_ptr<const Fix> fix;
    for (const auto& offered : result.fixes)
        if (offered->id() == fixId)
            fix = offered;
    if (!fix)
        return;

    if (fix->needsElevation() && !m_wizard->processElevated() && m_wizard->platform().canRelaunchElevated()) {
        restartElevatedFor(checkId, fixId);
        return;
    }
    const QString text = tr("MARS Setup Doctor will:") + QStringLiteral("\n\n") + fix->plan();
    if (!fix->changesSystem() || m_wizard->prompter().confirm(m_wizard, fix->title(), text, fix->title()))
        m_wizard->session().applyFix(checkId, fixId);
}

void FixController::restartElevatedFor(const QString& checkId, const QString& fixId)
{
    const CheckResult result = m_wizard->session().result(checkId);
    QString plan;
    for (const auto& fix : result.fixes)
        if (fix->id() == fixId)
            plan = fix->plan();
    const QString text = plan + QStringLiteral("\n\n") +
                         tr("This needs administrator rights. MARS Setup Doctor will restart as administrator (Windows asks "
                            "for permission), check again, and ask you once more before it changes anything.");
    if (!m_wizard->prompter().confirm(m_wizard, tr("Administrator rights needed"), text, tr("Restart as administrator")))
        return;

    std::vector<std::string> arguments;
    for (const QString& argument : m_wizard->restartArguments() + QStringList{QStringLiteral("--fix"), checkId + QLatin1Char('/') + fixId})
        arguments.push_back(argument.toStdString());
    auto platform = m_wizard->sharedPlatform();
    runInBackground(this, [platform, arguments] { return platform->relaunchElevated(arguments); },
                    [this](const platform::ChangeResult& change) {
                        if (change.ok()) {
                            emit elevatedInstanceStarted();
                            return;
                        }
                        m_wizard->prompter().inform(m_wizard, tr("Could not restart as administrator"),
                                                    QString::fromStdString(change.failed.front()));
                    });
}

}  // namespace mars
