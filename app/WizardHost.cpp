#include "WizardHost.h"

#include "Translations.h"

#include <QTimer>

#include <spdlog/spdlog.h>

namespace mars {

WizardHost::WizardHost(QCoreApplication& app, MainWizard::Services services, QString language)
    : m_app(app), m_services(std::move(services)), m_language(std::move(language))
{
}

void WizardHost::open(int pageId)
{
    m_wizard = std::make_unique<MainWizard>(m_services);
    m_wizard->openAt(pageId);
    connect(m_wizard.get(), &MainWizard::languageRequested, this, [this](const QString& language) {
        // Not from inside the old window's own signal: it is deleted by the rebuild.
        QTimer::singleShot(0, this, [this, language] { switchLanguage(language); });
    });
    m_wizard->show();
}

void WizardHost::switchLanguage(const QString& language)
{
    const int page = m_wizard ? m_wizard->currentId() : MainWizard::WelcomePageId;
    const QRect geometry = m_wizard ? m_wizard->geometry() : QRect();
    m_language = installTranslations(m_app, language);
    spdlog::info("language: {}", m_language.toStdString());
    CheckContext context = m_services.session->context();
    context.environment.language = m_language;  // an elevated restart keeps it
    m_services.session->setContext(context);
    open(page < 0 ? MainWizard::WelcomePageId : page);
    if (geometry.isValid())
        m_wizard->setGeometry(geometry);
    emit rebuilt();
}

}  // namespace mars
