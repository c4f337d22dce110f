#include "InstallationPage.h"

#include "MainWizard.h"
#include "Prompter.h"
#include "checks/Catalog.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mars {

InstallationPage::InstallationPage(MainWizard* wizard) : CheckPage(sections::installation, wizard), m_folder(new QLineEdit(this))
{
    setTitle(tr("Installation"));
    setSubTitle(tr("Installing the agent needs a local administrator running elevated, and an installation folder that is "
                   "not System, Hidden, Compressed or Encrypted."));

    auto* label = new QLabel(tr("Agent folder:"), this);
    m_folder->setObjectName(QStringLiteral("installFolderEdit"));
    m_folder->setPlaceholderText(tr("Where the agent is installed, or its default folder"));
    m_folder->setClearButtonEnabled(true);
    label->setBuddy(m_folder);
    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("browseInstallFolder"));

    auto* row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_folder, 1);
    row->addWidget(browse);
    inputArea()->addLayout(row);
    inputArea()->addSpacing(6);

    connect(m_folder, &QLineEdit::editingFinished, this, &InstallationPage::applyFolder);
    connect(browse, &QPushButton::clicked, this, &InstallationPage::browse);
}

void InstallationPage::applyFolder()
{
    const QString folder = QDir::toNativeSeparators(m_folder->text().trimmed());
    if (folder == doctor()->installFolder())
        return;
    doctor()->setInstallFolder(folder);
    doctor()->session().run(QStringLiteral("install-folder"));
}

void InstallationPage::browse()
{
    const QString chosen = doctor()->prompter().chooseFolder(this, tr("Choose the agent's installation folder"), m_folder->text());
    if (chosen.isEmpty())
        return;
    m_folder->setText(QDir::toNativeSeparators(chosen));
    applyFolder();
}

}  // namespace mars
