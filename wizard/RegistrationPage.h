#pragma once
#include "CheckPage.h"

namespace mars {

// Checks 3 to 6: network, clock, temporary files, passphrase.
class RegistrationPage : public CheckPage {
    Q_OBJECT
public:
    explicit RegistrationPage(MainWizard* wizard);
};

}  // namespace mars
