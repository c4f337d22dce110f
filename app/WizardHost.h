#pragma once
#include "wizard/MainWizard.h"

#include <QObject>

#include <memory>

class QCoreApplication;

namespace mars {

// Owns the wizard window. Switching language rebuilds it in the new language on the same page; the session carries
// over, and what the checks found is data, so it is simply shown again in the new language: nothing runs again.
class WizardHost : public QObject {
    Q_OBJECT
public:
    WizardHost(QCoreApplication& app, MainWizard::Services services, QString language = QStringLiteral("en"));
    void open(int pageId);
    MainWizard* wizard() const { return m_wizard.get(); }
    QString language() const { return m_language; }

signals:
    void rebuilt();

private:
    void switchLanguage(const QString& language);

    QCoreApplication& m_app;
    MainWizard::Services m_services;
    std::unique_ptr<MainWizard> m_wizard;
    QString m_language;
};

}  // namespace mars
