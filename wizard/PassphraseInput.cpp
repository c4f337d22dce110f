#include "PassphraseInput.h"

#include "MainWizard.h"
#include "Prompter.h"

#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace mars {

PassphraseInput::PassphraseInput(MainWizard* wizard, QWidget* parent)
    : QWidget(parent), m_wizard(wizard), m_edit(new QLineEdit(this)), m_state(new QLabel(this))
{
    m_state->setTextFormat(Qt::PlainText);
    setObjectName(QStringLiteral("passphraseInput"));
    m_edit->setObjectName(QStringLiteral("passphraseEdit"));
    m_edit->setEchoMode(QLineEdit::Password);  // never echoed; copy and drag are disabled in this mode
    m_edit->setContextMenuPolicy(Qt::NoContextMenu);
    m_edit->setAttribute(Qt::WA_InputMethodEnabled, false);  // ASCII only; keeps input-method candidate windows out
    m_edit->setPlaceholderText(tr("Only if this server was registered before"));
    auto* label = new QLabel(tr("Passphrase:"), this);
    label->setBuddy(m_edit);
    auto* check = new QPushButton(tr("Check passphrase"), this);
    check->setObjectName(QStringLiteral("checkPassphrase"));
    auto* file = new QPushButton(tr("Saved passphrase file…"), this);
    file->setObjectName(QStringLiteral("passphraseFileButton"));
    auto* forgetButton = new QPushButton(tr("Forget"), this);
    forgetButton->setObjectName(QStringLiteral("forgetPassphrase"));
    m_state->setObjectName(QStringLiteral("passphraseState"));
    m_state->setWordWrap(true);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label, 0, 0);
    layout->addWidget(m_edit, 0, 1);
    layout->addWidget(check, 0, 2);
    layout->addWidget(file, 1, 1, Qt::AlignLeft);
    layout->addWidget(forgetButton, 1, 2);
    layout->addWidget(m_state, 2, 1, 1, 2);
    layout->setColumnStretch(1, 1);

    connect(check, &QPushButton::clicked, this, &PassphraseInput::takePassphrase);
    connect(m_edit, &QLineEdit::returnPressed, this, &PassphraseInput::takePassphrase);
    connect(file, &QPushButton::clicked, this, &PassphraseInput::chooseFile);
    connect(forgetButton, &QPushButton::clicked, this, &PassphraseInput::forget);
    showState();
}

void PassphraseInput::takePassphrase()
{
    // What Qt still copies, and we cannot wipe: the line edit's own text buffer and undo history (freed, not
    // overwritten, by clear()), and the QString text() returns. Our UTF-8 copy is wiped here; the secret then
    // lives only in a SecretBuffer, wiped when dropped.
    QByteArray bytes = m_edit->text().toUtf8();
    m_edit->clear();
    if (!bytes.isEmpty())
        m_wizard->passphrases().setPassphrase(SecretBuffer(std::string_view(bytes.constData(), std::size_t(bytes.size()))));
    wipeMemory(bytes.data(), std::size_t(bytes.size()));
    showState();
    m_wizard->session().runChecksUsing(Input::Passphrase);
}

void PassphraseInput::chooseFile()
{
    const QString file = m_wizard->prompter().chooseFile(this, tr("The passphrase file saved at the first registration"),
                                                         tr("Passphrase files (*.txt);;All files (*)"));
    if (file.isEmpty())
        return;
    m_wizard->passphrases().setPassphraseFile(file);
    showState();
    m_wizard->session().runChecksUsing(Input::Passphrase);
}

void PassphraseInput::forget()
{
    m_edit->clear();
    m_wizard->passphrases().clear();
    showState();
    m_wizard->session().runChecksUsing(Input::Passphrase);
}

void PassphraseInput::showState()
{
    const PassphraseStore& store = m_wizard->passphrases();
    QStringList parts;
    parts << (store.hasPassphrase() ? tr("A passphrase is held in memory for this check (hidden; never saved or logged).")
                                    : tr("No passphrase entered."));
    if (!store.passphraseFile().isEmpty())
        parts << tr("Comparing with: %1").arg(QFileInfo(store.passphraseFile()).fileName());
    m_state->setText(parts.join(QLatin1Char(' ')));
}

}  // namespace mars
