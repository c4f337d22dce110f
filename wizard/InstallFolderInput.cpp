#include "InstallFolderInput.h"

#include "MainWizard.h"
#include "Prompter.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace mars {

InstallFolderInput::InstallFolderInput(MainWizard* wizard, QWidget* parent)
    : QWidget(parent), m_wizard(wizard), m_folder(new QLineEdit(this))
{
    setObjectName(QStringLiteral("installFolderInput"));
    auto* label = new QLabel(tr("Agent folder:"), this);
    m_folder->setObjectName(QStringLiteral("installFolderEdit"));
    m_folder->setPlaceholderText(tr("Where the agent is installed, or its default folder"));
    m_folder->setClearButtonEnabled(true);
    m_folder->setText(m_wizard->installFolder());
    label->setBuddy(m_folder);
    auto* browseButton = new QPushButton(tr("Browse…"), this);
    browseButton->setObjectName(QStringLiteral("browseInstallFolder"));

    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label);
    row->addWidget(m_folder, 1);
    row->addWidget(browseButton);

    connect(m_folder, &QLineEdit::editingFinished, this, &InstallFolderInput::apply);
    connect(browseButton, &QPushButton::clicked, this, &InstallFolderInput::browse);
}

void InstallFolderInput::apply()
{
    // Exactly as typed, separators aside: "D:\Agent " is another folder than "D:\Agent", and it is that one we check.
    const QString folder = QDir::toNativeSeparators(m_folder->text());
    if (folder == m_wizard->installFolder())
        return;
    m_wizard->setInstallFolder(folder);
    m_wizard->session().runChecksUsing(Input::InstallFolder);
}

void InstallFolderInput::browse()
{
    const QString chosen = m_wizard->prompter().chooseFolder(this, tr("Choose the agent's installation folder"), m_folder->text());
    if (chosen.isEmpty())
        return;
    m_folder->setText(QDir::toNativeSeparators(chosen));
    apply();
}

}  // namespace mars
