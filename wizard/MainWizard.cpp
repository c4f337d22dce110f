#include "MainWizard.h"

#include "FixController.h"
#include "InstallationPage.h"
#include "RegistrationPage.h"
#include "SummaryPage.h"
#include "WelcomePage.h"

#include <QApplication>
#include <QClipboard>

namespace mars {

namespace {
const char* const kPageNames[] = {"welcome", "installation", "registration", "summary"};
}

MainWizard::MainWizard(const Services& services, QWidget* parent)
    : QWizard(parent), m_services(services), m_fixes(new FixController(this))
{
    setObjectName(QStringLiteral("mainWizard"));
    setWindowTitle(tr("MARS Setup Doctor"));
    // ModernStyle on every platform, on purpose: Aero's look depends on DWM composition (it is drawn black under Wine
    // and over some remote sessions), and screenshots in tickets should look the same wherever they were taken.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveCustomButton1, false);
    setMinimumSize(800, 620);
    const QPixmap logo(QStringLiteral(":/app/mars-setup-doctor.png"));
    if (!logo.isNull())
        setPixmap(QWizard::LogoPixmap, logo.scaled(48, 48, Qt::KeepAspectRatio, Qt::SmoothTransformation));

    setPage(WelcomePageId, new WelcomePage(this));
    setPage(InstallationPageId, new InstallationPage(this));
    setPage(RegistrationPageId, new RegistrationPage(this));
    setPage(SummaryPageId, new SummaryPage(this));

    connect(this, &QWizard::currentIdChanged, this, &MainWizard::updateRestartArguments);
    connect(m_fixes, &FixController::elevatedInstanceStarted, this, &QWidget::close);
    connect(m_services.session, &CheckSession::fixReady, this, &MainWizard::requestFix);
    connect(m_services.session, &CheckSession::fixFinished, this, [](const QString&, const FixRecord& record) {
        if (!record.outcome.clipboardText.isEmpty())
            QApplication::clipboard()->setText(record.outcome.clipboardText);
    });
    updateRestartArguments();
}

MainWizard::~MainWizard() = default;

QString MainWizard::pageName(int id)
{
    return id >= 0 && id < int(std::size(kPageNames)) ? QString::fromLatin1(kPageNames[id]) : QString();
}

int MainWizard::pageIdFromName(const QString& name)
{
    for (int id = 0; id < int(std::size(kPageNames)); ++id)
        if (name == QLatin1String(kPageNames[id]))
            return id;
    return -1;
}

void MainWizard::setCloudId(const QString& id)
{
    if (id == cloudId())
        return;
    CheckContext context = m_services.session->context();
    context.cloudId = id;
    m_services.session->setContext(context);
    updateRestartArguments();
    emit cloudChanged(id);
}

void MainWizard::setInstallFolder(const QString& folder)
{
    CheckContext context = m_services.session->context();
    context.installFolder = folder;
    m_services.session->setContext(context);
}

bool MainWizard::processElevated() const
{
    const Status status = m_services.session->result(QStringLiteral("admin-rights")).status;
    return status == Status::Pass || status == Status::Warning;
}

QStringList MainWizard::restartArguments() const
{
    const QString page = pageName(currentId() < 0 ? WelcomePageId : currentId());
    return {QStringLiteral("--page"), page, QStringLiteral("--cloud"), cloudId()};
}

void MainWizard::updateRestartArguments()
{
    CheckContext context = m_services.session->context();
    context.restartArguments = restartArguments();
    m_services.session->setContext(context);
}

void MainWizard::requestFix(const QString& checkId, const QString& fixId)
{
    m_fixes->request(checkId, fixId);
}

}  // namespace mars
