#pragma once
#include <QDateTime>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace mars {

class MainWizard;

// The vault credentials file to check (Input::VaultCredentials): typed, browsed, or dropped anywhere on the window.
// The newest *.VaultCredentials in the user's Downloads and Desktop is offered by name — shown, never used until the
// user says so. Those folders are listed on a worker thread (they may be on a server).
class VaultCredentialsInput : public QWidget {
    Q_OBJECT
public:
    explicit VaultCredentialsInput(MainWizard* wizard, QWidget* parent = nullptr);

    // Where the newest file is looked for: Downloads and Desktop; tests point it elsewhere.
    static QStringList searchFolders();
    static void setSearchFoldersForTesting(const QStringList& folders);
    static QString newestVaultFile(const QStringList& folders);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void apply(const QString& path);
    void browse();
    void showSuggestion();
    void offer(const QString& path, const QDateTime& saved);
    MainWizard* m_wizard;
    QLineEdit* m_file;
    QLabel* m_suggestion;
    QPushButton* m_useSuggestion;
    QString m_suggested;
    quint64 m_generation = 0;  // of the newest look into Downloads and Desktop: older answers are dropped
};

}  // namespace mars
