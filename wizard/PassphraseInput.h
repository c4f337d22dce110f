#pragma once
#include <QWidget>

class QLabel;
class QLineEdit;

namespace mars {

class MainWizard;

// The passphrase entry of the Registration page: a masked field, the saved passphrase file, "Check passphrase".
// What is typed goes into a wiped SecretBuffer in the wizard's PassphraseStore and the field is cleared at once.
class PassphraseInput : public QWidget {
    Q_OBJECT
public:
    explicit PassphraseInput(MainWizard* wizard, QWidget* parent = nullptr);

private:
    void takePassphrase();
    void chooseFile();
    void forget();
    void showState();

    MainWizard* m_wizard;
    QLineEdit* m_edit;
    QLabel* m_state;
};

}  // namespace mars
