#pragma once
#include "checks/CheckSpec.h"

#include <QHash>
#include <QWizardPage>

class QPushButton;
class QTimer;
class QVBoxLayout;

namespace mars {

class CheckRow;
class MainWizard;
struct FixRecord;

// One catalogue section: the inputs its checks need (a folder, a passphrase) above a row per check, which run the
// first time the page is shown; "Check again" below.
class CheckPage : public QWizardPage {
    Q_OBJECT
public:
    CheckPage(const SectionSpec& section, MainWizard* wizard);
    void initializePage() override;
    void cleanupPage() override {}  // keep results and inputs when the user goes Back

private:
    void addInputs(Inputs inputs);
    void buildRows();
    void showResult(const QString& checkId);
    void showFix(const QString& checkId, const FixRecord& record);
    void updateRecheckButton();
    void showProgress();
    void orderTabs();

    QString m_section;
    MainWizard* m_wizard;
    QVBoxLayout* m_inputs;
    QVBoxLayout* m_rows;
    QPushButton* m_recheck;
    QTimer* m_progressTimer;
    QHash<QString, CheckRow*> m_rowById;
};

}  // namespace mars
