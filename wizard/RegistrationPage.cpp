#include "RegistrationPage.h"

#include "MainWizard.h"
#include "PassphraseInput.h"
#include "checks/Catalog.h"

#include <QLabel>
#include <QVBoxLayout>

namespace mars {

RegistrationPage::RegistrationPage(MainWizard* wizard) : CheckPage(sections::registration, wizard)
{
    setTitle(tr("Registration"));
    setSubTitle(tr("Registering the server with the vault needs the service's addresses open in the firewall and proxy, a "
                   "correct clock, room for temporary files, and the same passphrase as before."));
    inputArea()->addWidget(new PassphraseInput(wizard, this));
    inputArea()->addSpacing(6);
    if (!wizard->session().checks(sections::registration).isEmpty())
        return;
    // Until the registration checks ship, say so plainly instead of showing an empty page.
    auto* comingNext = new QLabel(this);
    comingNext->setObjectName(QStringLiteral("comingNext"));
    comingNext->setWordWrap(true);
    comingNext->setTextFormat(Qt::RichText);
    comingNext->setText(tr("<p><b>Coming next.</b> This version does not check registration yet. The next version checks:</p>"
                           "<ol start=\"3\"><li>that the firewall and proxy let this computer reach the service's addresses;</li>"
                           "<li>that the clock is within a few minutes of the correct time;</li>"
                           "<li>that C:\\Windows\\Temp is not filling up with .tmp files;</li>"
                           "<li>that the passphrase matches the one used when this server was first registered.</li></ol>"));
    inputArea()->addWidget(comingNext);
}

}  // namespace mars
