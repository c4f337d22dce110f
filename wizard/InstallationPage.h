#pragma once
#include "CheckPage.h"

class QLineEdit;

namespace mars {

// Checks 1 and 2: administrator rights, and the attributes of the folder the agent is (or will be) installed in.
class InstallationPage : public CheckPage {
    Q_OBJECT
public:
    explicit InstallationPage(MainWizard* wizard);

private:
    void applyFolder();
    void browse();
    QLineEdit* m_folder;
};

}  // namespace mars
