#include "WelcomePage.h"

#include "MainWizard.h"
#include "checks/CloudProfile.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace mars {

WelcomePage::WelcomePage(MainWizard* wizard) : QWizardPage(wizard), m_wizard(wizard), m_cloud(new QComboBox(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    setTitle(tr("Welcome to MARS Setup Doctor"));
    setSubTitle(tr("Finds and fixes what stops the Microsoft Azure Recovery Services (MARS) agent from installing or registering."));
    setButtonText(QWizard::NextButton, tr("Start"));

    auto* intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("intro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    // Numbered by hand: Qt's rich text ignores <ol start>, and the numbers are the article's.
    const QString item = QStringLiteral("<tr><td style=\"padding:1px 8px 1px 16px\">%1.</td><td style=\"padding:1px\">%2</td></tr>");
    intro->setText(QStringLiteral("<p>%1</p><p><b>%2</b></p><table>%3%4</table><p><b>%5</b></p><table>%6%7%8%9</table>")
                       .arg(tr("The tool runs the checks from Microsoft's troubleshooting article, shows what it found, and "
                               "offers a one-click fix where one exists. Nothing is changed until you confirm a fix."),
                            tr("Installation"), item.arg(1).arg(tr("You are a local administrator, running elevated.")),
                            item.arg(2).arg(tr("The agent's folder is not System, Hidden, Compressed or Encrypted.")),
                            tr("Registration"),
                            item.arg(3).arg(tr("The firewall and proxy let this computer reach the service.")),
                            item.arg(4).arg(tr("The clock is correct.")),
                            item.arg(5).arg(tr("The Windows temporary folder is not full of .tmp files.")),
                            item.arg(6).arg(tr("The encryption passphrase matches the one used before."))));

    m_cloud->setObjectName(QStringLiteral("cloudCombo"));
    const QString language = QLocale().name();
    for (const CloudProfile& profile : CloudProfiles::builtIn())
        m_cloud->addItem(profile.displayName(language), profile.id);
    m_cloud->setCurrentIndex(qMax(0, m_cloud->findData(m_wizard->cloudId())));
    connect(m_cloud, &QComboBox::currentIndexChanged, this, [this] { m_wizard->setCloudId(m_cloud->currentData().toString()); });
    connect(m_wizard, &MainWizard::cloudChanged, this, [this](const QString& id) { m_cloud->setCurrentIndex(qMax(0, m_cloud->findData(id))); });

    auto* languages = new QComboBox(this);
    languages->setObjectName(QStringLiteral("languageCombo"));
    // Each language in its own words, so a user can find theirs whatever is shown now.
    languages->addItem(QStringLiteral("English"), QStringLiteral("en"));
    languages->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    languages->setCurrentIndex(language.startsWith(QLatin1String("zh")) ? 1 : 0);
    connect(languages, &QComboBox::activated, this, [this, languages] {
        emit m_wizard->languageRequested(languages->currentData().toString());
    });

    auto* form = new QFormLayout;
    form->addRow(tr("Your vault is in:"), m_cloud);
    form->addRow(tr("Language:"), languages);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addStretch(1);
}

}  // namespace mars
