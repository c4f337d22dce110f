#pragma once
#include <QHash>
#include <QWizardPage>

class QPushButton;
class QTimer;
class QVBoxLayout;

namespace mars {

class CheckRow;
class MainWizard;
struct FixRecord;

// A page that shows one section's checks as rows, runs them the first time it is shown, and offers "Check again".
// Subclasses put their inputs (a folder, a file) above the rows with inputArea().
class CheckPage : public QWizardPage {
    Q_OBJECT
public:
    CheckPage(const QString& section, MainWizard* wizard);
    void initializePage() override;
    void cleanupPage() override {}  // keep results and inputs when the user goes Back

protected:
    MainWizard* doctor() const { return m_wizard; }
    QVBoxLayout* inputArea() const { return m_inputs; }

private:
    void buildRows();
    void showResult(const QString& checkId);
    void showFix(const QString& checkId, const FixRecord& record);
    void updateRecheckButton();
    void showProgress();

    QString m_section;
    MainWizard* m_wizard;
    QVBoxLayout* m_inputs;
    QVBoxLayout* m_rows;
    QPushButton* m_recheck;
    QTimer* m_progressTimer;
    QHash<QString, CheckRow*> m_rowById;
};

}  // namespace mars
