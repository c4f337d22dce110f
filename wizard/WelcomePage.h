#pragma once
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace mars {

class MainWizard;

// What the tool checks, for which cloud, and a Start button.
class WelcomePage : public QWizardPage {
    Q_OBJECT
public:
    explicit WelcomePage(MainWizard* wizard);
    bool validatePage() override;  // Start: the checks of the error's causes run at once

private:
    void showErrorMatch();

    MainWizard* m_wizard;
    QComboBox* m_cloud;
    QLineEdit* m_error;      // the error the agent showed: an ID or its pasted message
    QLabel* m_errorMatch;    // what the tool makes of it
};

}  // namespace mars
