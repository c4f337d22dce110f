#pragma once
#include "checks/errors/LastAgentError.h"

#include <QWizardPage>

#include <optional>

class QCheckBox;
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
    // The agent's last error, found on a worker thread; accept: ticked (and used) at once.
    void offer(const AgentRecordsSearch& search, bool accept);
    void applyErrorChoice();                       // the field, else the accepted offer, else none

    MainWizard* m_wizard;
    QComboBox* m_cloud;
    QLineEdit* m_error;      // the error the agent showed: an ID or its pasted message
    QLabel* m_errorMatch;    // what the tool makes of it
    QWidget* m_foundRow;      // the offer and its line, shown once something is found
    QCheckBox* m_foundOffer;  // "Start from error 34513 (seen in CBUICurr.errlog, last written at 09:14 today)"
    QLabel* m_foundLine;      // the line that names it, escaped and bounded
    std::optional<FoundAgentError> m_found;
};

}  // namespace mars
