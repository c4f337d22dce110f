#pragma once
#include <QWizardPage>

class QLabel;
class QTreeWidget;

namespace mars {

class MainWizard;

// Every check's verdict on one page, and the fixes applied in this session.
class SummaryPage : public QWizardPage {
    Q_OBJECT
public:
    explicit SummaryPage(MainWizard* wizard);
    void initializePage() override;

private:
    void refresh();
    void compareWithEarlier();   // asks for the earlier JSON report, reads it off the UI thread
    void showComparison();
    QLabel* m_comparison;
    MainWizard* m_wizard;
    QLabel* m_headline;
    QLabel* m_errorFocus;  // the agent's error the run started from: which of its causes are here
    QTreeWidget* m_table;
    QLabel* m_fixes;
};

}  // namespace mars
