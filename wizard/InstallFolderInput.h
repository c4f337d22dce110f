#pragma once
#include <QWidget>

class QLineEdit;

namespace mars {

class MainWizard;

// The agent's folder to check (Input::InstallFolder): typed or browsed; empty means where the agent is installed.
class InstallFolderInput : public QWidget {
    Q_OBJECT
public:
    explicit InstallFolderInput(MainWizard* wizard, QWidget* parent = nullptr);

private:
    void apply();
    void browse();
    MainWizard* m_wizard;
    QLineEdit* m_folder;
};

}  // namespace mars
