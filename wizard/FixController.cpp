#include "FixController.h"

#include "MainWizard.h"
#include "Prompter.h"
#include "checks/installation/AdminRightsCheck.h"

namespace mars {

FixController::FixController(MainWizard* wizard) : QObject(wizard), m_wizard(wizard) {}

void FixController::request(const QString& checkId, const QString& fixId)
{
    CheckSession& session = m_wizard->session();
    std::shared_ptr<const Fix> fix;
    for (const auto& offered : session.result(checkId).fixes)
        if (offered->id() == fixId)
            fix = offered;
    if (!fix)
        return;

    if (fix->needsElevation(session.context()) && m_wizard->platform().elevation().canRelaunchElevated()) {
        fix = std::make_shared<RestartElevatedFix>(m_wizard->sharedPlatform(), checkId + QLatin1Char('/') + fixId, fix->plan());
        if (m_wizard->prompter().confirm(m_wizard, tr("Administrator rights needed"), fix->plan().render(), fix->title().render()))
            session.applyFixOnBehalf(checkId, fix);
        return;
    }
    const QString text = tr("MARS Setup Doctor will:") + QStringLiteral("\n\n") + fix->plan().render();
    if (!fix->changesSystem() || m_wizard->prompter().confirm(m_wizard, fix->title().render(), text, fix->title().render()))
        session.applyFix(checkId, fixId);
}

}  // namespace mars
