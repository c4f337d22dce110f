#pragma once
#include <QWizardPage>

class QComboBox;

namespace mars {

class MainWizard;

// What the tool checks, for which cloud, and a Start button.
class WelcomePage : public QWizardPage {
    Q_OBJECT
public:
    explicit WelcomePage(MainWizard* wizard);

private:
    MainWizard* m_wizard;
    QComboBox* m_cloud;
};

}  // namespace mars
