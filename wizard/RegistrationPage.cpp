#include "RegistrationPage.h"

#include "MainWizard.h"
#include "PassphraseInput.h"
#include "checks/Catalog.h"

#include <QVBoxLayout>

namespace mars {

RegistrationPage::RegistrationPage(MainWizard* wizard) : CheckPage(sections::registration, wizard)
{
    setTitle(tr("Registration"));
    setSubTitle(tr("Registering the server with the vault needs the service's addresses open in the firewall and proxy, a "
                   "correct clock, room for temporary files, and the same passphrase as before."));
    inputArea()->addWidget(new PassphraseInput(wizard, this));
    inputArea()->addSpacing(6);
}

}  // namespace mars
